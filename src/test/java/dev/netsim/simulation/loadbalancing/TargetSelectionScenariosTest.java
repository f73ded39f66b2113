package dev.netsim.simulation.loadbalancing;

import static dev.netsim.simulation.loadbalancing.TestBalancers.AZ_A;
import static dev.netsim.simulation.loadbalancing.TestBalancers.AZ_B;
import static dev.netsim.simulation.loadbalancing.TestBalancers.NOW;
import static dev.netsim.simulation.loadbalancing.TestBalancers.alb;
import static dev.netsim.simulation.loadbalancing.TestBalancers.forward;
import static dev.netsim.simulation.loadbalancing.TestBalancers.get;
import static dev.netsim.simulation.loadbalancing.TestBalancers.group;
import static dev.netsim.simulation.loadbalancing.TestBalancers.nlb;
import static dev.netsim.simulation.loadbalancing.TestBalancers.target;
import static dev.netsim.simulation.loadbalancing.TestBalancers.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Target selection as "Done means" of issue 11 lists it: algorithms, stickiness, zones, health. */
class TargetSelectionScenariosTest {

    private final LoadBalancerSimulator simulator = new LoadBalancerSimulator();
    private final LoadBalancerState state = new LoadBalancerState();

    private BatchSummary batch(LoadBalancerModel lb, ClientRequest request, int count, boolean followCookies) {
        return simulator.batch(lb, request, count, followCookies, state, NOW, new SplittableRandom(7));
    }

    private RoutingDecision route(LoadBalancerModel lb, ClientRequest request) {
        return simulator.route(lb, request, state, NOW, new SplittableRandom(7));
    }

    @Test
    void roundRobinSpreadsOneHundredRequestsOverFourTargetsEvenly() {
        TargetGroupModel web = group("web", List.of(target("i-1", AZ_A), target("i-2", AZ_A), target("i-3", AZ_B), target("i-4", AZ_B)));
        BatchSummary summary = batch(alb(forward(web)), get("shop.example.com", "/"), 100, false);
        assertThat(summary.byTarget()).containsExactlyInAnyOrderEntriesOf(Map.of("i-1", 25, "i-2", 25, "i-3", 25, "i-4", 25));
    }

    @Test
    void weightedTargetGroupsSplitEightyTwentyAtAFixedSeed() {
        TargetGroupModel blue = group("blue", targets("i-b", AZ_A, 2));
        TargetGroupModel green = group("green", targets("i-g", AZ_B, 2));
        RuleAction.Forward weighted = new RuleAction.Forward(List.of(new RuleAction.WeightedGroup(blue, 80),
                new RuleAction.WeightedGroup(green, 20)), null);
        BatchSummary summary = batch(alb(weighted), get("shop.example.com", "/"), 10_000, false);
        assertThat(summary.byTargetGroup().get(blue.arn()) / 10_000.0).isCloseTo(0.80, within(0.03));
        assertThat(summary.byTargetGroup().get(green.arn()) / 10_000.0).isCloseTo(0.20, within(0.03));
    }

    @Test
    void targetGroupStickinessKeepsACookiedClientOnItsGroup() {
        TargetGroupModel blue = group("blue", targets("i-b", AZ_A, 2));
        TargetGroupModel green = group("green", targets("i-g", AZ_B, 2));
        RuleAction.Forward weighted = new RuleAction.Forward(List.of(new RuleAction.WeightedGroup(blue, 50),
                new RuleAction.WeightedGroup(green, 50)), Duration.ofHours(1));
        BatchSummary summary = batch(alb(weighted), get("shop.example.com", "/"), 200, true);
        assertThat(summary.byTargetGroup()).hasSize(1).containsValue(200);
        RoutingDecision first = route(alb(weighted), get("shop.example.com", "/"));
        assertThat(first.setCookies()).extracting(RoutingDecision.SetCookie::name).containsExactly("AWSALBTG", "AWSALBTGCORS");
    }

