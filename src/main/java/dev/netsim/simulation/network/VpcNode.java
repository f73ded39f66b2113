package dev.netsim.simulation.network;

import java.util.List;

/** A VPC: its owner, region and IPv4 CIDR blocks (primary first). */
public record VpcNode(String id, String account, String region, List<AddressRange> cidrs) {

    public VpcNode {
        cidrs = List.copyOf(cidrs);
    }
}
