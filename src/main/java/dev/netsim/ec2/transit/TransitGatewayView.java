package dev.netsim.ec2.transit;

/** A transit gateway with its derived state. */
public record TransitGatewayView(TransitGateway gateway, String state) {
}
