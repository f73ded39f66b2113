package dev.netsim.ec2.transit;

/**
 * A route of a transit gateway route table as SearchTransitGatewayRoutes shows it: static or
 * propagated from an attachment's VPC, active or blackhole (attachment null for a blackhole route).
 */
public record TransitGatewayRoute(String destinationCidr, TransitGatewayAttachment attachment, String type, String state) {
}
