package dev.netsim.common;

/**
 * The (account, region) a request acts in. All regional state is partitioned by it; global
 * services (Route 53, CloudFront) use {@link #global()} of the same account.
 */
public record Scope(String account, String region) {

    public static final String DEFAULT_ACCOUNT = "000000000000";
    public static final String DEFAULT_REGION = "us-east-1";
    /** Region column value of global services' rows. */
    public static final String GLOBAL_REGION = "global";

    public Scope global() {
        return new Scope(account, GLOBAL_REGION);
    }
}
