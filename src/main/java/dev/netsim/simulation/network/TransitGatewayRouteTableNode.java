package dev.netsim.simulation.network;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A transit gateway route table with its routes as SearchTransitGatewayRoutes shows them (a static
 * route hides a propagated one to the same destination; a blackhole route has no attachment).
 */
public record TransitGatewayRouteTableNode(String id, String transitGatewayId, List<Route> routes) {

    /** One route: destination, the attachment it leads to (null for a blackhole), static or propagated, active or blackhole. */
    public record Route(AddressRange destination, String attachmentId, String type, boolean active) {

        public String state() {
            return active ? "active" : "blackhole";
        }
    }

    public TransitGatewayRouteTableNode {
        routes = List.copyOf(routes);
    }

    /** Longest prefix first; for the same prefix static before propagated. */
    public Optional<Route> select(long destination) {
        return routes.stream().filter(r -> r.destination().contains(destination))
                .min(Comparator.comparingInt((Route r) -> -r.destination().prefixLength()).thenComparing(r -> r.type().equals("static") ? 0 : 1));
    }
}
