package dev.netsim.simulation.network;

import java.util.List;

/** A route table: its routes, whether it is its VPC's main table, and the subnets and gateways explicitly associated with it. */
public record RouteTableNode(String id, String vpcId, boolean main, List<String> subnetIds, List<String> gatewayIds, List<RouteEntry> routes) {

    public RouteTableNode {
        subnetIds = List.copyOf(subnetIds);
        gatewayIds = List.copyOf(gatewayIds);
        routes = List.copyOf(routes);
    }
}
