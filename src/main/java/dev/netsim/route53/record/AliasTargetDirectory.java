package dev.netsim.route53.record;

import java.util.Optional;

/**
 * AWS resources of this server that Route 53 aliases can point at (load balancers, CloudFront
 * distributions), each directory answering for the hosted zone ids its resources use. Implemented
 * by the services that own them, so Route 53 does not depend on them.
 */
public interface AliasTargetDirectory {

    /** Whether aliases with this canonical hosted zone id point into this directory. */
    boolean serves(String hostedZoneId);

    /** The resource with this DNS name in the account, if there is one. */
    Optional<AliasResource> find(String account, String hostedZoneId, String dnsName);

    /**
     * The canonical hosted zone id of this directory's resource that a traffic policy endpoint names
     * by type ({@code cloudfront}, {@code application-load-balancer}, …) and DNS name alone.
     */
    Optional<String> hostedZoneOf(String account, String endpointType, String dnsName);

    /**
     * An alias target: what it is (for messages and answers), whether Route 53 can evaluate its
     * health, and the addresses a DNS answer for it holds.
     */
    record AliasResource(String description, boolean evaluatesHealth, java.util.List<String> ipv4, java.util.List<String> ipv6, boolean healthy) {
    }
}
