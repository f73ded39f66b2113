package dev.netsim.route53.account;

import dev.netsim.common.Scope;

/**
 * A Route 53 account quota that GetAccountLimit reports, kept by the package that owns the
 * resources it counts (traffic policies and their instances), so this package does not depend on it.
 */
public interface AccountQuota {

    /** The quota's {@code AccountLimitType}, such as {@code MAX_TRAFFIC_POLICIES_BY_OWNER}. */
    String quotaType();

    long limit();

    /** How much of it the account uses. */
    long used(Scope scope);
}
