package dev.netsim.simulation.cdn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import dev.netsim.simulation.dns.GeoPoint;

/**
 * What CloudFront does with a viewer request to one distribution: the edge that serves it, the
 * cache behaviour its path matches, the viewer protocol policy, the cache key, then the tiers —
 * edge, regional edge cache, Origin Shield — and the origin (with origin-group failover), with
 * TTLs by AWS's table, conditional revalidation ({@code RefreshHit}), invalidations and error
 * caching. Reads an immutable distribution and origin snapshot, fills the distribution's
 * {@link CdnCache}. Deterministic for a given cache, clock and random.
 */
public final class CdnEngine {

    /** Error statuses CloudFront caches (for ErrorCachingMinTTL, 10 s unless a custom error response says otherwise). */
    static final Set<Integer> CACHED_ERRORS = Set.of(400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504);
    static final long DEFAULT_ERROR_CACHING_SECONDS = 10;
    private static final Set<String> FAILOVER_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final CdnDistribution distribution;
    private final EdgeLocations edges;
    private final EdgeLocation homeEdge;
    private final OriginObjects origins;
    private final List<InvalidationRecord> invalidations;
    private final CdnCache cache;
    /** Tier names by edge and Origin Shield Region, made once: every request needs them. */
    private final Map<String, Map<String, List<String>>> tierNames = new ConcurrentHashMap<>();

    /** @param invalidations newest first */
    public CdnEngine(CdnDistribution distribution, EdgeLocations edges, EdgeLocation homeEdge, OriginObjects origins,
                     List<InvalidationRecord> invalidations, CdnCache cache) {
        this.distribution = distribution;
        this.edges = edges;
        this.homeEdge = homeEdge;
        this.origins = origins;
        this.invalidations = List.copyOf(invalidations);
        this.cache = cache;
    }

    /** The full decision: headers and explanations too. */
    public CdnDecision handle(ViewerRequest request, Instant now, RandomGenerator random) {
        return new Handling(request, now.toEpochMilli(), random, true).run();
    }

    /** The decision without headers and sentences, for batches: building them costs more than deciding. */
    public CdnDecision handleQuietly(ViewerRequest request, Instant now, RandomGenerator random) {
        return new Handling(request, now.toEpochMilli(), random, false).run();
    }

    /** The state of one request being handled. */
    private final class Handling {

        final ViewerRequest request;
        final long now;
        final RandomGenerator random;
        final boolean full;
        final List<String> explanation;
        EdgeLocation edge;
        CdnDistribution.Behavior behavior;
        String key;
        long originLatency;

        Handling(ViewerRequest request, long now, RandomGenerator random, boolean full) {
            this.request = request;
            this.now = now;
            this.random = random;
            this.full = full;
            this.explanation = full ? new ArrayList<>() : List.of();
        }

        void explain(Supplier<String> sentence) {
            if (full) {
                explanation.add(sentence.get());
            }
        }

        CdnDecision run() {
            edge = edge();
            behavior = behavior();
            String method = request.method();
            if (!behavior.allowedMethods().contains(method)) {
                explain(() -> "The behavior allows " + behavior.allowedMethods() + ", not " + method + ": CloudFront answers 403");
                return answer(403, CdnDecision.ERROR, "none", null, null, null, 0, null, 0, Map.of());
            }
            if (request.scheme().equals("http") && behavior.viewerProtocol() != CdnDistribution.ViewerProtocol.ALLOW_ALL) {
                return viewerProtocol();
            }
            String path = request.path();
            if (path.equals("/") && distribution.defaultRootObject() != null && !distribution.defaultRootObject().isEmpty()) {
                path = "/" + distribution.defaultRootObject();
                String root = path;
                explain(() -> "The request is for the root, so CloudFront asks for the default root object " + root);
            }
            key = CacheKeys.key(request, path, behavior.cacheKey());
            boolean cacheable = behavior.cachedMethods().contains(method) && !behavior.cacheKey().forwardsAllHeaders() && behavior.ttls().max() > 0;
            if (!cacheable) {
                explain(() -> behavior.cachedMethods().contains(method)
                        ? "The behavior caches nothing (" + (behavior.cacheKey().forwardsAllHeaders() ? "it forwards all headers" : "MaxTTL is 0")
                        + "), so the request goes to the origin"
                        : method + " is not a cached method of the behavior, so the request goes to the origin");
                OriginAnswer fetched = fetch(path);
                return fromOrigin(fetched, CdnDecision.MISS, new TtlDecision(0, "not cached"), List.of());
            }
            return throughTiers(path);
        }

