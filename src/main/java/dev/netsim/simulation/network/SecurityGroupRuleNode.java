package dev.netsim.simulation.network;

/**
 * One security group rule. The peer is exactly one of an IPv4 block ({@code cidr}), another group
 * ({@code referencedGroupId}: the private addresses of the interfaces that carry it) or a prefix list.
 * Rules for IPv6 peers are not part of the snapshot (analyses are IPv4, as AWS's are).
 */
public record SecurityGroupRuleNode(String ruleId, Direction direction, IpProtocol protocol, PortRange ports,
                                    AddressRange cidr, String referencedGroupId, String prefixListId) {

    /** The peer as the console shows it. */
    public String peer() {
        return cidr != null ? cidr.toString() : referencedGroupId != null ? referencedGroupId : prefixListId;
    }
}
