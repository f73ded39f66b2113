package dev.netsim.simulation.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.netsim.simulation.cdn.CacheKeyPolicy.Mode;
import dev.netsim.simulation.cdn.CacheKeyPolicy.Selection;
import dev.netsim.simulation.cdn.CdnDistribution.Behavior;
import dev.netsim.simulation.cdn.CdnDistribution.Ttls;
import dev.netsim.simulation.cdn.CdnDistribution.ViewerProtocol;

/** CloudFront's caching decisions, on small distributions built by hand. */
class CdnEngineTest {

    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");
    private static final Set<String> GET_HEAD = Set.of("GET", "HEAD");
    private static final Set<String> ALL_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE");
    private static final Ttls DEFAULTS = new Ttls(0, 86_400, 31_536_000);

    private final Map<String, Map<String, OriginObject>> objects = new HashMap<>();
    private final List<InvalidationRecord> invalidations = new ArrayList<>();
    private final CdnCache cache = new CdnCache();
    private final Random random = new Random(7);
    private List<Behavior> behaviors = new ArrayList<>(List.of(behavior("*", "web", CacheKeyPolicy.NOTHING, DEFAULTS)));
    private Map<String, CdnDistribution.OriginGroup> groups = Map.of();

    private static Behavior behavior(String pattern, String target, CacheKeyPolicy key, Ttls ttls) {
        return new Behavior(pattern, target, ViewerProtocol.ALLOW_ALL, ALL_METHODS, GET_HEAD, key, ttls, "test policy");
    }

