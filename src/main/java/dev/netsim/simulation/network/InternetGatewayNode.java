package dev.netsim.simulation.network;

/** An internet gateway and the VPC it is attached to (null when detached). */
public record InternetGatewayNode(String id, String attachedVpcId) {
}
