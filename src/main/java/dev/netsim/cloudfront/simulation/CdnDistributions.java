package dev.netsim.cloudfront.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.distribution.CacheBehaviorView;
import dev.netsim.cloudfront.distribution.Distribution;
import dev.netsim.cloudfront.distribution.DistributionService;
import dev.netsim.cloudfront.resource.ConfigKinds;
import dev.netsim.cloudfront.resource.ConfigResourceService;
import dev.netsim.common.Scope;
import dev.netsim.simulation.cdn.CacheKeyPolicy;
import dev.netsim.simulation.cdn.CacheKeyPolicy.Mode;
import dev.netsim.simulation.cdn.CacheKeyPolicy.Selection;
import dev.netsim.simulation.cdn.CdnDistribution;
import software.amazon.awssdk.services.cloudfront.model.CachePolicyConfig;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.ForwardedValues;
import software.amazon.awssdk.services.cloudfront.model.ParametersInCacheKeyAndForwardedToOrigin;

/**
 * A stored distribution as the CDN engine reads it: behaviours with the cache key and TTLs of their
 * cache policy (managed or the account's) or of their legacy settings (ForwardedValues and TTLs,
 * where forwarding every header turns caching off), origins with their Origin Shield Region,
 * origin groups and custom error responses.
 */
@Component
class CdnDistributions {

    private static final long DEFAULT_TTL = 86_400;
    private static final long MAX_TTL = 31_536_000;
    private static final Set<String> GET_HEAD = Set.of("GET", "HEAD");

    private final ConfigResourceService policies;

    CdnDistributions(ConfigResourceService policies) {
        this.policies = policies;
    }

    CdnDistribution compile(Scope scope, Distribution d) {
        DistributionConfig config = DistributionService.config(d);
        return compile(scope, d, config, config.aliases() == null ? List.of() : config.aliases().items(), Map.of());
    }

    /**
     * A multi-tenant distribution as one tenant is served: for the tenant's domains, its origins'
     * domain names and paths with each {@code {{parameter}}} replaced by the tenant's value.
     */
    CdnDistribution compileForTenant(Scope scope, Distribution d, List<String> domains, Map<String, String> parameters) {
        return compile(scope, d, DistributionService.config(d), domains, parameters);
    }

    private CdnDistribution compile(Scope scope, Distribution d, DistributionConfig config, List<String> aliases, Map<String, String> parameters) {
        Map<String, CdnDistribution.Origin> origins = new LinkedHashMap<>();
        config.origins().items().forEach(o -> origins.put(o.id(), new CdnDistribution.Origin(o.id(), filled(o.domainName(), parameters),
                filled(o.originPath(), parameters),
                o.s3OriginConfig() != null, o.originShield() != null && Boolean.TRUE.equals(o.originShield().enabled())
                ? o.originShield().originShieldRegion() : null)));
        Map<String, CdnDistribution.OriginGroup> groups = new LinkedHashMap<>();
        if (config.originGroups() != null) {
            config.originGroups().items().forEach(g -> groups.put(g.id(), new CdnDistribution.OriginGroup(g.id(), g.members().items().get(0).originId(),
                    g.members().items().get(1).originId(), new HashSet<>(g.failoverCriteria().statusCodes().items()))));
        }
        List<CacheBehaviorView> views = CacheBehaviorView.all(config);
        List<CdnDistribution.Behavior> behaviors = new ArrayList<>();
        views.subList(1, views.size()).forEach(b -> behaviors.add(behavior(scope, b)));
        behaviors.add(behavior(scope, views.get(0))); // the default is matched last
        Map<Integer, CdnDistribution.ErrorResponse> errors = new LinkedHashMap<>();
        if (config.customErrorResponses() != null) {
            config.customErrorResponses().items().forEach(e -> errors.put(e.errorCode(), new CdnDistribution.ErrorResponse(e.errorCode(),
                    e.responseCode() == null || e.responseCode().isEmpty() ? null : Integer.valueOf(e.responseCode()),
                    e.responsePagePath() == null || e.responsePagePath().isEmpty() ? null : e.responsePagePath(),
                    e.errorCachingMinTTL() == null ? 10 : e.errorCachingMinTTL())));
        }
        return new CdnDistribution(d.getId(), d.getDomainName(), aliases, config.priceClassAsString(), config.defaultRootObject(), origins, groups, behaviors, errors);
    }

