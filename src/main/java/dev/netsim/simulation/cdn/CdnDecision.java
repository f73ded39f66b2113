package dev.netsim.simulation.cdn;

import java.util.List;
import java.util.Map;

/**
 * What CloudFront did with one viewer request, and why: the status and outcome ({@code Hit},
 * {@code Miss}, {@code RefreshHit}, {@code Error}, {@code Redirect}), the tier that answered, the
 * edge and regional edge cache, the behaviour matched and the policy that set its cache key, the
 * cache key, the TTL and its rule, the object's age, how many origin fetches it took (two when an
 * origin group failed over) and how long the simulated origins took to answer them, the response
 * headers, and the sentences that explain each step.
 */
public record CdnDecision(int status, String outcome, String tier, String edge, String regionalEdgeCache, String behavior, String policy,
                          String cacheKey, Long ttlSeconds, String ttlRule, Long ageSeconds, int originFetches, long originLatencyMillis, String origin,
                          long bodySize,
                          Map<String, String> headers, List<String> explanation) {

    public static final String HIT = "Hit";
    public static final String MISS = "Miss";
    public static final String REFRESH_HIT = "RefreshHit";
    public static final String ERROR = "Error";
    public static final String REDIRECT = "Redirect";
}
