package dev.netsim.simulation.loadbalancing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small builders for engine scenarios: load balancers, groups and targets written as they read. */
final class TestBalancers {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final String AZ_A = "us-east-1a";
    static final String AZ_B = "us-east-1b";

    private TestBalancers() {
    }

    static TargetModel target(String id, String zone) {
        return new TargetModel(id, 80, zone, HealthState.HEALTHY, null, null);
    }

    static TargetModel target(String id, String zone, HealthState health) {
        return new TargetModel(id, 80, zone, health, null, null);
    }

    static List<TargetModel> targets(String prefix, String zone, int count) {
        List<TargetModel> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            targets.add(target(prefix + i, zone));
        }
        return targets;
    }

    static TargetGroupModel group(String name, List<TargetModel> targets) {
        return group(name, Algorithm.ROUND_ROBIN, null, CrossZone.USE_LOAD_BALANCER, targets);
    }

    static TargetGroupModel group(String name, Algorithm algorithm, Stickiness stickiness, CrossZone crossZone, List<TargetModel> targets) {
        return new TargetGroupModel(arn(name), name, "HTTP", algorithm, stickiness, Duration.ZERO, crossZone, targets);
    }

    static String arn(String name) {
        return "arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/" + name + "/0123456789abcdef";
    }

    static RuleAction.Forward forward(TargetGroupModel group) {
        return new RuleAction.Forward(List.of(new RuleAction.WeightedGroup(group, 1)), null);
    }

    static ListenerRule rule(int priority, RuleAction action, RuleCondition... conditions) {
        return new ListenerRule("arn:aws:elasticloadbalancing:us-east-1:000000000000:listener-rule/app/web/1/2/" + priority,
                priority, List.of(conditions), action);
    }

    static LoadBalancerModel alb(RuleAction defaultAction, ListenerRule... rules) {
        return new LoadBalancerModel("arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/app/web/1", "web",
                LoadBalancerKind.APPLICATION, List.of(AZ_A, AZ_B), true,
                List.of(new ListenerModel("arn:listener/app/web/1/80", 80, "HTTP", List.of(rules), defaultAction)));
    }

    static LoadBalancerModel nlb(TargetGroupModel group) {
        return new LoadBalancerModel("arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/net/edge/1", "edge",
                LoadBalancerKind.NETWORK, List.of(AZ_A, AZ_B), false,
                List.of(new ListenerModel("arn:listener/net/edge/1/443", 443, "TCP", List.of(), forward(group))));
    }

    static ClientRequest get(String host, String path) {
        return new ClientRequest(80, "GET", host, path, Map.of(), Map.of(), Map.of(), "198.51.100.7", 50123, null, null, Map.of());
    }
}
