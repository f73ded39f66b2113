package dev.netsim.simulation.loadbalancing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import dev.netsim.simulation.loadbalancing.RoutingDecision.ChosenTarget;
import dev.netsim.simulation.loadbalancing.RoutingDecision.SetCookie;

/**
 * A target inside one target group: the targets that take traffic (healthy, or all in service when
 * none is: fail open), narrowed to the node's zone when cross-zone load balancing is off, then the
 * sticky target when a valid cookie names one, else the group's algorithm — or, on network and
 * gateway load balancers, the flow hash.
 */
final class TargetPicker {

    /** How long the AWSALB and AWSALBAPP cookies themselves last; the stickiness duration is inside them. */
    static final Duration COOKIE_LIFETIME = Duration.ofDays(7);
    private static final long FULL_WEIGHT = 1000;

    record Pick(ChosenTarget target, String node) {
    }

    Pick pick(LoadBalancerModel lb, ListenerModel listener, TargetGroupModel group, String node, ClientRequest request,
              LoadBalancerState state, Instant now, RandomGenerator random, Sentences why, List<SetCookie> cookies) {
        List<TargetModel> pool = takingTraffic(lb, group, why);
        if (pool.isEmpty()) {
            return new Pick(null, node);
        }
        boolean crossZone = group.crossZone().enabled(lb.crossZoneEnabled());
        Zoned zoned = crossZone ? new Zoned(node, pool) : inNodeZone(lb, group, pool, node, why);
        List<TargetModel> candidates = zoned.candidates();
        if (crossZone) {
            why.add(() -> "Cross-zone load balancing is on for " + group.name() + ": the node chooses among all "
                    + candidates.size() + " target" + (candidates.size() == 1 ? "" : "s") + " that take traffic.");
        }
        TargetModel chosen = sticky(group, candidates, request, now, why);
        if (chosen == null) {
            chosen = lb.kind() == LoadBalancerKind.APPLICATION
                    ? byAlgorithm(group, candidates, crossZone ? "all" : zoned.node(), request, state, now, random, why)
                    : byFlowHash(group, listener, candidates, request, random, why);
        }
        Stickiness stickiness = group.stickiness();
        if (stickiness != null && stickiness.cookieName() != null && lb.kind() == LoadBalancerKind.APPLICATION) {
            String value = new StickyCookie(group.arn(), chosen.key(), now.plus(stickiness.duration())).encode();
            Instant expires = now.plus(COOKIE_LIFETIME);
            cookies.add(new SetCookie(stickiness.cookieName(), value, expires, "/", false));
            if (stickiness.type() == Stickiness.Type.LB_COOKIE) {
                cookies.add(new SetCookie(stickiness.cookieName() + "CORS", value, expires, "/", true));
            } else {
                why.add(() -> "The load balancer issues " + stickiness.cookieName() + " once the application sets its cookie '"
                        + stickiness.appCookieName() + "'; the simulation assumes it does.");
            }
        }
        return new Pick(new ChosenTarget(chosen.id(), chosen.port(), chosen.availabilityZone(), chosen.health().apiName()), zoned.node());
    }

    /** The node that serves the request (it may change when DNS fails over) and the targets it chooses among. */
    private record Zoned(String node, List<TargetModel> candidates) {
    }

    /** Healthy targets; if none, every target in service (fail open); if none either, nothing. */
    private static List<TargetModel> takingTraffic(LoadBalancerModel lb, TargetGroupModel group, Sentences why) {
        if (!group.routable().isEmpty()) {
            return group.routable();
        }
        List<TargetModel> inService = group.inService();
        if (inService.isEmpty()) {
            why.add(() -> "Target group " + group.name() + " has no registered target in service: "
                    + (lb.kind() == LoadBalancerKind.APPLICATION ? "the load balancer answers 503 Service Unavailable."
                    : "the load balancer resets the connection."));
        } else {
            why.add(() -> "None of the " + inService.size() + " targets of " + group.name()
                    + " in service is healthy: the load balancer fails open and routes to all of them.");
        }
        return inService;
    }

