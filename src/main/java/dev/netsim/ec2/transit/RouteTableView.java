package dev.netsim.ec2.transit;

/** A transit gateway route table with its derived state and whether it is one of its gateway's default tables. */
public record RouteTableView(TransitGatewayRouteTable table, String state, boolean defaultAssociation, boolean defaultPropagation) {
}
