package dev.netsim.simulation.network;

import java.util.Comparator;
import java.util.List;

/**
 * A network ACL with its entries, each direction in evaluation order (lowest rule number first,
 * the final {@code *} deny last), and the subnets associated with it.
 */
public record NetworkAclNode(String id, String vpcId, boolean isDefault, List<String> subnetIds, List<NetworkAclEntryNode> entries) {

    public NetworkAclNode {
        subnetIds = List.copyOf(subnetIds);
        entries = entries.stream().sorted(Comparator.comparingInt(NetworkAclEntryNode::ruleNumber)).toList();
    }

    public List<NetworkAclEntryNode> entries(Direction direction) {
        return entries.stream().filter(e -> e.direction() == direction).toList();
    }
}