    /** Cross-zone off: the node's own zone; when nothing there takes traffic, DNS sends the client to a zone where something does. */
    private static Zoned inNodeZone(LoadBalancerModel lb, TargetGroupModel group, List<TargetModel> pool, String node, Sentences why) {
        List<TargetModel> own = group.inZone(pool, node);
        if (!own.isEmpty()) {
            why.add(() -> "Cross-zone load balancing is off for " + group.name() + ": the node in " + node + " chooses among the "
                    + own.size() + " target" + (own.size() == 1 ? "" : "s") + " in its zone.");
            return new Zoned(node, own);
        }
        String other = zoneWithRoutableTargets(lb, group);
        if (other == null) {
            return new Zoned(node, pool);
        }
        why.add(() -> "Cross-zone load balancing is off for " + group.name() + " and no target in " + node
                + " takes traffic: DNS stops answering with that node, and the client reaches the node in " + other + ".");
        return new Zoned(other, group.inZone(pool, other));
    }

    private static String zoneWithRoutableTargets(LoadBalancerModel lb, TargetGroupModel group) {
        for (String zone : lb.availabilityZones()) {
            if (!group.inZone(group.routable(), zone).isEmpty()) {
                return zone;
            }
        }
        return null;
    }

    private static TargetModel sticky(TargetGroupModel group, List<TargetModel> candidates, ClientRequest request, Instant now,
                                      Sentences why) {
        Stickiness stickiness = group.stickiness();
        if (stickiness == null || stickiness.cookieName() == null) {
            return null;
        }
        String name = stickiness.cookieName();
        StickyCookie cookie = StickyCookie.decode(request.cookies().get(name));
        if (cookie == null || !group.arn().equals(cookie.targetGroupArn())) {
            return null;
        }
        if (!now.isBefore(cookie.expires())) {
            why.add(() -> "The " + name + " cookie's stickiness expired: a new target is chosen and the cookie rewritten.");
            return null;
        }
        for (TargetModel t : candidates) {
            if (t.key().equals(cookie.targetKey())) {
                why.add(() -> "The " + name + " cookie names " + t.key() + ", which takes traffic, so the request sticks to it.");
                return t;
            }
        }
        why.add(() -> "The " + name + " cookie names " + cookie.targetKey() + ", which " + stateOf(group, cookie.targetKey())
                + ": a new target is chosen and the cookie rewritten.");
        return null;
    }

    /** {@code scope} names the rotation: one per node with cross-zone off, one for the load balancer with it on. */
    private static String stateOf(TargetGroupModel group, String key) {
        for (TargetModel t : group.targets()) {
            if (t.key().equals(key)) {
                return "is " + t.health().apiName();
            }
        }
        return "is no longer registered";
    }

    private static TargetModel byAlgorithm(TargetGroupModel group, List<TargetModel> candidates, String scope, ClientRequest request,
                                           LoadBalancerState state, Instant now, RandomGenerator random, Sentences why) {
        long[] weights = group.slowStart().isZero() ? null : new long[candidates.size()];
        for (int i = 0; weights != null && i < weights.length; i++) {
            weights[i] = slowStartWeight(group, candidates, candidates.get(i), now, why);
        }
        return switch (group.algorithm()) {
            case ROUND_ROBIN -> {
                TargetModel t = candidates.get(state.rotation(group.arn(), scope).next(candidates, weights));
                why.add(() -> "Round robin chose " + t.key() + ", next in rotation among " + candidates.size() + ".");
                yield t;
            }
            case WEIGHTED_RANDOM -> {
                List<String> mitigated = candidates.stream()
                        .filter(c -> AnomalyMitigation.inEffect(group.anomalyMitigation(), candidates.size(), c.anomalous()))
                        .map(TargetModel::key).toList();
                long[] w = mitigated.isEmpty() ? weights : mitigatedWeights(candidates, weights);
                TargetModel t = candidates.get(w == null ? random.nextInt(candidates.size()) : weightedDraw(w, random));
                why.add(() -> "Weighted random chose " + t.key() + " among " + candidates.size() + (mitigated.isEmpty()
                        ? " (automatic target weights: no anomaly is being mitigated, so all weigh the same)."
                        : " (automatic target weights: anomaly mitigation gives " + String.join(", ", mitigated) + " a tenth of a share)."));
                yield t;
            }
            case LEAST_OUTSTANDING_REQUESTS -> leastOutstanding(group, candidates, scope, request, state, why);
        };
    }

