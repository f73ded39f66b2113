package dev.netsim.elbv2.targetgroup;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AnomalyDetection;
import dev.netsim.elbv2.loadbalancer.LoadBalancer;
import dev.netsim.elbv2.loadbalancer.LoadBalancerService;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeregisterTargetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeregisterTargetsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RegisterTargetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RegisterTargetsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/** ELBv2 (awsQuery) wire handlers for registering targets and reporting their health. */
@Component
class TargetActions {

    private final TargetRegistrationService targets;
    private final TargetGroupService groups;
    private final LoadBalancerService balancers;

    TargetActions(TargetRegistrationService targets, TargetGroupService groups, LoadBalancerService balancers) {
        this.targets = targets;
        this.groups = groups;
        this.balancers = balancers;
    }

    @AwsAction(WireService.ELBV2)
    RegisterTargetsResponse registerTargets(RegisterTargetsRequest r, Scope scope) {
        targets.register(scope, r.targetGroupArn(), refs(r.targets()));
        return RegisterTargetsResponse.builder().build();
    }

    @AwsAction(WireService.ELBV2)
    DeregisterTargetsResponse deregisterTargets(DeregisterTargetsRequest r, Scope scope) {
        targets.deregister(scope, r.targetGroupArn(), refs(r.targets()));
        return DeregisterTargetsResponse.builder().build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeTargetHealthResponse describeTargetHealth(DescribeTargetHealthRequest r, Scope scope) {
        List<String> zones = enabledZones(scope, groups, balancers, r.targetGroupArn());
        List<TargetRegistrationService.TargetHealth> health = targets.health(scope, r.targetGroupArn(), refs(r.targets()), zones);
        boolean asked = r.includeAsStrings().contains("AnomalyDetection") || r.includeAsStrings().contains("All");
        Map<TargetRegistrationService.TargetHealth, TargetRegistrationService.AnomalyDetection> anomalies = asked
                ? targets.anomalyDetection(scope, r.targetGroupArn(), health) : Map.of();
        return DescribeTargetHealthResponse.builder().targetHealthDescriptions(health.stream().map(h -> TargetHealthDescription.builder()
                        .target(TargetDescription.builder().id(h.id()).port(h.port())
                                .availabilityZone("all".equals(h.availabilityZone()) ? "all" : h.availabilityZone()).build())
                        .healthCheckPort(h.healthCheckPort())
                        .targetHealth(software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealth.builder()
                                .state(h.state()).reason(h.reason()).description(h.description()).build())
                        .anomalyDetection(anomaly(anomalies.get(h)))
                        .build()).toList()).build();
    }

    private static AnomalyDetection anomaly(TargetRegistrationService.AnomalyDetection a) {
        return a == null ? null : AnomalyDetection.builder().result(a.result()).mitigationInEffect(a.mitigationInEffect() ? "yes" : "no").build();
    }

    /** The zones of the load balancers that use the group (targets elsewhere are not in use). */
    static List<String> enabledZones(Scope scope, TargetGroupService groups, LoadBalancerService balancers, String groupArn) {
        return groups.loadBalancersUsing(scope, groupArn).stream().map(arn -> balancers.get(scope, arn))
                .flatMap((LoadBalancer lb) -> lb.zones().stream().map(LoadBalancer.Zone::zoneName)).distinct().toList();
    }

    private static List<TargetRegistrationService.TargetRef> refs(List<TargetDescription> descriptions) {
        return descriptions.stream().map(d -> new TargetRegistrationService.TargetRef(d.id(), d.port(), d.availabilityZone())).toList();
    }
}
