package dev.netsim.simulation.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * AWS's route selection over a route table, as a pure function: longest prefix first; for the same
 * prefix a static route beats a prefix-list route, which beats a propagated one. Prefix-list routes
 * match the blocks of their list. A blackhole route still wins its prefix (its packets are dropped,
 * with no fall-back to a shorter route).
 */
public final class RouteSelection {

    /** A route of a table with one of the address blocks it matches (a prefix-list route has one per block). */
    public record Candidate(RouteEntry route, AddressRange block) {
    }

    private RouteSelection() {
    }

    /** Every (route, block) of the table, in the order AWS prefers them. */
    public static List<Candidate> candidates(RouteTableNode table, NetworkSnapshot network) {
        List<Candidate> candidates = new ArrayList<>();
        for (RouteEntry route : table.routes()) {
            if (route.destinationCidr() != null) {
                candidates.add(new Candidate(route, route.destinationCidr()));
            } else if (route.prefixListId() != null) {
                network.prefixList(route.prefixListId()).ifPresent(pl -> pl.cidrs().forEach(c -> candidates.add(new Candidate(route, c))));
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.block().prefixLength())
                .thenComparingInt(c -> priority(c.route()))
                .thenComparing(c -> c.route().targetId()));
        return candidates;
    }

    private static int priority(RouteEntry route) {
        return route.isPropagated() ? 2 : route.prefixListId() != null ? 1 : 0;
    }
}
