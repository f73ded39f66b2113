package dev.netsim.route53.trafficpolicy;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import dev.netsim.route53.zone.PageSize;
import software.amazon.awssdk.services.route53.model.CreateTrafficPolicyRequest;
import software.amazon.awssdk.services.route53.model.CreateTrafficPolicyResponse;
import software.amazon.awssdk.services.route53.model.CreateTrafficPolicyVersionRequest;
import software.amazon.awssdk.services.route53.model.CreateTrafficPolicyVersionResponse;
import software.amazon.awssdk.services.route53.model.DeleteTrafficPolicyRequest;
import software.amazon.awssdk.services.route53.model.DeleteTrafficPolicyResponse;
import software.amazon.awssdk.services.route53.model.GetTrafficPolicyRequest;
import software.amazon.awssdk.services.route53.model.GetTrafficPolicyResponse;
import software.amazon.awssdk.services.route53.model.ListTrafficPoliciesRequest;
import software.amazon.awssdk.services.route53.model.ListTrafficPoliciesResponse;
import software.amazon.awssdk.services.route53.model.ListTrafficPolicyVersionsRequest;
import software.amazon.awssdk.services.route53.model.ListTrafficPolicyVersionsResponse;
import software.amazon.awssdk.services.route53.model.TrafficPolicy;
import software.amazon.awssdk.services.route53.model.TrafficPolicySummary;
import software.amazon.awssdk.services.route53.model.UpdateTrafficPolicyCommentRequest;
import software.amazon.awssdk.services.route53.model.UpdateTrafficPolicyCommentResponse;

/** Route 53 (restXml) handlers for traffic policies and their versions. */
@Component
class TrafficPolicyActions {

    private final TrafficPolicyService policies;

    TrafficPolicyActions(TrafficPolicyService policies) {
        this.policies = policies;
    }

    @AwsAction(WireService.ROUTE53)
    CreateTrafficPolicyResponse createTrafficPolicy(CreateTrafficPolicyRequest r, Scope scope) {
        TrafficPolicyService.Version v = policies.create(scope, r.name(), r.document(), r.comment());
        return CreateTrafficPolicyResponse.builder().trafficPolicy(toSdk(v))
                .location("https://route53.amazonaws.com/2013-04-01/trafficpolicy/" + v.id() + "/" + v.version()).build();
    }

    @AwsAction(WireService.ROUTE53)
    CreateTrafficPolicyVersionResponse createTrafficPolicyVersion(CreateTrafficPolicyVersionRequest r, Scope scope) {
        TrafficPolicyService.Version v = policies.newVersion(scope, r.id(), r.document(), r.comment());
        return CreateTrafficPolicyVersionResponse.builder().trafficPolicy(toSdk(v))
                .location("https://route53.amazonaws.com/2013-04-01/trafficpolicy/" + v.id() + "/" + v.version()).build();
    }

    @AwsAction(WireService.ROUTE53)
    GetTrafficPolicyResponse getTrafficPolicy(GetTrafficPolicyRequest r, Scope scope) {
        return GetTrafficPolicyResponse.builder().trafficPolicy(toSdk(policies.get(scope, r.id(), r.version()))).build();
    }

    @AwsAction(WireService.ROUTE53)
    UpdateTrafficPolicyCommentResponse updateTrafficPolicyComment(UpdateTrafficPolicyCommentRequest r, Scope scope) {
        return UpdateTrafficPolicyCommentResponse.builder().trafficPolicy(toSdk(policies.updateComment(scope, r.id(), r.version(), r.comment())))
                .build();
    }

    @AwsAction(WireService.ROUTE53)
    DeleteTrafficPolicyResponse deleteTrafficPolicy(DeleteTrafficPolicyRequest r, Scope scope) {
        policies.delete(scope, r.id(), r.version());
        return DeleteTrafficPolicyResponse.builder().build();
    }

    @AwsAction(WireService.ROUTE53)
    ListTrafficPoliciesResponse listTrafficPolicies(ListTrafficPoliciesRequest r, Scope scope) {
        int max = PageSize.of(r.maxItems(), 100, 100);
        Page<List<TrafficPolicyService.Version>> page = policies.listPolicies(scope, r.trafficPolicyIdMarker(), max);
        List<TrafficPolicySummary> summaries = page.items().stream().map(versions -> {
            TrafficPolicyService.Version latest = versions.get(versions.size() - 1);
            return TrafficPolicySummary.builder().id(latest.id()).name(latest.name()).type(latest.type()).latestVersion(latest.version())
                    .trafficPolicyCount(versions.size()).build();
        }).toList();
        return ListTrafficPoliciesResponse.builder().trafficPolicySummaries(summaries).isTruncated(page.nextToken() != null)
                .trafficPolicyIdMarker(page.nextToken()).maxItems(String.valueOf(max)).build();
    }

    @AwsAction(WireService.ROUTE53)
    ListTrafficPolicyVersionsResponse listTrafficPolicyVersions(ListTrafficPolicyVersionsRequest r, Scope scope) {
        int max = PageSize.of(r.maxItems(), 100, 100);
        Page<TrafficPolicyService.Version> page = policies.listVersions(scope, r.id(), r.trafficPolicyVersionMarker(), max);
        return ListTrafficPolicyVersionsResponse.builder().trafficPolicies(page.items().stream().map(TrafficPolicyActions::toSdk).toList())
                .isTruncated(page.nextToken() != null).trafficPolicyVersionMarker(page.nextToken()).maxItems(String.valueOf(max)).build();
    }

    private static TrafficPolicy toSdk(TrafficPolicyService.Version v) {
        return TrafficPolicy.builder().id(v.id()).version(v.version()).name(v.name()).type(v.type()).document(v.document()).comment(v.comment())
                .build();
    }
}
