package dev.netsim.elbv2.tagging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.elbv2.ElbErrors;
import dev.netsim.elbv2.ElbWire;
import dev.netsim.elbv2.listener.ListenerService;
import dev.netsim.elbv2.listener.RuleService;
import dev.netsim.elbv2.loadbalancer.LoadBalancerService;
import dev.netsim.elbv2.tag.ElbTagService;
import dev.netsim.elbv2.targetgroup.TargetGroupService;
import dev.netsim.elbv2.truststore.TrustStoreService;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;

/**
 * AddTags, RemoveTags and DescribeTags over every taggable ELBv2 resource: each ARN must name an
 * existing load balancer, target group, listener, rule or trust store of the caller (its kind's NotFound error
 * otherwise), and a call changes every resource or none.
 */
@Component
class ElbTagActions {

    static final int MAX_RESOURCES_PER_CALL = 20;

    private final ElbTagService tags;
    private final LoadBalancerService balancers;
    private final TargetGroupService groups;
    private final ListenerService listeners;
    private final RuleService rules;
    private final TrustStoreService trustStores;

    ElbTagActions(ElbTagService tags, LoadBalancerService balancers, TargetGroupService groups, ListenerService listeners, RuleService rules,
                  TrustStoreService trustStores) {
        this.trustStores = trustStores;
        this.tags = tags;
        this.balancers = balancers;
        this.groups = groups;
        this.listeners = listeners;
        this.rules = rules;
    }

    @AwsAction(WireService.ELBV2)
    @Transactional
    AddTagsResponse addTags(AddTagsRequest r, Scope scope) {
        requireResources(scope, r.resourceArns());
        Set<String> keys = new HashSet<>();
        for (Tag t : r.tags()) {
            if (!keys.add(t.key())) {
                throw new AwsException("DuplicateTagKeys", "A tag key was specified more than once: " + t.key());
            }
        }
        if (r.tags().isEmpty()) {
            throw ElbErrors.missing("tags");
        }
        r.resourceArns().forEach(arn -> tags.add(arn, ElbWire.tags(r.tags())));
        return AddTagsResponse.builder().build();
    }

    @AwsAction(WireService.ELBV2)
    @Transactional
    RemoveTagsResponse removeTags(RemoveTagsRequest r, Scope scope) {
        requireResources(scope, r.resourceArns());
        if (r.tagKeys().isEmpty()) {
            throw ElbErrors.missing("tagKeys");
        }
        r.resourceArns().forEach(arn -> tags.remove(arn, r.tagKeys()));
        return RemoveTagsResponse.builder().build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeTagsResponse describeTags(DescribeTagsRequest r, Scope scope) {
        requireResources(scope, r.resourceArns());
        return DescribeTagsResponse.builder().tagDescriptions(r.resourceArns().stream().map(arn -> TagDescription.builder().resourceArn(arn)
                .tags(tags.tagsOf(arn).entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList())
                .build()).toList()).build();
    }

    private void requireResources(Scope scope, List<String> arns) {
        if (arns.isEmpty()) {
            throw ElbErrors.missing("resourceArns");
        }
        if (arns.size() > MAX_RESOURCES_PER_CALL) {
            throw ElbErrors.invalid("resourceArns", arns.size() + " ARNs", "Member must have length less than or equal to " + MAX_RESOURCES_PER_CALL);
        }
        for (String arn : arns) {
            if (arn == null || !arn.startsWith("arn:aws:elasticloadbalancing:")) {
                throw ElbErrors.validation("'" + arn + "' is not a valid ELB resource ARN");
            }
            String kind = arn.substring(arn.indexOf(':', arn.indexOf(':', "arn:aws:elasticloadbalancing:".length()) + 1) + 1);
            if (kind.startsWith("loadbalancer/")) {
                balancers.get(scope, arn);
            } else if (kind.startsWith("targetgroup/")) {
                groups.get(scope, arn);
            } else if (kind.startsWith("listener/")) {
                listeners.get(scope, arn);
            } else if (kind.startsWith("truststore/")) {
                trustStores.get(scope, arn);
            } else if (kind.startsWith("listener-rule/")) {
                rules.describe(scope, null, List.of(arn), null, null);
            } else {
                throw ElbErrors.validation("'" + arn + "' is not the ARN of a taggable ELB resource");
            }
        }
    }
}
