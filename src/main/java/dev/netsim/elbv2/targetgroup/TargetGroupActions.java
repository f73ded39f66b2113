package dev.netsim.elbv2.targetgroup;

import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.elbv2.ElbWire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteTargetGroupResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Matcher;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute;

/** ELBv2 (awsQuery) wire handlers for target groups. */
@Component
class TargetGroupActions {

    private final TargetGroupService groups;

    TargetGroupActions(TargetGroupService groups) {
        this.groups = groups;
    }

    @AwsAction(WireService.ELBV2)
    CreateTargetGroupResponse createTargetGroup(CreateTargetGroupRequest r, Scope scope) {
        Map<String, String> tags = ElbWire.tags(r.tags());
        TargetGroup group = groups.create(scope, new TargetGroupService.TargetGroupRequest(r.name(), r.protocolAsString(),
                r.protocolVersion(), r.port(), r.vpcId(), r.targetTypeAsString(), r.ipAddressTypeAsString(),
                r.healthCheckProtocolAsString(), r.healthCheckPort(), r.healthCheckEnabled(), r.healthCheckPath(),
                r.healthCheckIntervalSeconds(), r.healthCheckTimeoutSeconds(), r.healthyThresholdCount(),
                r.unhealthyThresholdCount(), r.matcher() == null ? null : r.matcher().httpCode(),
                r.matcher() == null ? null : r.matcher().grpcCode(), tags));
        return CreateTargetGroupResponse.builder().targetGroups(toSdk(group)).build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeTargetGroupsResponse describeTargetGroups(DescribeTargetGroupsRequest r, Scope scope) {
        Page<TargetGroup> page = groups.describe(scope, r.loadBalancerArn(), r.targetGroupArns(), r.names(), r.pageSize(), r.marker());
        Map<String, java.util.List<String>> users = groups.loadBalancersByGroup(scope);
        return DescribeTargetGroupsResponse.builder().targetGroups(page.items().stream()
                        .map(g -> toSdk(g).toBuilder().loadBalancerArns(users.getOrDefault(g.getArn(), java.util.List.of())).build()).toList())
                .nextMarker(page.nextToken()).build();
    }

    @AwsAction(WireService.ELBV2)
    DeleteTargetGroupResponse deleteTargetGroup(DeleteTargetGroupRequest r, Scope scope) {
        groups.delete(scope, r.targetGroupArn());
        return DeleteTargetGroupResponse.builder().build();
    }

    @AwsAction(WireService.ELBV2)
    ModifyTargetGroupResponse modifyTargetGroup(ModifyTargetGroupRequest r, Scope scope) {
        TargetGroup group = groups.modifyHealthCheck(scope, r.targetGroupArn(), new TargetGroupService.TargetGroupRequest(null, null, null, null,
                null, null, null, r.healthCheckProtocolAsString(), r.healthCheckPort(), r.healthCheckEnabled(), r.healthCheckPath(),
                r.healthCheckIntervalSeconds(), r.healthCheckTimeoutSeconds(), r.healthyThresholdCount(), r.unhealthyThresholdCount(),
                r.matcher() == null ? null : r.matcher().httpCode(), r.matcher() == null ? null : r.matcher().grpcCode(), Map.of()));
        return ModifyTargetGroupResponse.builder().targetGroups(toSdk(group, scope)).build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeTargetGroupAttributesResponse describeTargetGroupAttributes(DescribeTargetGroupAttributesRequest r, Scope scope) {
        return DescribeTargetGroupAttributesResponse.builder().attributes(attributes(groups.get(scope, r.targetGroupArn()).attributes())).build();
    }

    @AwsAction(WireService.ELBV2)
    ModifyTargetGroupAttributesResponse modifyTargetGroupAttributes(ModifyTargetGroupAttributesRequest r, Scope scope) {
        Map<String, String> changes = ElbWire.changes(r.attributes(), TargetGroupAttribute::key, TargetGroupAttribute::value);
        return ModifyTargetGroupAttributesResponse.builder()
                .attributes(attributes(groups.modifyAttributes(scope, r.targetGroupArn(), changes))).build();
    }

    private static java.util.List<TargetGroupAttribute> attributes(Map<String, String> attributes) {
        return ElbWire.attributes(attributes, (k, v) -> TargetGroupAttribute.builder().key(k).value(v).build());
    }

    private software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup toSdk(TargetGroup group, Scope scope) {
        return toSdk(group).toBuilder().loadBalancerArns(groups.loadBalancersUsing(scope, group.getArn())).build();
    }

    static software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup toSdk(TargetGroup group) {
        TargetGroupSettings s = group.settings();
        return software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup.builder()
                .targetGroupArn(group.getArn())
                .targetGroupName(group.getName())
                .protocol(s.protocol())
                .protocolVersion(s.protocolVersion())
                .port(s.port())
                .vpcId(s.vpcId())
                .targetType(s.targetType())
                .ipAddressType(s.ipAddressType())
                .healthCheckProtocol(s.healthCheckProtocol())
                .healthCheckPort(s.healthCheckPort())
                .healthCheckEnabled(s.healthCheckEnabled())
                .healthCheckPath(s.healthCheckPath())
                .healthCheckIntervalSeconds(s.healthCheckIntervalSeconds())
                .healthCheckTimeoutSeconds(s.healthCheckTimeoutSeconds())
                .healthyThresholdCount(s.healthyThresholdCount())
                .unhealthyThresholdCount(s.unhealthyThresholdCount())
                .matcher(s.matcherHttpCode() == null && s.matcherGrpcCode() == null ? null
                        : Matcher.builder().httpCode(s.matcherHttpCode()).grpcCode(s.matcherGrpcCode()).build())
                .loadBalancerArns(java.util.List.of())
                .build();
    }
}
