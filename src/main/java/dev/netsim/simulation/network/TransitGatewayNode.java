package dev.netsim.simulation.network;

/** A transit gateway: its attachments and route tables say what it carries. */
public record TransitGatewayNode(String id) {
}
