package dev.netsim.ec2.security;

/**
 * A security group rule's content: direction, protocol (normalised: {@code tcp}, {@code udp},
 * {@code icmp}, {@code icmpv6}, {@code -1} or a protocol number), port range (ICMP: type and
 * code; null where the protocol has none), exactly one peer, and a description.
 */
public record RuleSpec(boolean egress, String protocol, Integer fromPort, Integer toPort, String cidrIpv4, String cidrIpv6,
                       String referencedGroupId, String prefixListId, String description) {

    /** Two rules are the same rule when all but the description match. */
    public boolean sameRuleAs(RuleSpec other) {
        return withDescription(null).equals(other.withDescription(null));
    }

    public RuleSpec withDescription(String newDescription) {
        return new RuleSpec(egress, protocol, fromPort, toPort, cidrIpv4, cidrIpv6, referencedGroupId, prefixListId, newDescription);
    }

    public boolean isIpv6() {
        return cidrIpv6 != null;
    }

    /** AWS's wording of a rule in InvalidPermission messages. */
    public String describe() {
        String peer = cidrIpv4 != null ? cidrIpv4 : cidrIpv6 != null ? cidrIpv6 : referencedGroupId != null ? referencedGroupId : prefixListId;
        return "peer: " + peer + ", " + protocol.toUpperCase(java.util.Locale.ROOT) + ", from port: " + fromPort + ", to port: " + toPort + ", ALLOW";
    }
}