    /** An anomalous target's weight while mitigation is in effect: a tenth of what it would get. */
    private static long[] mitigatedWeights(List<TargetModel> candidates, long[] weights) {
        long[] w = new long[candidates.size()];
        for (int i = 0; i < w.length; i++) {
            long base = weights == null ? FULL_WEIGHT : weights[i];
            w[i] = candidates.get(i).anomalous() ? Math.max(1, base / AnomalyMitigation.SHARE_DIVISOR) : base;
        }
        return w;
    }

    private static TargetModel leastOutstanding(TargetGroupModel group, List<TargetModel> candidates, String scope,
                                                ClientRequest request, LoadBalancerState state, Sentences why) {
        int fewest = candidates.stream().mapToInt(t -> request.outstandingRequests().getOrDefault(t.id(), 0)).min().orElse(0);
        long[] weights = new long[candidates.size()];
        List<String> busy = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            int outstanding = request.outstandingRequests().getOrDefault(candidates.get(i).id(), 0);
            weights[i] = outstanding == fewest ? FULL_WEIGHT : 0;
            if (outstanding > fewest) {
                busy.add(candidates.get(i).key() + " " + outstanding);
            }
        }
        TargetModel t = candidates.get(state.rotation(group.arn(), scope).next(candidates, weights));
        why.add(() -> "Least outstanding requests chose " + t.key() + " with " + fewest + " request" + (fewest == 1 ? "" : "s") + " in flight"
                + (busy.isEmpty() ? " (a tie among all, taken in turn)." : "; busier: " + String.join(", ", busy) + "."));
        return t;
    }

    /**
     * Slow start: a newly healthy target's share grows linearly from nothing to full over the group's
     * duration — unless it is in the first batch of a group that had no healthy target (no other
     * candidate was healthy before it), which has nothing to ramp up beside.
     */
    private static long slowStartWeight(TargetGroupModel group, List<TargetModel> candidates, TargetModel target, Instant now, Sentences why) {
        if (group.slowStart().isZero() || target.slowStartFrom() == null) {
            return FULL_WEIGHT;
        }
        boolean firstBatch = candidates.stream().noneMatch(o -> o != target && (o.slowStartFrom() == null
                || o.slowStartFrom().isBefore(target.slowStartFrom())));
        if (firstBatch) {
            return FULL_WEIGHT;
        }
        long elapsed = Duration.between(target.slowStartFrom(), now).toMillis();
        long duration = group.slowStart().toMillis();
        if (elapsed >= duration) {
            return FULL_WEIGHT;
        }
        long weight = Math.max(1, FULL_WEIGHT * Math.max(0, elapsed) / duration);
        why.add(() -> target.key() + " is in slow start, " + Math.max(0, elapsed) / 1000 + " s of " + duration / 1000 + " s: it gets "
                + (weight / 10) + "% of a full share.");
        return weight;
    }

    private static int weightedDraw(long[] weights, RandomGenerator random) {
        long total = 0;
        for (long w : weights) {
            total += w;
        }
        long draw = random.nextLong(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * NLB and GWLB: a hash of the flow picks the target, so every packet of a flow lands on the same one.
     * NLB TCP flows hash the initial sequence number too (each connection is its own flow); source-IP
     * stickiness hashes the client address alone. A gateway load balancer hashes the inspected
     * packet's 5-tuple, or its 3-tuple or 2-tuple as the group's stickiness says.
     */
    private static TargetModel byFlowHash(TargetGroupModel group, ListenerModel listener, List<TargetModel> candidates,
                                          ClientRequest request, RandomGenerator random, Sentences why) {
        Stickiness.Type sticky = group.stickiness() == null ? null : group.stickiness().type();
        String flow;
        String what;
        if (listener.protocol().equals("GENEVE")) {
            ClientRequest.Packet p = request.packet() == null ? new ClientRequest.Packet("tcp", null, null) : request.packet();
            String protocol = p.protocol() == null ? "tcp" : p.protocol().toLowerCase(java.util.Locale.ROOT);
            String to = p.destinationIp() == null ? "?" : p.destinationIp();
            if (sticky == Stickiness.Type.SOURCE_IP_DEST_IP) {
                flow = request.sourceIp() + " > " + to;
                what = "2-tuple";
            } else if (sticky == Stickiness.Type.SOURCE_IP_DEST_IP_PROTO) {
                flow = protocol + " " + request.sourceIp() + " > " + to;
                what = "3-tuple";
            } else {
                flow = protocol + " " + request.sourceIp() + ":" + request.sourcePort() + " > " + to + ":"
                        + (p.destinationPort() == null ? "?" : p.destinationPort());
                what = "5-tuple";
            }
        } else if (sticky == Stickiness.Type.SOURCE_IP) {
            flow = String.valueOf(request.sourceIp());
            what = null;
        } else {
            boolean tcp = listener.protocol().startsWith("TCP") || listener.protocol().equals("TLS");
            long sequence = tcp ? (request.tcpSequence() != null ? request.tcpSequence() : random.nextLong(1L << 32)) : 0;
            flow = listener.protocol() + " " + request.sourceIp() + ":" + request.sourcePort() + " > :" + listener.port()
                    + (tcp ? " seq " + sequence : "");
            what = "flow";
        }
        if (listener.protocol().equals("GENEVE") && request.packet() != null && Boolean.TRUE.equals(request.packet().established())) {
            TargetModel kept = establishedFlowTarget(group, flow, what, why);
            if (kept != null) {
                return kept;
            }
        }
        TargetModel t = candidates.get(Math.floorMod(mix(flow.hashCode()), candidates.size()));
        boolean sourceIp = what == null;
        why.add(() -> (sourceIp ? "Source IP stickiness: the hash of " + request.sourceIp() : "The " + what + " hash of " + flow)
                + " chose " + t.key() + " among " + candidates.size() + "; the " + (sourceIp ? "client" : "flow")
                + " stays on it while it is healthy.");
        return t;
    }

    /**
     * A gateway load balancer's established flow was hashed over every registered target when it
     * began. It stays on that target while the target takes traffic, and also when the target is
     * draining or unhealthy and the group's target failover is {@code no_rebalance}; null when
     * failover rebalances it (it is hashed again over the targets that take traffic).
     */
    private static TargetModel establishedFlowTarget(TargetGroupModel group, String flow, String what, Sentences why) {
        List<TargetModel> registered = group.targets().stream().filter(t -> t.health() != HealthState.UNUSED).toList();
        if (registered.isEmpty()) {
            return null;
        }
        TargetModel first = registered.get(Math.floorMod(mix(flow.hashCode()), registered.size()));
        if (first.health().routable()) {
            why.add(() -> "The established flow's " + what + " hash of " + flow + " keeps it on " + first.key() + ".");
            return first;
        }
        boolean draining = first.health() == HealthState.DRAINING;
        String attribute = draining ? "target_failover.on_deregistration" : "target_failover.on_unhealthy";
        boolean rebalance = draining ? group.options().rebalanceOnDeregistration() : group.options().rebalanceOnUnhealthy();
        if (rebalance) {
            why.add(() -> "The established flow began on " + first.key() + ", which is " + first.health().apiName() + "; " + attribute
                    + " is rebalance, so the flow is hashed again over the targets that take traffic.");
            return null;
        }
        why.add(() -> "The established flow stays on " + first.key() + ", although it is " + first.health().apiName() + ": " + attribute
                + " is no_rebalance.");
        return first;
    }

    /** A 32-bit finaliser (MurmurHash3's) so neighbouring ports spread over targets. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
