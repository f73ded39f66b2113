package dev.netsim.ec2.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.netsim.common.AwsException;
import dev.netsim.common.net.Ipv4Cidr;
import dev.netsim.common.net.Ipv6Cidr;
import dev.netsim.ec2.Ec2Errors;

/** Turns IpPermissions into normalised rules, enforcing AWS's rules on protocols, ports and peers. */
final class RuleSpecs {

    private static final Map<String, String> PROTOCOL_NAMES = Map.of(
            "-1", "-1", "all", "-1", "tcp", "tcp", "6", "tcp", "udp", "udp", "17", "udp", "icmp", "icmp", "1", "icmp", "icmpv6", "icmpv6", "58", "icmpv6");

    private RuleSpecs() {
    }

    /** One rule per peer; group names are resolved by {@code groupIdOfName}. */
    static List<RuleSpec> expand(IpPermissionInput permission, boolean egress, java.util.function.Function<String, String> groupIdOfName) {
        String protocol = protocol(permission.protocol());
        Integer from = permission.fromPort();
        Integer to = permission.toPort();
        switch (protocol) {
            case "tcp", "udp" -> {
                if (from == null || to == null) {
                    throw new AwsException("InvalidParameterValue", "Invalid value for portRange. Must specify both from and to ports with TCP/UDP.");
                }
                if (from < 0 || to > 65535 || from > to) {
                    throw new AwsException("InvalidParameterValue", "Invalid value for portRange. Must be 0-65535 and from port <= to port: "
                            + from + "-" + to);
                }
            }
            case "icmp", "icmpv6" -> {
                from = from == null ? -1 : from;
                to = to == null ? -1 : to;
                if (from < -1 || from > 255 || to < -1 || to > 255) {
                    throw new AwsException("InvalidParameterValue", "Invalid values for ICMP type (" + from + ") or code (" + to + ").");
                }
            }
            default -> { // -1 and other protocol numbers cover every port
                from = null;
                to = null;
            }
        }
        if (permission.peers().isEmpty()) {
            throw new AwsException("InvalidParameterValue", "The IpPermission must name at least one peer: IpRanges, Ipv6Ranges, "
                    + "UserIdGroupPairs or PrefixListIds.");
        }
        List<RuleSpec> rules = new ArrayList<>();
        for (IpPermissionInput.Peer peer : permission.peers()) {
            String description = checkedDescription(peer.description());
            String groupId = peer.groupId() != null ? peer.groupId() : peer.groupName() != null ? groupIdOfName.apply(peer.groupName()) : null;
            rules.add(new RuleSpec(egress, protocol, from, to, ipv4(peer.cidrIpv4()), ipv6(peer.cidrIpv6()), groupId, peer.prefixListId(), description));
        }
        return rules;
    }

    static String protocol(String given) {
        if (given == null || given.isEmpty()) {
            throw Ec2Errors.missing("IpProtocol");
        }
        String name = given.toLowerCase(Locale.ROOT);
        String known = PROTOCOL_NAMES.get(name);
        if (known != null) {
            return known;
        }
        try {
            int number = Integer.parseInt(name);
            if (number >= 0 && number <= 255) {
                return String.valueOf(number);
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        throw new AwsException("InvalidParameterValue", "Invalid value '" + given + "' for IP protocol. Unknown protocol.");
    }

    private static String ipv4(String cidr) {
        if (cidr == null) {
            return null;
        }
        Ipv4Cidr parsed = Ipv4Cidr.parseOrNull(cidr);
        if (parsed == null) {
            throw Ec2Errors.invalidValue("cidrIp", cidr, "CIDR block " + cidr + " is malformed");
        }
        return parsed.toString();
    }

    private static String ipv6(String cidr) {
        if (cidr == null) {
            return null;
        }
        String canonical = Ipv6Cidr.canonicalOrNull(cidr);
        if (canonical == null) {
            throw Ec2Errors.invalidValue("cidrIpv6", cidr, "CIDR block " + cidr + " is malformed");
        }
        return canonical;
    }

    /** A rule's description is at most 255 characters. */
    static String checkedDescription(String description) {
        if (description != null && description.length() > 255) {
            throw new AwsException("InvalidParameterValue", "Rule descriptions can be at most 255 characters long.");
        }
        return description;
    }
}
