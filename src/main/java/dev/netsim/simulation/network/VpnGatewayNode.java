package dev.netsim.simulation.network;

/** A virtual private gateway and the VPC it is attached to (null when detached). */
public record VpnGatewayNode(String id, String attachedVpcId) {
}
