package dev.netsim.ec2.routing;

import java.util.ArrayList;
import java.util.List;

import dev.netsim.common.AwsException;
import dev.netsim.common.net.Cidrs;
import dev.netsim.common.net.Ipv4Cidr;
import dev.netsim.common.net.Ipv6Cidr;
import dev.netsim.ec2.Ec2Errors;

/**
 * Where a route leads: an IPv4 CIDR, an IPv6 CIDR or a prefix list. Stored as one canonical
 * string; the kind is told apart by its form (prefix list ids start with {@code pl-}, IPv6 has colons).
 */
public record RouteDestination(Kind kind, String value) {

    public enum Kind { IPV4, IPV6, PREFIX_LIST }

    private static final Ipv4Cidr LINK_LOCAL_RESERVED = Ipv4Cidr.parseOrNull("169.254.168.0/22");

    /** A stored destination. */
    public static RouteDestination of(String stored) {
        Kind kind = stored.startsWith("pl-") ? Kind.PREFIX_LIST : stored.contains(":") ? Kind.IPV6 : Kind.IPV4;
        return new RouteDestination(kind, stored);
    }

    /**
     * The one destination among CreateRoute's DestinationCidrBlock, DestinationIpv6CidrBlock and
     * DestinationPrefixListId, validated and canonical.
     */
    public static RouteDestination exactlyOne(String ipv4, String ipv6, String prefixListId) {
        List<RouteDestination> given = new ArrayList<>();
        if (ipv4 != null) {
            given.add(new RouteDestination(Kind.IPV4, ipv4(ipv4).toString()));
        }
        if (ipv6 != null) {
            Ipv6Cidr cidr = Ipv6Cidr.parseOrNull(ipv6);
            if (cidr == null) {
                throw Ec2Errors.invalidValue("destinationIpv6CidrBlock", ipv6, "This is not a valid IPv6 CIDR block.");
            }
            given.add(new RouteDestination(Kind.IPV6, cidr.toString()));
        }
        if (prefixListId != null) {
            given.add(new RouteDestination(Kind.PREFIX_LIST, prefixListId));
        }
        if (given.size() != 1) {
            throw new AwsException(given.isEmpty() ? "MissingParameter" : "InvalidParameterCombination",
                    "The request must contain exactly one of DestinationCidrBlock, DestinationIpv6CidrBlock or DestinationPrefixListId.");
        }
        return given.get(0);
    }

    private static Ipv4Cidr ipv4(String text) {
        Ipv4Cidr cidr = Ipv4Cidr.parseOrNull(text);
        if (cidr == null) {
            throw Ec2Errors.invalidValue("destinationCidrBlock", text, "This is not a valid CIDR block.");
        }
        if (LINK_LOCAL_RESERVED.contains(cidr)) {
            throw Ec2Errors.invalidValue("destinationCidrBlock", text, "Routes to 169.254.168.0/22 are reserved for AWS services.");
        }
        return cidr;
    }

    /** The filter and error wording AWS uses for this kind of destination. */
    String noun() {
        return switch (kind) {
            case IPV4 -> "destination-cidr-block";
            case IPV6 -> "destination-ipv6-cidr-block";
            case PREFIX_LIST -> "destination-prefix-list-id";
        };
    }

    /** Whether {@code this} CIDR is a VPC block or lies inside one (prefix lists never do). */
    boolean within(String vpcBlock) {
        return kind != Kind.PREFIX_LIST && Cidrs.contains(vpcBlock, value);
    }
}