    @Test
    void lbCookieStickinessHoldsAndMovesWhenItsTargetTurnsUnhealthy() {
        Stickiness cookie = new Stickiness(Stickiness.Type.LB_COOKIE, Duration.ofDays(1), null);
        List<TargetModel> healthy = List.of(target("i-1", AZ_A), target("i-2", AZ_A), target("i-3", AZ_B));
        LoadBalancerModel lb = alb(forward(group("web", Algorithm.ROUND_ROBIN, cookie, CrossZone.USE_LOAD_BALANCER, healthy)));

        RoutingDecision first = route(lb, get("shop.example.com", "/"));
        String pinned = first.target().id();
        String value = first.setCookies().stream().filter(c -> c.name().equals("AWSALB")).findFirst().orElseThrow().value();
        ClientRequest cookied = get("shop.example.com", "/").withCookies(Map.of("AWSALB", value));
        for (int i = 0; i < 20; i++) {
            assertThat(route(lb, cookied).target().id()).isEqualTo(pinned);
        }

        List<TargetModel> pinnedDown = new ArrayList<>();
        healthy.forEach(t -> pinnedDown.add(t.id().equals(pinned) ? target(t.id(), t.availabilityZone(), HealthState.UNHEALTHY) : t));
        LoadBalancerModel after = alb(forward(group("web", Algorithm.ROUND_ROBIN, cookie, CrossZone.USE_LOAD_BALANCER, pinnedDown)));
        RoutingDecision moved = route(after, cookied);
        assertThat(moved.target().id()).isNotEqualTo(pinned);
        assertThat(moved.explanation()).anyMatch(s -> s.contains("AWSALB cookie names " + pinned + ":80, which is unhealthy"));
        assertThat(moved.setCookies()).extracting(RoutingDecision.SetCookie::name).contains("AWSALB", "AWSALBCORS");
    }

    @Test
    void expiredStickinessChoosesAgain() {
        Stickiness cookie = new Stickiness(Stickiness.Type.LB_COOKIE, Duration.ofSeconds(30), null);
        LoadBalancerModel lb = alb(forward(group("web", Algorithm.ROUND_ROBIN, cookie, CrossZone.USE_LOAD_BALANCER, targets("i-", AZ_A, 3))));
        RoutingDecision first = simulator.route(lb, get("a.example.com", "/"), state, NOW.minusSeconds(31), new SplittableRandom(1));
        ClientRequest cookied = get("a.example.com", "/").withCookies(Map.of("AWSALB", first.setCookies().get(0).value()));
        assertThat(route(lb, cookied).explanation()).anyMatch(s -> s.contains("stickiness expired"));
    }

    @Test
    void crossZoneOffGivesEachZoneHalfWhateverItsTargetCount() {
        List<TargetModel> all = new ArrayList<>(targets("i-a", AZ_A, 2));
        all.addAll(targets("i-b", AZ_B, 8));
        LoadBalancerModel lb = alb(forward(group("web", Algorithm.ROUND_ROBIN, null, CrossZone.OFF, all)));
        BatchSummary summary = batch(lb, get("shop.example.com", "/"), 1600, false);
        summary.byTarget().forEach((id, n) -> assertThat(n / 1600.0).as(id).isEqualTo(id.startsWith("i-a") ? 0.25 : 0.0625));

        LoadBalancerModel on = alb(forward(group("web", Algorithm.ROUND_ROBIN, null, CrossZone.ON, all)));
        batch(on, get("shop.example.com", "/"), 1000, false).byTarget().values().forEach(n -> assertThat(n).isEqualTo(100));
    }

    @Test
    void crossZoneOffSendsAZoneWithoutHealthyTargetsToAnotherNode() {
        List<TargetModel> all = List.of(target("i-a", AZ_A, HealthState.UNHEALTHY), target("i-b", AZ_B));
        LoadBalancerModel lb = alb(forward(group("web", Algorithm.ROUND_ROBIN, null, CrossZone.OFF, all)));
        ClientRequest fromA = new ClientRequest(80, "GET", "x.example.com", "/", null, null, null, "198.51.100.7", 1, AZ_A, null, null);
        RoutingDecision decision = route(lb, fromA);
        assertThat(decision.target().id()).isEqualTo("i-b");
        assertThat(decision.nodeAvailabilityZone()).isEqualTo(AZ_B);
    }

    @Test
    void allUnhealthyFailsOpen() {
        List<TargetModel> sick = List.of(target("i-1", AZ_A, HealthState.UNHEALTHY), target("i-2", AZ_B, HealthState.UNHEALTHY));
        BatchSummary summary = batch(alb(forward(group("web", sick))), get("shop.example.com", "/"), 10, false);
        assertThat(summary.byTarget()).containsExactlyInAnyOrderEntriesOf(Map.of("i-1", 5, "i-2", 5));
        assertThat(route(alb(forward(group("web", sick))), get("a.example.com", "/")).explanation())
                .anyMatch(s -> s.contains("fails open"));
    }

