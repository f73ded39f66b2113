package dev.netsim.simulation.network;

/** A subnet: its VPC, IPv4 block and Availability Zone. */
public record SubnetNode(String id, String vpcId, AddressRange cidr, String availabilityZone) {
}
