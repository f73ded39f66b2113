package dev.netsim.common;

/**
 * Set-up that AWS has done before an account's first call in a region (the default VPC).
 * Front doors call it before a request of the service it belongs to; it must be idempotent.
 */
public interface ScopeInitializer {

    /** @param service the SigV4 signing name of the service being called, e.g. {@code ec2} */
    boolean appliesTo(String service);

    void initialize(Scope scope);
}