    @Test
    void drainingAndUnusedTargetsGetNoNewRequestsAndNoTargetMeans503() {
        List<TargetModel> mixed = List.of(target("i-1", AZ_A), target("i-2", AZ_A, HealthState.DRAINING),
                target("i-3", AZ_B, HealthState.UNUSED));
        assertThat(batch(alb(forward(group("web", mixed))), get("a.example.com", "/"), 50, false).byTarget())
                .containsExactlyEntriesOf(Map.of("i-1", 50));

        List<TargetModel> gone = List.of(target("i-2", AZ_A, HealthState.DRAINING));
        RoutingDecision decision = route(alb(forward(group("web", gone))), get("a.example.com", "/"));
        assertThat(decision.target()).isNull();
        assertThat(decision.action().statusCode()).isEqualTo(503);
    }

    @Test
    void leastOutstandingRequestsPrefersTheIdleTarget() {
        LoadBalancerModel lb = alb(forward(group("api", Algorithm.LEAST_OUTSTANDING_REQUESTS, null, CrossZone.ON,
                targets("i-", AZ_A, 3))));
        ClientRequest busy = new ClientRequest(80, "GET", "api.example.com", "/", null, null, null, "198.51.100.7", 1, null, null,
                Map.of("i-0", 4, "i-2", 1));
        for (int i = 0; i < 5; i++) {
            assertThat(route(lb, busy).target().id()).isEqualTo("i-1");
        }
        assertThat(route(lb, busy).explanation()).anyMatch(s -> s.contains("Least outstanding requests chose i-1:80 with 0 requests"));
    }

    @Test
    void slowStartRampsLinearly() {
        Duration ramp = Duration.ofSeconds(100);
        for (int elapsed : new int[] {25, 50, 75}) {
            List<TargetModel> two = List.of(target("i-old", AZ_A),
                    new TargetModel("i-new", 80, AZ_A, HealthState.HEALTHY, null, NOW.minusSeconds(elapsed)));
            TargetGroupModel web = new TargetGroupModel(TestBalancers.arn("web"), "web", "HTTP", Algorithm.ROUND_ROBIN, null, ramp,
                    CrossZone.ON, two);
            LoadBalancerState fresh = new LoadBalancerState();
            BatchSummary summary = simulator.batch(alb(forward(web)), get("a.example.com", "/"), 1000 + elapsed * 10, false, fresh,
                    NOW, new SplittableRandom(3));
            double share = elapsed / 100.0;
            double expected = share / (1 + share);
            assertThat(summary.byTarget().get("i-new") / (double) summary.count()).as("after %d s", elapsed)
                    .isCloseTo(expected, within(0.002));
        }
    }

    @Test
    void theFirstTargetsIntoAnEmptyGroupDoNotSlowStart() {
        List<TargetModel> firstBatch = List.of(new TargetModel("i-1", 80, AZ_A, HealthState.HEALTHY, null, NOW.minusSeconds(10)),
                new TargetModel("i-2", 80, AZ_A, HealthState.HEALTHY, null, NOW.minusSeconds(10)),
                new TargetModel("i-3", 80, AZ_A, HealthState.HEALTHY, null, NOW.minusSeconds(5)));
        TargetGroupModel web = new TargetGroupModel(TestBalancers.arn("web"), "web", "HTTP", Algorithm.ROUND_ROBIN, null, Duration.ofSeconds(100),
                CrossZone.ON, firstBatch);
        BatchSummary summary = simulator.batch(alb(forward(web)), get("a.example.com", "/"), 2000, false, new LoadBalancerState(), NOW,
                new SplittableRandom(3));
        assertThat(summary.byTarget().get("i-1")).as("both full shares").isCloseTo(summary.byTarget().get("i-2"), within(1));
        assertThat(summary.byTarget().get("i-3") / (double) summary.byTarget().get("i-1")).as("joined later: ramping, 5 s of 100 s")
                .isCloseTo(0.05, within(0.01));
    }

