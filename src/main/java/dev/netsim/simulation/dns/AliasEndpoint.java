package dev.netsim.simulation.dns;

import java.util.List;

/**
 * An AWS resource an alias points at (a load balancer, a CloudFront distribution): what it is, the
 * addresses its DNS name answers with, the TTL Route 53 gives them, and its health (null when
 * Route 53 cannot evaluate it).
 */
public record AliasEndpoint(String description, List<String> ipv4, List<String> ipv6, long ttl, Boolean healthy) {

    public AliasEndpoint {
        ipv4 = List.copyOf(ipv4);
        ipv6 = List.copyOf(ipv6);
    }

    /** An alias target's key: the canonical hosted zone id and the DNS name, lower case with a trailing dot. */
    public record Key(String hostedZoneId, String dnsName) {
    }
}
