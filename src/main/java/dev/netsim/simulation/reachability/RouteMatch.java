package dev.netsim.simulation.reachability;

import dev.netsim.simulation.network.ComponentType;
import dev.netsim.simulation.network.RouteEntry;

/** The route a hop applied, in the members of AWS's {@code AnalysisRouteTableRoute}. */
public record RouteMatch(String destinationCidr, String destinationPrefixListId, ComponentType targetType, String targetId,
                         String origin, String state) {

    static RouteMatch of(RouteEntry route) {
        return new RouteMatch(route.prefixListId() == null ? route.destination() : null, route.prefixListId(), route.targetType(),
                route.targetId(), route.origin().toLowerCase(java.util.Locale.ROOT), route.state());
    }

    /** "10.0.0.0/16 → local" */
    public String text() {
        return (destinationCidr != null ? destinationCidr : destinationPrefixListId) + " → " + targetId;
    }
}