        private EdgeLocation edge() {
            if (request.edge() != null) {
                EdgeLocation chosen = edges.find(request.edge())
                        .orElseThrow(() -> new IllegalArgumentException("No edge location has the code " + request.edge()));
                explain(() -> "The request arrives at edge location " + chosen.pop() + " (" + chosen.city() + "), as asked");
                return chosen;
            }
            if (request.latitude() != null && request.longitude() != null) {
                EdgeLocation nearest = edges.nearest(new GeoPoint(request.latitude(), request.longitude()), distribution.priceClass());
                explain(() -> "The nearest edge location for the viewer that " + (distribution.priceClass() == null ? "PriceClass_All"
                        : distribution.priceClass()) + " allows is " + nearest.pop() + " (" + nearest.city() + ")");
                return nearest;
            }
            explain(() -> "The request arrives at the home edge location " + homeEdge.pop() + " (" + homeEdge.city() + ")");
            return homeEdge;
        }

        private CdnDistribution.Behavior behavior() {
            for (CdnDistribution.Behavior b : distribution.behaviors()) {
                if (b.isDefault() || PathPattern.matches(b.pathPattern(), request.path())) {
                    explain(() -> b.isDefault() ? "No path pattern matches " + request.path() + ", so the default cache behavior (*) applies"
                            : "The cache behavior " + b.pathPattern() + " is the first whose path pattern matches " + request.path());
                    return b;
                }
            }
            throw new IllegalStateException("a distribution always has its default cache behavior");
        }

        private CdnDecision viewerProtocol() {
            boolean redirect = behavior.viewerProtocol() == CdnDistribution.ViewerProtocol.REDIRECT_TO_HTTPS
                    && (request.method().equals("GET") || request.method().equals("HEAD"));
            if (redirect) {
                String location = "https://" + request.host() + request.path() + (request.query() == null ? "" : "?" + request.query());
                explain(() -> "The behavior redirects HTTP to HTTPS: 301 to " + location);
                return answer(301, CdnDecision.REDIRECT, "none", null, null, null, 0, null, 0, Map.of("Location", location));
            }
            explain(() -> "The behavior takes HTTPS only: CloudFront answers 403 to HTTP");
            return answer(403, CdnDecision.ERROR, "none", null, null, null, 0, null, 0, Map.of());
        }

        /** Edge, then the regional edge cache, then Origin Shield: the first fresh copy answers; otherwise the origin does. */
        private CdnDecision throughTiers(String path) {
            List<String> tiers = tiers();
            CachedObject stale = null;
            for (int i = 0; i < tiers.size(); i++) {
                String tier = tiers.get(i);
                CachedObject held = cache.get(tier, key);
                if (held == null) {
                    continue;
                }
                InvalidationRecord gone = invalidatedBy(held);
                if (gone != null) {
                    cache.remove(tier, key);
                    explain(() -> "Invalidation " + gone.id() + " removed the copy at the " + label(tier));
                    continue;
                }
                if (held.freshAt(now)) {
                    for (int lower = 0; lower < i; lower++) {
                        cache.put(tiers.get(lower), key, held);
                    }
                    CachedObject served = held;
                    long age = held.ageSeconds(now);
                    explain(() -> "The " + label(tier) + " holds a fresh copy (age " + age + " s of a TTL of " + served.ttlSeconds() + " s): "
                            + outcomeOf(served.status(), CdnDecision.HIT));
                    return answer(held.status(), outcomeOf(held.status(), CdnDecision.HIT), kind(tier), held.ttlSeconds(), held.ttlRule(), age, 0,
                            null, held.bodySize(), held.headers());
                }
                if (stale == null) {
                    stale = held;
                    explain(() -> "The " + label(tier) + " holds an expired copy, so CloudFront asks the origin whether it changed");
                }
            }
            OriginAnswer fetched = fetch(path);
            if (stale != null && fetched.object().status() == 200 && fetched.object().sameVersionAs(stale.etag(), stale.lastModified())) {
                TtlDecision ttl = TtlDecision.of(behavior.ttls(), fetched.object().headers(), Instant.ofEpochMilli(now));
                CachedObject refreshed = new CachedObject(stale.path(), stale.status(), stale.headers(), stale.bodySize(), stale.etag(),
                        stale.lastModified(), now, ttl.seconds(), ttl.rule());
                tiers.forEach(t -> cache.put(t, key, refreshed));
                explain(() -> "The origin answers 304 Not Modified (same " + (refreshed.etag() != null ? "ETag" : "Last-Modified")
                        + "), so the cached copy is served again and kept for " + ttl.seconds() + " s: RefreshHit");
                return answer(refreshed.status(), CdnDecision.REFRESH_HIT, "origin", ttl.seconds(), ttl.rule(), 0L, fetched.fetches(),
                        fetched.originId(), refreshed.bodySize(), refreshed.headers());
            }
            TtlDecision ttl = ttlFor(fetched.object());
            return fromOrigin(fetched, CdnDecision.MISS, ttl, tiers);
        }