    @Test
    void anomalyMitigationGivesAnAnomalousTargetATenthOfItsShare() {
        List<TargetModel> four = List.of(target("i-1", AZ_A), target("i-2", AZ_A), target("i-3", AZ_A),
                new TargetModel("i-odd", 80, AZ_A, HealthState.HEALTHY, null, null, true));
        TargetGroupModel mitigating = new TargetGroupModel(TestBalancers.arn("web"), "web", "HTTP", Algorithm.WEIGHTED_RANDOM, null,
                Duration.ZERO, CrossZone.ON, new TargetGroupModel.Options(true, false, false), four);
        BatchSummary mitigated = batch(alb(forward(mitigating)), get("a.example.com", "/"), 10000, false);
        assertThat(mitigated.byTarget().get("i-odd") / 10000.0).isCloseTo(0.1 / 3.1, within(0.01));

        TargetGroupModel detectingOnly = new TargetGroupModel(TestBalancers.arn("web"), "web", "HTTP", Algorithm.WEIGHTED_RANDOM, null,
                Duration.ZERO, CrossZone.ON, TargetGroupModel.Options.NONE, four);
        assertThat(batch(alb(forward(detectingOnly)), get("a.example.com", "/"), 10000, false).byTarget().get("i-odd") / 10000.0)
                .isCloseTo(0.25, within(0.02));
        TargetGroupModel tooFew = new TargetGroupModel(TestBalancers.arn("web"), "web", "HTTP", Algorithm.WEIGHTED_RANDOM, null,
                Duration.ZERO, CrossZone.ON, new TargetGroupModel.Options(true, false, false), four.subList(2, 4));
        assertThat(batch(alb(forward(tooFew)), get("a.example.com", "/"), 10000, false).byTarget().get("i-odd") / 10000.0)
                .as("two targets are too few to compare").isCloseTo(0.5, within(0.02));
    }

    private static LoadBalancerModel gateway(Stickiness stickiness) {
        TargetGroupModel appliances = new TargetGroupModel(TestBalancers.arn("fw"), "fw", "GENEVE", Algorithm.ROUND_ROBIN, stickiness, Duration.ZERO,
                CrossZone.ON, targets("i-fw", AZ_A, 4));
        return new LoadBalancerModel("arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/gwy/fw/1", "fw", LoadBalancerKind.GATEWAY,
                List.of(AZ_A), true, List.of(new ListenerModel("arn:listener/gwy/fw/1/6081", 6081, "GENEVE", List.of(), forward(appliances))));
    }

    private static ClientRequest packet(int sourcePort, String destination, int destinationPort) {
        return new ClientRequest(6081, null, null, null, Map.of(), Map.of(), Map.of(), "10.0.1.7", sourcePort, null, null, Map.of(),
                new ClientRequest.Packet("tcp", destination, destinationPort));
    }

    @Test
    void aGatewayLoadBalancerKeepsAFlowByItsFiveTupleOrTheTupleItsStickinessNames() {
        LoadBalancerModel fiveTuple = gateway(null);
        String first = route(fiveTuple, packet(40000, "203.0.113.10", 443)).target().id();
        assertThat(route(fiveTuple, packet(40000, "203.0.113.10", 443)).target().id()).isEqualTo(first);
        Map<String, Integer> spread = new java.util.TreeMap<>();
        for (int port = 1024; port < 5024; port++) {
            spread.merge(route(fiveTuple, packet(port, "203.0.113.10", 443)).target().id(), 1, Integer::sum);
        }
        spread.values().forEach(n -> assertThat(n / 4000.0).isCloseTo(0.25, within(0.04)));
        assertThat(route(fiveTuple, packet(40000, "203.0.113.10", 443)).explanation())
                .anyMatch(e -> e.startsWith("The 5-tuple hash of tcp 10.0.1.7:40000 > 203.0.113.10:443 chose"));

        LoadBalancerModel twoTuple = gateway(new Stickiness(Stickiness.Type.SOURCE_IP_DEST_IP, Duration.ZERO, null));
        java.util.Set<String> chosen = new java.util.HashSet<>();
        for (int port = 1024; port < 1224; port++) {
            chosen.add(route(twoTuple, packet(port, "203.0.113.10", port % 2 == 0 ? 443 : 80)).target().id());
        }
        assertThat(chosen).as("every port of one source and destination").hasSize(1);
    }

