package dev.netsim.simulation.loadbalancing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Smooth weighted round robin (the scheme nginx uses): each pick adds every candidate's weight to
 * its credit, takes the candidate with the most credit and charges it the total. Equal weights give
 * plain rotation in candidate order; a target in slow start with half the weight gets every third
 * request beside one full target. Candidates may change between picks (health); credits of targets
 * no longer offered are dropped.
 */
final class WeightedRotation {

    private final Map<String, Long> credit = new HashMap<>();

    synchronized int next(List<String> keys, long[] weights) {
        long total = 0;
        int best = -1;
        long bestCredit = Long.MIN_VALUE;
        credit.keySet().retainAll(keys);
        for (int i = 0; i < keys.size(); i++) {
            long c = credit.getOrDefault(keys.get(i), 0L) + weights[i];
            credit.put(keys.get(i), c);
            total += weights[i];
            if (c > bestCredit) {
                bestCredit = c;
                best = i;
            }
        }
        credit.put(keys.get(best), bestCredit - total);
        return best;
    }
}