        private List<String> tiers() {
            CdnDistribution.Origin origin = primaryOrigin();
            String shield = origin == null || origin.originShieldRegion() == null ? "" : origin.originShieldRegion();
            return tierNames.computeIfAbsent(edge.pop(), pop -> new ConcurrentHashMap<>()).computeIfAbsent(shield, s -> tierNames(edge, s));
        }

        private CdnDistribution.Origin primaryOrigin() {
            CdnDistribution.OriginGroup group = distribution.originGroups().get(behavior.targetOriginId());
            return distribution.origins().get(group == null ? behavior.targetOriginId() : group.primary());
        }

        private InvalidationRecord invalidatedBy(CachedObject held) {
            for (InvalidationRecord invalidation : invalidations) {
                if (invalidation.createdMillis() <= held.storedAtMillis()) {
                    return null; // newest first: every later one is older than the copy
                }
                if (invalidation.createdMillis() <= now && invalidation.matches(held.path())) {
                    return invalidation;
                }
            }
            return null;
        }

        /** The origin's answer; an origin group tries its secondary when the primary answers a failover status. */
        private OriginAnswer fetch(String path) {
            CdnDistribution.OriginGroup group = distribution.originGroups().get(behavior.targetOriginId());
            String first = group == null ? behavior.targetOriginId() : group.primary();
            OriginObject answer = origins.answer(first, originPath(first) + path);
            originLatency += answer.latencyMillis();
            if (group != null && group.failoverCodes().contains(answer.status()) && FAILOVER_METHODS.contains(request.method())) {
                OriginObject failed = answer;
                OriginObject second = origins.answer(group.secondary(), originPath(group.secondary()) + path);
                originLatency += second.latencyMillis();
                explain(() -> "The primary origin " + first + " answers " + failed.status() + ", a failover status of origin group " + group.id()
                        + ", so CloudFront asks the secondary " + group.secondary() + ", which answers " + second.status());
                return new OriginAnswer(second, group.secondary(), 2);
            }
            OriginObject fetched = answer;
            explain(() -> "The origin " + first + " answers " + fetched.status() + " for " + originPath(first) + path);
            return new OriginAnswer(answer, first, 1);
        }

        private String originPath(String originId) {
            CdnDistribution.Origin origin = distribution.origins().get(originId);
            return origin == null || origin.originPath() == null ? "" : origin.originPath();
        }

        private TtlDecision ttlFor(OriginObject object) {
            if (object.status() >= 400) {
                if (!CACHED_ERRORS.contains(object.status())) {
                    return new TtlDecision(0, "CloudFront does not cache a " + object.status());
                }
                CdnDistribution.ErrorResponse custom = distribution.errorResponses().get(object.status());
                long seconds = custom == null ? DEFAULT_ERROR_CACHING_SECONDS : custom.errorCachingMinTtl();
                return new TtlDecision(seconds, "an error response " + object.status() + " is cached for ErrorCachingMinTTL (" + seconds + " s)");
            }
            return TtlDecision.of(behavior.ttls(), object.headers(), Instant.ofEpochMilli(now));
        }

