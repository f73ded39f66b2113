package dev.netsim.simulation.loadbalancing;

import java.util.Map;

/**
 * Where a batch of requests went: counts by target id, target group ARN, the chosen target's zone
 * and rule priority ({@code default} or the number), and how many found no target (503 or reset).
 */
public record BatchSummary(int count, Map<String, Integer> byTarget, Map<String, Integer> byTargetGroup,
                           Map<String, Integer> byAvailabilityZone, Map<String, Integer> byRule, int withoutTarget) {
}
