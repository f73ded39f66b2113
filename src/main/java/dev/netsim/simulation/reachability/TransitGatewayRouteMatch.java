package dev.netsim.simulation.reachability;

import dev.netsim.simulation.network.TransitGatewayRouteTableNode;

/** The transit gateway route a hop applied, in the members of AWS's {@code TransitGatewayRouteTableRoute}. */
public record TransitGatewayRouteMatch(String transitGatewayId, String destinationCidr, String attachmentId, String routeOrigin,
                                       String state) {

    static TransitGatewayRouteMatch of(String transitGatewayId, TransitGatewayRouteTableNode.Route route) {
        return new TransitGatewayRouteMatch(transitGatewayId, route.destination().toString(), route.attachmentId(), route.type(), route.state());
    }

    /** "10.1.0.0/16 → tgw-attach-…" */
    public String text() {
        return destinationCidr + " → " + (attachmentId == null ? "blackhole" : attachmentId);
    }
}