        private CdnDecision fromOrigin(OriginAnswer fetched, String outcome, TtlDecision ttl, List<String> tiers) {
            OriginObject object = fetched.object();
            if (ttl.cached() && !tiers.isEmpty()) {
                CachedObject stored = new CachedObject(originRelative(), object.status(), object.headers(), object.bodySize(), object.etag(),
                        object.lastModified(), now, ttl.seconds(), ttl.rule());
                tiers.forEach(t -> cache.put(t, key, stored));
                explain(() -> "Cached at the " + String.join(", ", tiers.stream().map(CdnEngine::label).toList()) + " because " + ttl.rule());
            } else if (!tiers.isEmpty()) {
                explain(() -> "Not cached: " + ttl.rule());
            }
            int status = object.status();
            long bodySize = object.bodySize();
            CdnDistribution.ErrorResponse custom = distribution.errorResponses().get(status);
            if (custom != null && custom.responseCode() != null) {
                OriginObject page = custom.responsePagePath() == null ? object : origins.answer(fetched.originId(), custom.responsePagePath());
                explain(() -> "A custom error response turns the " + object.status() + " into " + custom.responseCode()
                        + (custom.responsePagePath() == null ? "" : " with the page " + custom.responsePagePath()));
                status = custom.responseCode();
                bodySize = page.bodySize();
            }
            return answer(status, outcomeOf(status, outcome), "origin", ttl.cached() ? ttl.seconds() : 0L, ttl.rule(), null, fetched.fetches(),
                    fetched.originId(), bodySize, object.headers());
        }

        /** The object's own path, which invalidations match (the cache key adds the host, query and key values). */
        private String originRelative() {
            String path = request.path();
            return path.equals("/") && distribution.defaultRootObject() != null && !distribution.defaultRootObject().isEmpty()
                    ? "/" + distribution.defaultRootObject() : path;
        }

        private CdnDecision answer(int status, String outcome, String tier, Long ttl, String ttlRule, Long age, int fetches, String origin,
                                   long bodySize, Map<String, String> originHeaders) {
            Map<String, String> headers = full ? headers(outcome, age, bodySize, originHeaders) : Map.of();
            return new CdnDecision(status, outcome, tier, edge.pop(), edge.regionalEdgeCache(), behavior == null ? null : behavior.pathPattern(),
                    behavior == null ? null : behavior.policyName(), key, ttl, ttlRule, age, fetches, originLatency, origin, bodySize, headers,
                    full ? List.copyOf(explanation) : List.of());
        }

        private Map<String, String> headers(String outcome, Long age, long bodySize, Map<String, String> originHeaders) {
            Map<String, String> headers = new LinkedHashMap<>(originHeaders);
            headers.put("Content-Length", String.valueOf(bodySize));
            headers.put("X-Cache", outcome + " from cloudfront");
            headers.put("Via", "1.1 " + viaHost(edge) + ".cloudfront.net (CloudFront)");
            headers.put("X-Amz-Cf-Pop", edge.pop());
            byte[] id = new byte[40];
            random.nextBytes(id);
            headers.put("X-Amz-Cf-Id", Base64.getUrlEncoder().encodeToString(id));
            if (age != null && outcome.equals(CdnDecision.HIT)) {
                headers.put("Age", String.valueOf(age));
            }
            return headers;
        }
    }

    /** Hits and misses of an error status are reported as CloudFront does: {@code Error}. */
    private static String outcomeOf(int status, String outcome) {
        return status >= 400 && !outcome.equals(CdnDecision.REDIRECT) ? CdnDecision.ERROR : outcome;
    }

    /** The 32 hex digits of an edge's Via host, the same for the same edge. */
    static String viaHost(EdgeLocation edge) {
        long h = edge.pop().hashCode() * 0x9E3779B97F4A7C15L;
        return String.format("%016x%016x", h, Long.rotateLeft(h, 29) ^ 0x5DEECE66DL);
    }

    /** The kind of tier: {@code edge location}, {@code regional edge cache} or {@code Origin Shield}. */
    static String kind(String tier) {
        return switch (tier.substring(0, tier.indexOf(':'))) {
            case "edge" -> "edge location";
            case "rec" -> "regional edge cache";
            default -> "Origin Shield";
        };
    }

    static String label(String tier) {
        int colon = tier.indexOf(':');
        String where = tier.substring(colon + 1);
        return switch (tier.substring(0, colon)) {
            case "edge" -> "edge location " + where;
            case "rec" -> "regional edge cache " + where;
            default -> "Origin Shield " + where;
        };
    }

    /** The caches a request at {@code edge} passes on the way to an origin with Origin Shield in {@code shield} ("" for none). */
    private static List<String> tierNames(EdgeLocation edge, String shield) {
        List<String> tiers = new ArrayList<>(3);
        tiers.add("edge:" + edge.pop());
        if (!shield.equals(edge.regionalEdgeCache())) {
            tiers.add("rec:" + edge.regionalEdgeCache());
        }
        if (!shield.isEmpty()) {
            tiers.add("shield:" + shield);
        }
        return List.copyOf(tiers);
    }

    private record OriginAnswer(OriginObject object, String originId, int fetches) {
    }
}
