package dev.netsim.simulation.loadbalancing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A rotation over the targets that take traffic. With equal weights it takes them in turn; with
 * unequal ones (slow start) it runs smooth weighted round robin, the scheme nginx uses: each pick
 * adds every candidate's weight to its credit, takes the one with the most credit and charges it
 * the total, so a target at half weight beside one at full gets every third request. Candidates may
 * change between picks (health); credits of targets no longer offered are dropped.
 */
final class WeightedRotation {

    private long turn;
    private final Map<String, Long> credit = new HashMap<>();

    /** {@code weights} null means all equal. */
    synchronized int next(List<TargetModel> candidates, long[] weights) {
        if (weights == null || allEqual(weights)) {
            credit.clear();
            return (int) Math.floorMod(turn++, (long) candidates.size());
        }
        if (credit.size() > candidates.size()) {
            HashSet<String> offered = new HashSet<>();
            candidates.forEach(t -> offered.add(t.key()));
            credit.keySet().retainAll(offered);
        }
        long total = 0;
        int best = -1;
        long bestCredit = Long.MIN_VALUE;
        for (int i = 0; i < candidates.size(); i++) {
            long c = credit.getOrDefault(candidates.get(i).key(), 0L) + weights[i];
            credit.put(candidates.get(i).key(), c);
            total += weights[i];
            if (c > bestCredit) {
                bestCredit = c;
                best = i;
            }
        }
        credit.put(candidates.get(best).key(), bestCredit - total);
        return best;
    }

    private static boolean allEqual(long[] weights) {
        for (long w : weights) {
            if (w != weights[0]) {
                return false;
            }
        }
        return true;
    }
}