    private static String filled(String text, Map<String, String> parameters) {
        if (text == null || parameters.isEmpty()) {
            return text;
        }
        String result = text;
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            result = result.replace("{{" + p.getKey() + "}}", p.getValue());
        }
        return result;
    }

    private CdnDistribution.Behavior behavior(Scope scope, CacheBehaviorView b) {
        Set<String> allowed = b.allowedMethods() == null ? GET_HEAD : new HashSet<>(b.allowedMethods().itemsAsStrings());
        Set<String> cached = b.allowedMethods() == null || b.allowedMethods().cachedMethods() == null ? GET_HEAD
                : new HashSet<>(b.allowedMethods().cachedMethods().itemsAsStrings());
        CdnDistribution.ViewerProtocol protocol = switch (b.viewerProtocolPolicy()) {
            case "redirect-to-https" -> CdnDistribution.ViewerProtocol.REDIRECT_TO_HTTPS;
            case "https-only" -> CdnDistribution.ViewerProtocol.HTTPS_ONLY;
            default -> CdnDistribution.ViewerProtocol.ALLOW_ALL;
        };
        String pattern = b.pathPattern() == null ? "*" : b.pathPattern();
        if (b.cachePolicyId() != null && !b.cachePolicyId().isEmpty()) {
            CachePolicyConfig policy = (CachePolicyConfig) policies.get(scope, ConfigKinds.CACHE_POLICY, b.cachePolicyId()).config();
            long min = policy.minTTL();
            long defaultTtl = policy.defaultTTL() != null ? policy.defaultTTL() : Math.max(min, DEFAULT_TTL);
            long max = policy.maxTTL() != null ? policy.maxTTL() : Math.max(defaultTtl, MAX_TTL);
            return new CdnDistribution.Behavior(pattern, b.targetOriginId(), protocol, allowed, cached, key(policy.parametersInCacheKeyAndForwardedToOrigin()),
                    new CdnDistribution.Ttls(min, defaultTtl, max), "cache policy " + policy.name());
        }
        long min = b.minTTL() == null ? 0 : b.minTTL();
        long defaultTtl = b.defaultTTL() == null ? Math.max(min, DEFAULT_TTL) : b.defaultTTL();
        long max = b.maxTTL() == null ? Math.max(defaultTtl, MAX_TTL) : b.maxTTL();
        return new CdnDistribution.Behavior(pattern, b.targetOriginId(), protocol, allowed, cached, legacyKey(b.forwardedValues()),
                new CdnDistribution.Ttls(min, defaultTtl, max), "legacy cache settings");
    }

    private static CacheKeyPolicy key(ParametersInCacheKeyAndForwardedToOrigin p) {
        Selection headers = Selection.headers(mode(p.headersConfig().headerBehaviorAsString()),
                p.headersConfig().headers() == null ? Set.of() : Set.copyOf(p.headersConfig().headers().items()));
        Selection cookies = new Selection(mode(p.cookiesConfig().cookieBehaviorAsString()),
                p.cookiesConfig().cookies() == null ? Set.of() : Set.copyOf(p.cookiesConfig().cookies().items()));
        Selection queries = new Selection(mode(p.queryStringsConfig().queryStringBehaviorAsString()),
                p.queryStringsConfig().queryStrings() == null ? Set.of() : Set.copyOf(p.queryStringsConfig().queryStrings().items()));
        return new CacheKeyPolicy(headers, cookies, queries, Boolean.TRUE.equals(p.enableAcceptEncodingGzip()),
                Boolean.TRUE.equals(p.enableAcceptEncodingBrotli()), false);
    }

    /** Legacy settings: what is forwarded is the key; forwarding every header ({@code *}) caches nothing. */
    private static CacheKeyPolicy legacyKey(ForwardedValues f) {
        List<String> headerNames = f.headers() == null ? List.of() : f.headers().items();
        boolean allHeaders = headerNames.contains("*");
        Selection headers = allHeaders ? Selection.ALL : headerNames.isEmpty() ? Selection.NONE : Selection.headers(Mode.WHITELIST, Set.copyOf(headerNames));
        Selection cookies = switch (f.cookies().forwardAsString()) {
            case "all" -> Selection.ALL;
            case "whitelist" -> new Selection(Mode.WHITELIST, f.cookies().whitelistedNames() == null ? Set.of()
                    : Set.copyOf(f.cookies().whitelistedNames().items()));
            default -> Selection.NONE;
        };
        Selection queries = !Boolean.TRUE.equals(f.queryString()) ? Selection.NONE
                : f.queryStringCacheKeys() == null || f.queryStringCacheKeys().items().isEmpty() ? Selection.ALL
                : new Selection(Mode.WHITELIST, Set.copyOf(f.queryStringCacheKeys().items()));
        return new CacheKeyPolicy(headers, cookies, queries, false, false, allHeaders);
    }

    private static Mode mode(String behavior) {
        return switch (behavior) {
            case "whitelist" -> Mode.WHITELIST;
            case "allExcept" -> Mode.ALL_EXCEPT;
            case "all" -> Mode.ALL;
            default -> Mode.NONE;
        };
    }
}
