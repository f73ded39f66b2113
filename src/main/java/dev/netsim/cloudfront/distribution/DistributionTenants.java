package dev.netsim.cloudfront.distribution;

import java.util.Optional;

/**
 * What distribution tenants hold that distributions must respect, known by the tenants package, so
 * this one does not depend on it: a multi-tenant distribution is kept while it has tenants, and a
 * domain a tenant serves is no distribution's alias.
 */
public interface DistributionTenants {

    boolean hasTenants(String distributionId);

    /** The id of the tenant (of any account) that serves this domain, lower case. */
    Optional<String> tenantServing(String domain);
}
