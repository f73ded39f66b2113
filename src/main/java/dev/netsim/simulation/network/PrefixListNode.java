package dev.netsim.simulation.network;

import java.util.List;

/** A prefix list (AWS-managed or customer-managed) and its IPv4 blocks. */
public record PrefixListNode(String id, String name, List<AddressRange> cidrs) {

    public PrefixListNode {
        cidrs = List.copyOf(cidrs);
    }
}