    @Test
    void anEstablishedGatewayFlowStaysOnItsFailedTargetUnlessFailoverRebalances() {
        ClientRequest established = new ClientRequest(6081, null, null, null, Map.of(), Map.of(), Map.of(), "10.0.1.7", 40000, null, null,
                Map.of(), new ClientRequest.Packet("tcp", "203.0.113.10", 443, true));
        String first = route(gateway(null), established).target().id();
        List<TargetModel> oneFailed = targets("i-fw", AZ_A, 4).stream().map(t -> t.id().equals(first)
                ? new TargetModel(t.id(), t.port(), t.availabilityZone(), HealthState.UNHEALTHY, "Target.FailedHealthChecks", null) : t).toList();
        java.util.function.Function<TargetGroupModel.Options, LoadBalancerModel> gatewayWith = options -> new LoadBalancerModel(
                "arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/gwy/fw/1", "fw", LoadBalancerKind.GATEWAY, List.of(AZ_A), true,
                List.of(new ListenerModel("arn:listener/gwy/fw/1/6081", 6081, "GENEVE", List.of(), forward(new TargetGroupModel(
                        TestBalancers.arn("fw"), "fw", "GENEVE", Algorithm.ROUND_ROBIN, null, Duration.ZERO, CrossZone.ON, options, oneFailed)))));

        RoutingDecision stays = route(gatewayWith.apply(TargetGroupModel.Options.NONE), established);
        assertThat(stays.target().id()).isEqualTo(first);
        assertThat(stays.explanation()).anyMatch(e -> e.endsWith("target_failover.on_unhealthy is no_rebalance."));

        RoutingDecision moved = route(gatewayWith.apply(new TargetGroupModel.Options(false, true, true)), established);
        assertThat(moved.target().id()).isNotEqualTo(first);
        ClientRequest fresh = new ClientRequest(6081, null, null, null, Map.of(), Map.of(), Map.of(), "10.0.1.7", 40000, null, null, Map.of(),
                new ClientRequest.Packet("tcp", "203.0.113.10", 443));
        assertThat(route(gatewayWith.apply(TargetGroupModel.Options.NONE), fresh).target().id()).as("a new flow avoids the failed target")
                .isNotEqualTo(first);
    }

    @Test
    void weightedRandomSpreadsByChanceAtAFixedSeed() {
        LoadBalancerModel lb = alb(forward(group("web", Algorithm.WEIGHTED_RANDOM, null, CrossZone.ON, targets("i-", AZ_A, 4))));
        BatchSummary first = batch(lb, get("a.example.com", "/"), 4000, false);
        BatchSummary again = simulator.batch(lb, get("a.example.com", "/"), 4000, false, new LoadBalancerState(), NOW, new SplittableRandom(7));
        assertThat(again.byTarget()).isEqualTo(first.byTarget());
        first.byTarget().values().forEach(n -> assertThat(n / 4000.0).isCloseTo(0.25, within(0.03)));
    }

    @Test
    void networkLoadBalancerKeepsAFlowOnOneTargetAndSpreadsConnections() {
        TargetGroupModel tcp = new TargetGroupModel(TestBalancers.arn("tcp"), "tcp", "TCP", Algorithm.ROUND_ROBIN, null, Duration.ZERO,
                CrossZone.ON, targets("i-", AZ_A, 4));
        LoadBalancerModel lb = nlb(tcp);
        ClientRequest flow = new ClientRequest(443, null, null, null, null, null, null, "198.51.100.7", 40000, AZ_A, 12345L, null);
        String first = route(lb, flow).target().id();
        for (int i = 0; i < 10; i++) {
            assertThat(route(lb, flow).target().id()).isEqualTo(first);
        }
        BatchSummary connections = batch(lb, flow, 4000, false);
        assertThat(connections.byTarget()).hasSize(4);
        connections.byTarget().values().forEach(n -> assertThat(n / 4000.0).isCloseTo(0.25, within(0.05)));
    }

    @Test
    void networkLoadBalancerSourceIpStickinessPinsAClient() {
        TargetGroupModel tcp = new TargetGroupModel(TestBalancers.arn("tcp"), "tcp", "TCP", Algorithm.ROUND_ROBIN,
                new Stickiness(Stickiness.Type.SOURCE_IP, Duration.ZERO, null), Duration.ZERO, CrossZone.ON, targets("i-", AZ_A, 4));
        ClientRequest flow = new ClientRequest(443, null, null, null, null, null, null, "198.51.100.7", 40000, AZ_A, null, null);
        assertThat(batch(nlb(tcp), flow, 100, false).byTarget()).hasSize(1);
    }
}
