package dev.netsim.simulation.cdn;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A distribution as the CDN engine reads it: its names, origins and origin groups, its cache
 * behaviours in CloudFront's order (ordered ones in list order, the default {@code *} last), custom
 * error responses by status, the default root object and the price class that bounds its edges.
 */
public record CdnDistribution(String id, String domainName, List<String> aliases, String priceClass, String defaultRootObject,
                              Map<String, Origin> origins, Map<String, OriginGroup> originGroups, List<Behavior> behaviors,
                              Map<Integer, ErrorResponse> errorResponses) {

    public CdnDistribution {
        aliases = List.copyOf(aliases);
        origins = Map.copyOf(origins);
        originGroups = Map.copyOf(originGroups);
        behaviors = List.copyOf(behaviors);
        errorResponses = Map.copyOf(errorResponses);
    }

    /** An origin; {@code originShieldRegion} is null without Origin Shield. */
    public record Origin(String id, String domainName, String originPath, boolean s3, String originShieldRegion) {
    }

    /** Two origins: requests go to the primary, and to the secondary when the primary answers one of {@code failoverCodes}. */
    public record OriginGroup(String id, String primary, String secondary, Set<Integer> failoverCodes) {
    }

    /** How a behaviour treats HTTP viewers. */
    public enum ViewerProtocol { ALLOW_ALL, REDIRECT_TO_HTTPS, HTTPS_ONLY }

    /**
     * A cache behaviour: the path pattern ({@code *} for the default), where it routes, what
     * viewers may do, which methods are cached, the cache key and TTLs, and the name of the policy
     * (or "legacy cache settings") that set them, for explanations.
     */
    public record Behavior(String pathPattern, String targetOriginId, ViewerProtocol viewerProtocol, Set<String> allowedMethods,
                           Set<String> cachedMethods, CacheKeyPolicy cacheKey, Ttls ttls, String policyName) {

        public boolean isDefault() {
            return pathPattern.equals("*");
        }
    }

    /** MinTTL, DefaultTTL and MaxTTL in seconds. */
    public record Ttls(long min, long defaultTtl, long max) {
    }

    /** A custom error response: the status to answer, the page to answer with (null: the origin's), and how long errors are cached. */
    public record ErrorResponse(int errorCode, Integer responseCode, String responsePagePath, long errorCachingMinTtl) {
    }
}
