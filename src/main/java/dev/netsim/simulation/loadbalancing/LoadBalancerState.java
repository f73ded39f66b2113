package dev.netsim.simulation.loadbalancing;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one load balancer remembers between requests: which node DNS hands out next, and a rotation
 * per target group and zone scope. Safe under concurrent calls; kept per node of Netsim (a
 * rotation is per load balancer node on AWS too).
 */
public final class LoadBalancerState {

    private final AtomicLong nextNode = new AtomicLong();
    /** By target group ARN, then scope (a zone, or {@code all}): the ARN strings come from the model and keep their hash. */
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, WeightedRotation>> rotations = new ConcurrentHashMap<>();

    int nextNode(int nodes) {
        return (int) Math.floorMod(nextNode.getAndIncrement(), (long) nodes);
    }

    WeightedRotation rotation(String targetGroupArn, String scope) {
        return rotations.computeIfAbsent(targetGroupArn, k -> new ConcurrentHashMap<>()).computeIfAbsent(scope, k -> new WeightedRotation());
    }
}