    private void object(String origin, String path, int status, String cacheControl, String etag) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "text/html");
        if (cacheControl != null) {
            headers.put("Cache-Control", cacheControl);
        }
        objects.computeIfAbsent(origin, o -> new HashMap<>()).put(path, new OriginObject(status, headers, 1234, etag, null, 0));
    }

    private CdnEngine engine() {
        Map<String, CdnDistribution.Origin> origins = Map.of(
                "web", new CdnDistribution.Origin("web", "origin.example.com", "", false, null),
                "backup", new CdnDistribution.Origin("backup", "backup.example.com", "", false, null));
        CdnDistribution d = new CdnDistribution("EDIST", "d111111abcdef8.cloudfront.net", List.of(), "PriceClass_All", null, origins, groups,
                behaviors, Map.of());
        List<InvalidationRecord> newestFirst = new ArrayList<>(invalidations);
        newestFirst.sort((a, b) -> Long.compare(b.createdMillis(), a.createdMillis()));
        return new CdnEngine(d, EdgeLocations.DEFAULTS, EdgeLocations.DEFAULTS.find("IAD").orElseThrow(), new OriginObjects(objects), newestFirst,
                cache);
    }

    private static ViewerRequest get(String path) {
        return request("GET", "https", path, null, Map.of(), Map.of(), "IAD");
    }

    private static ViewerRequest request(String method, String scheme, String path, String query, Map<String, String> headers,
                                         Map<String, String> cookies, String edge) {
        return new ViewerRequest(method, scheme, "d111111abcdef8.cloudfront.net", path, query, headers, cookies, edge, null, null);
    }

    private CdnDecision at(Instant when, ViewerRequest request) {
        return engine().handle(request, when, random);
    }

    @Test
    void aMissIsCachedAndTheNextRequestHitsWithItsAge() {
        object("web", "/index.html", 200, "max-age=60", "\"v1\"");
        CdnDecision miss = at(T0, get("/index.html"));
        assertThat(miss.outcome()).isEqualTo("Miss");
        assertThat(miss.tier()).isEqualTo("origin");
        assertThat(miss.ttlSeconds()).isEqualTo(60);
        assertThat(miss.headers()).containsEntry("X-Cache", "Miss from cloudfront").containsEntry("X-Amz-Cf-Pop", "IAD89-C1").doesNotContainKey("Age");
        assertThat(miss.headers().get("Via")).matches("1\\.1 [0-9a-f]{32}\\.cloudfront\\.net \\(CloudFront\\)");
        assertThat(miss.headers().get("X-Amz-Cf-Id")).hasSize(56).endsWith("==");

        CdnDecision hit = at(T0.plusSeconds(20), get("/index.html"));
        assertThat(hit.outcome()).isEqualTo("Hit");
        assertThat(hit.tier()).isEqualTo("edge location");
        assertThat(hit.headers()).containsEntry("X-Cache", "Hit from cloudfront").containsEntry("Age", "20");
        assertThat(hit.originFetches()).isZero();
        assertThat(hit.explanation()).anyMatch(s -> s.contains("holds a fresh copy (age 20 s of a TTL of 60 s)"));

        assertThat(at(T0.plusSeconds(61), get("/index.html")).outcome()).isEqualTo("RefreshHit");
    }

    @Test
    void expiredCopiesAreRevalidatedRefreshHitWhenUnchangedMissWhenChanged() {
        object("web", "/a.css", 200, "max-age=10", "\"v1\"");
        at(T0, get("/a.css"));
        CdnDecision refresh = at(T0.plusSeconds(30), get("/a.css"));
        assertThat(refresh.outcome()).isEqualTo("RefreshHit");
        assertThat(refresh.headers()).containsEntry("X-Cache", "RefreshHit from cloudfront");
        assertThat(at(T0.plusSeconds(35), get("/a.css")).outcome()).isEqualTo("Hit"); // kept for another 10 s from the revalidation

        object("web", "/a.css", 200, "max-age=10", "\"v2\"");
        assertThat(at(T0.plusSeconds(60), get("/a.css")).outcome()).isEqualTo("Miss");
    }

    @Test
    void theTtlTableRowByRow() {
        Ttls zeroMin = new Ttls(0, 100, 1000);
        Ttls someMin = new Ttls(50, 100, 1000);
        assertThat(TtlDecision.of(zeroMin, Map.of("Cache-Control", "max-age=300"), T0).seconds()).isEqualTo(300);
        assertThat(TtlDecision.of(zeroMin, Map.of("Cache-Control", "max-age=5000"), T0).seconds()).isEqualTo(1000);
        assertThat(TtlDecision.of(someMin, Map.of("Cache-Control", "max-age=10"), T0).seconds()).isEqualTo(50);
        assertThat(TtlDecision.of(someMin, Map.of("Cache-Control", "max-age=300"), T0).seconds()).isEqualTo(300);
        assertThat(TtlDecision.of(someMin, Map.of("Cache-Control", "max-age=5000"), T0).seconds()).isEqualTo(1000);
        assertThat(TtlDecision.of(zeroMin, Map.of("Cache-Control", "max-age=300, s-maxage=700"), T0).seconds()).isEqualTo(700);
        assertThat(TtlDecision.of(someMin, Map.of("Cache-Control", "max-age=300, s-maxage=20"), T0).seconds()).isEqualTo(50);
        String in400 = DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.plusSeconds(400).atOffset(ZoneOffset.UTC));
        String in5000 = DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.plusSeconds(5000).atOffset(ZoneOffset.UTC));
        assertThat(TtlDecision.of(zeroMin, Map.of("Expires", in400), T0).seconds()).isEqualTo(400);
        assertThat(TtlDecision.of(zeroMin, Map.of("Expires", in5000), T0).seconds()).isEqualTo(1000);
        assertThat(TtlDecision.of(someMin, Map.of("Expires", in400), T0).seconds()).isEqualTo(400);
        assertThat(TtlDecision.of(zeroMin, Map.of(), T0).seconds()).isEqualTo(100);
        assertThat(TtlDecision.of(new Ttls(200, 100, 1000), Map.of(), T0).seconds()).isEqualTo(200);
        for (String directive : List.of("no-cache", "no-store", "private")) {
            assertThat(TtlDecision.of(zeroMin, Map.of("Cache-Control", directive), T0).cached()).as(directive).isFalse();
            assertThat(TtlDecision.of(someMin, Map.of("Cache-Control", directive), T0).seconds()).as(directive).isEqualTo(50);
        }
        assertThat(TtlDecision.of(zeroMin, Map.of("Cache-Control", "max-age=300"), T0).rule()).contains("max-age=300");
    }

    @Test
    void theOriginsLatencyIsReportedForFetchesOnly() {
        objects.computeIfAbsent("web", o -> new HashMap<>()).put("/slow", new OriginObject(200, Map.of("Cache-Control", "max-age=60"), 10, null,
                null, 250));
        assertThat(at(T0, get("/slow")).originLatencyMillis()).isEqualTo(250);
        assertThat(at(T0.plusSeconds(1), get("/slow")).originLatencyMillis()).isZero();
    }

    @Test
    void noStoreIsNeverCachedWithAZeroMinTtl() {
        object("web", "/account", 200, "no-store", null);
        for (int i = 0; i < 3; i++) {
            CdnDecision decision = at(T0.plusSeconds(i), get("/account"));
            assertThat(decision.outcome()).isEqualTo("Miss");
            assertThat(decision.originFetches()).isEqualTo(1);
        }
        assertThat(cache.size()).isZero();
    }

    @Test
    void pathPatternsMatchInListOrderWithTheDefaultLast() {
        behaviors = new ArrayList<>(List.of(behavior("images/*.jpg", "web", CacheKeyPolicy.NOTHING, DEFAULTS),
                behavior("images/*", "web", CacheKeyPolicy.NOTHING, DEFAULTS), behavior("*.gif", "web", CacheKeyPolicy.NOTHING, DEFAULTS),
                behavior("/api/v?/*", "web", CacheKeyPolicy.NOTHING, DEFAULTS), behavior("*", "web", CacheKeyPolicy.NOTHING, DEFAULTS)));
        assertThat(at(T0, get("/images/sample.gif")).behavior()).isEqualTo("images/*");
        assertThat(at(T0, get("/images/a/b.jpg")).behavior()).isEqualTo("images/*.jpg");
        assertThat(at(T0, get("/logo.gif")).behavior()).isEqualTo("*.gif");
        assertThat(at(T0, get("/api/v2/users")).behavior()).isEqualTo("/api/v?/*");
        assertThat(at(T0, get("/api/v10/users")).behavior()).isEqualTo("*");
        assertThat(at(T0, get("/Images/sample.png")).behavior()).isEqualTo("*"); // patterns are case-sensitive
    }

    @Test
    void theCacheKeyHoldsWhatThePolicyIncludes() {
        object("web", "/search", 200, "max-age=600", null);
        CacheKeyPolicy lang = new CacheKeyPolicy(Selection.headers(Mode.WHITELIST, Set.of("Accept-Language")),
                new Selection(Mode.WHITELIST, Set.of("session")), new Selection(Mode.ALL_EXCEPT, Set.of("utm_source")), true, true, false);
        behaviors = new ArrayList<>(List.of(behavior("*", "web", lang, DEFAULTS)));
        ViewerRequest english = request("GET", "https", "/search", "q=cats&utm_source=mail", Map.of("accept-language", "en", "user-agent", "x",
                "accept-encoding", "gzip, br"), Map.of("session", "s1", "tracking", "t1"), "IAD");
        CdnDecision first = at(T0, english);
        assertThat(first.cacheKey()).isEqualTo("d111111abcdef8.cloudfront.net/search?q=cats|h:accept-language=en|c:session=s1|enc:br");
        // only what is outside the key differs: a hit
        assertThat(at(T0.plusSeconds(1), request("GET", "https", "/search", "q=cats&utm_source=ads", Map.of("accept-language", "en",
                "user-agent", "y", "accept-encoding", "br"), Map.of("session", "s1", "tracking", "t2"), "IAD")).outcome()).isEqualTo("Hit");
        // what is inside it differs: a miss
        assertThat(at(T0.plusSeconds(2), request("GET", "https", "/search", "q=dogs", Map.of("accept-language", "en", "accept-encoding", "br"),
                Map.of("session", "s1"), "IAD")).outcome()).isEqualTo("Miss");
        assertThat(at(T0.plusSeconds(3), request("GET", "https", "/search", "q=cats", Map.of("accept-language", "de", "accept-encoding", "br"),
                Map.of("session", "s1"), "IAD")).outcome()).isEqualTo("Miss");
        assertThat(at(T0.plusSeconds(4), request("GET", "https", "/search", "q=cats", Map.of("accept-language", "en", "accept-encoding", "gzip"),
                Map.of("session", "s1"), "IAD")).cacheKey()).endsWith("|enc:gzip");
    }

    @Test
    void aSecondEdgeInTheSameRegionHitsTheRegionalEdgeCache() {
        EdgeLocation frankfurt = EdgeLocations.DEFAULTS.find("FRA").orElseThrow();
        EdgeLocation prague = EdgeLocations.DEFAULTS.find("PRG").orElseThrow();
        assertThat(prague.regionalEdgeCache()).isEqualTo(frankfurt.regionalEdgeCache()).isEqualTo("eu-central-1");
        object("web", "/video.mp4", 200, "max-age=3600", null);
        assertThat(at(T0, request("GET", "https", "/video.mp4", null, Map.of(), Map.of(), "FRA")).tier()).isEqualTo("origin");
        CdnDecision second = at(T0.plusSeconds(5), request("GET", "https", "/video.mp4", null, Map.of(), Map.of(), "PRG"));
        assertThat(second.outcome()).isEqualTo("Hit");
        assertThat(second.tier()).isEqualTo("regional edge cache");
        assertThat(second.originFetches()).isZero();
        assertThat(at(T0.plusSeconds(6), request("GET", "https", "/video.mp4", null, Map.of(), Map.of(), "PRG")).tier()).isEqualTo("edge location");
        assertThat(at(T0.plusSeconds(7), request("GET", "https", "/video.mp4", null, Map.of(), Map.of(), "NRT")).tier()).isEqualTo("origin");
    }

    @Test
    void invalidationsRemoveWhatTheirPathsMatchInEveryTier() {
        object("web", "/images/*", 200, "max-age=3600", null);
        object("web", "/img.png", 200, "max-age=3600", null);
        for (String path : List.of("/images/a.jpg", "/images/x/y.png", "/img.png")) {
            at(T0, get(path));
            at(T0, request("GET", "https", path, null, Map.of(), Map.of(), "FRA"));
        }
        invalidations.add(new InvalidationRecord("I1", T0.plusSeconds(10).toEpochMilli(), List.of("/images/*")));
        assertThat(at(T0.plusSeconds(5), get("/images/a.jpg")).outcome()).isEqualTo("Hit"); // not yet made
        CdnDecision after = at(T0.plusSeconds(20), get("/images/a.jpg"));
        assertThat(after.outcome()).isEqualTo("Miss");
        assertThat(after.explanation()).anyMatch(s -> s.contains("Invalidation I1 removed the copy"));
        assertThat(at(T0.plusSeconds(20), request("GET", "https", "/images/x/y.png", null, Map.of(), Map.of(), "FRA")).outcome()).isEqualTo("Miss");
        assertThat(at(T0.plusSeconds(20), get("/img.png")).outcome()).isEqualTo("Hit");
        assertThat(at(T0.plusSeconds(21), get("/images/a.jpg")).outcome()).isEqualTo("Hit"); // stored after the invalidation

        invalidations.add(new InvalidationRecord("I2", T0.plusSeconds(30).toEpochMilli(), List.of("/img.png")));
        assertThat(at(T0.plusSeconds(40), request("GET", "https", "/img.png", "v=2", Map.of(), Map.of(), "IAD")).outcome()).isEqualTo("Miss");
    }

    @Test
    void anOriginGroupFailsOverOnItsStatusCodesForReadsOnly() {
        groups = Map.of("pair", new CdnDistribution.OriginGroup("pair", "web", "backup", Set.of(500, 502, 503, 504)));
        behaviors = new ArrayList<>(List.of(behavior("*", "pair", CacheKeyPolicy.NOTHING, DEFAULTS)));
        object("web", "/page", 503, null, null);
        object("backup", "/page", 200, "max-age=60", null);
        CdnDecision failedOver = at(T0, get("/page"));
        assertThat(failedOver.status()).isEqualTo(200);
        assertThat(failedOver.origin()).isEqualTo("backup");
        assertThat(failedOver.originFetches()).isEqualTo(2);
        assertThat(at(T0, request("POST", "https", "/page", null, Map.of(), Map.of(), "IAD")).status()).isEqualTo(503);
        object("web", "/ok", 200, "max-age=60", null);
        assertThat(at(T0, get("/ok")).origin()).isEqualTo("web");
        object("web", "/missing", 404, null, null);
        object("backup", "/missing", 200, null, null);
        CdnDecision notFound = at(T0, get("/missing"));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.outcome()).isEqualTo("Error");
        assertThat(notFound.ttlSeconds()).isEqualTo(10); // ErrorCachingMinTTL
    }

    @Test
    void viewerProtocolPoliciesRedirectOrRefuseHttp() {
        behaviors = new ArrayList<>(List.of(
                new Behavior("/secure/*", "web", ViewerProtocol.HTTPS_ONLY, GET_HEAD, GET_HEAD, CacheKeyPolicy.NOTHING, DEFAULTS, "p"),
                new Behavior("*", "web", ViewerProtocol.REDIRECT_TO_HTTPS, GET_HEAD, GET_HEAD, CacheKeyPolicy.NOTHING, DEFAULTS, "p")));
        CdnDecision redirect = at(T0, request("GET", "http", "/page", "a=1", Map.of(), Map.of(), "IAD"));
        assertThat(redirect.status()).isEqualTo(301);
        assertThat(redirect.headers()).containsEntry("Location", "https://d111111abcdef8.cloudfront.net/page?a=1")
                .containsEntry("X-Cache", "Redirect from cloudfront");
        CdnDecision refused = at(T0, request("GET", "http", "/secure/x", null, Map.of(), Map.of(), "IAD"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.headers()).containsEntry("X-Cache", "Error from cloudfront");
        assertThat(at(T0, request("POST", "https", "/page", null, Map.of(), Map.of(), "IAD")).status()).isEqualTo(403); // GET, HEAD only
    }

    @Test
    void theNearestEdgeThePriceClassAllows() {
        EdgeLocation tokyo = EdgeLocations.DEFAULTS.nearest(new dev.netsim.simulation.dns.GeoPoint(35.6, 139.7), "PriceClass_All");
        assertThat(tokyo.airport()).isEqualTo("NRT");
        EdgeLocation cheap = EdgeLocations.DEFAULTS.nearest(new dev.netsim.simulation.dns.GeoPoint(35.6, 139.7), "PriceClass_100");
        assertThat(cheap.priceTier()).isEqualTo(100);
        assertThat(EdgeLocations.DEFAULTS.nearest(new dev.netsim.simulation.dns.GeoPoint(-33.9, 151.2), "PriceClass_200").airport())
                .isNotEqualTo("SYD");
    }
}
