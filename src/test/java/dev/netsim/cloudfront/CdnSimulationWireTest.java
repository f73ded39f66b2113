package dev.netsim.cloudfront;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CDN simulation through its JSON API and over plain HTTP, on a distribution made with the SDK. */
class CdnSimulationWireTest extends NetsimIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String distribution() throws Exception {
        String id = cloudFront().createDistribution(r -> r.distributionConfig(DistributionLifecycleWireTest.config("cdn"))).distribution().id();
        HttpResponse<String> set = send(HttpRequest.newBuilder(endpoint().resolve("/api/simulate/cdn/" + id + "/origins/web/objects"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("objects", List.of(
                        Map.of("path", "/index.html", "status", 200, "headers", Map.of("Cache-Control", "max-age=60", "Content-Type", "text/html"),
                                "bodySize", 512, "etag", "\"v1\""),
                        Map.of("path", "/images/*", "status", 200, "headers", Map.of("Cache-Control", "max-age=3600"), "bodySize", 2048)))))));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
        return id;
    }

    private JsonNode request(String id, String path, String edge) throws Exception {
        return postJson("/api/simulate/cdn/" + id + "/requests", edge == null ? Map.of("path", path) : Map.of("path", path, "edge", edge));
    }

    @Test
    void requestsMissThenHitThenRefreshAfterTheClockMovesAndMissAfterAnInvalidation() throws Exception {
        String id = distribution();
        JsonNode miss = request(id, "/index.html", "FRA");
        assertThat(miss.path("outcome").asString()).isEqualTo("Miss");
        assertThat(miss.path("behavior").asString()).isEqualTo("*");
        assertThat(miss.path("policy").asString()).isEqualTo("cache policy Managed-CachingOptimized");
        assertThat(miss.path("ttlSeconds").asLong()).isEqualTo(60);
        assertThat(miss.path("headers").path("X-Cache").asString()).isEqualTo("Miss from cloudfront");
        assertThat(miss.path("headers").path("X-Amz-Cf-Pop").asString()).isEqualTo("FRA56-P6");
        assertThat(miss.path("explanation").toString()).contains("max-age=60");

        assertThat(request(id, "/index.html", "FRA").path("outcome").asString()).isEqualTo("Hit");
        assertThat(request(id, "/index.html", "PRG").path("tier").asString()).isEqualTo("regional edge cache");

        assertThat(postJson("/api/simulate/clock", Map.of("advanceSeconds", 120)).path("now").asString()).isNotEmpty();
        assertThat(request(id, "/index.html", "FRA").path("outcome").asString()).isEqualTo("RefreshHit");

        cloudFront().createInvalidation(r -> r.distributionId(id).invalidationBatch(b -> b.callerReference("i1").paths(p -> p.quantity(1)
                .items("/index.html"))));
        postJson("/api/simulate/clock", Map.of("advanceSeconds", 1));
        JsonNode after = request(id, "/index.html", "FRA");
        assertThat(after.path("outcome").asString()).isEqualTo("Miss");
        assertThat(after.path("explanation").toString()).contains("removed the copy");

        JsonNode api = request(id, "/api/users", null);
        assertThat(api.path("behavior").asString()).isEqualTo("/api/*");
        assertThat(api.path("status").asInt()).isEqualTo(404); // the api origin has no objects
        assertThat(api.path("edge").asString()).isEqualTo("IAD89-C1"); // the home edge
    }

    @Test
    void aBatchReportsHitRatiosPerEdgeAndBehaviour() throws Exception {
        String id = distribution();
        List<Map<String, Object>> requests = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            requests.add(Map.of("path", "/images/" + (i % 100) + ".jpg", "edge", i % 2 == 0 ? "IAD" : "LHR"));
        }
        JsonNode summary = postJson("/api/simulate/cdn/" + id + "/requests:batch", Map.of("requests", requests));
        assertThat(summary.path("requests").asInt()).isEqualTo(10_000);
        // even objects are asked for at IAD, odd ones at LHR: each is fetched once
        assertThat(summary.path("originFetches").asInt()).isEqualTo(100);
        assertThat(summary.path("hitRatio").asDouble()).isEqualTo(0.99);
        assertThat(summary.path("byEdge").path("IAD89-C1").path("requests").asInt()).isEqualTo(5_000);
        assertThat(summary.path("byEdge").path("LHR61-P5").path("originFetches").asInt()).isEqualTo(50);
        assertThat(summary.path("byBehavior").path("*").path("hits").asInt()).isEqualTo(9_900);
    }

    @Test
    void viewersOverPlainHttpSeeCloudFrontsHeaders() throws Exception {
        String id = distribution();
        HttpResponse<String> first = send(HttpRequest.newBuilder(endpoint().resolve("/_cloudfront/" + id + "/index.html"))
                .header("X-Forwarded-Proto", "https").header("X-Netsim-Edge", "NRT").GET());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Cache")).hasValue("Miss from cloudfront");
        assertThat(first.headers().firstValue("X-Amz-Cf-Pop")).hasValue("NRT57-P3");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=60");
        assertThat(first.body()).hasSize(512);
        HttpResponse<String> second = send(HttpRequest.newBuilder(endpoint().resolve("/_cloudfront/" + id + "/index.html"))
                .header("X-Forwarded-Proto", "https").header("X-Netsim-Edge", "NRT").GET());
        assertThat(second.headers().firstValue("X-Cache")).hasValue("Hit from cloudfront");
        assertThat(second.headers().firstValue("Age")).isPresent();
        HttpResponse<String> plain = send(HttpRequest.newBuilder(endpoint().resolve("/_cloudfront/" + id + "/index.html")).GET());
        assertThat(plain.statusCode()).isEqualTo(301); // the default behaviour redirects HTTP to HTTPS
        assertThat(plain.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://d").endsWith("/index.html"));
        assertThat(send(HttpRequest.newBuilder(endpoint().resolve("/_cloudfront/ENOSUCHDIST000/x")).GET()).statusCode()).isEqualTo(404);
    }

    /**
     * A multi-tenant distribution serves each tenant with the tenant's parameter values in its
     * origins (here the origin path), from the tenant's own caches, which only the distribution's
     * and the tenant's own invalidations clear; viewers reach a tenant by its domain.
     */
    @Test
    void tenantsAreServedWithTheirParametersFromTheirOwnCaches() throws Exception {
        var base = DistributionLifecycleWireTest.config("mt-cdn");
        var web = base.origins().items().get(0).toBuilder().originPath("/{{site}}").build();
        var config = base.toBuilder().origins(o -> o.quantity(2).items(web, base.origins().items().get(1))).connectionMode("tenant-only")
                .tenantConfig(t -> t.parameterDefinitions(p -> p.name("site").definition(d -> d.stringSchema(s -> s.required(true))))).build();
        String multi = cloudFront().createDistribution(r -> r.distributionConfig(config)).distribution().id();
        HttpResponse<String> set = send(HttpRequest.newBuilder(endpoint().resolve("/api/simulate/cdn/" + multi + "/origins/web/objects"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("objects", List.of(
                        Map.of("path", "/shop/index.html", "headers", Map.of("Cache-Control", "max-age=600"), "bodySize", 100),
                        Map.of("path", "/blog/index.html", "headers", Map.of("Cache-Control", "max-age=600"), "bodySize", 200)))))));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
        String shop = cloudFront().createDistributionTenant(r -> r.distributionId(multi).name("shop").domains(d -> d.domain("shop.example"))
                .parameters(p -> p.name("site").value("shop"))).distributionTenant().id();
        String blog = cloudFront().createDistributionTenant(r -> r.distributionId(multi).name("blog").domains(d -> d.domain("blog.example"))
                .parameters(p -> p.name("site").value("blog"))).distributionTenant().id();

        assertThat(send(json("/api/simulate/cdn/" + multi + "/requests", Map.of("path", "/index.html"))).statusCode()).isEqualTo(400);
        JsonNode shopMiss = request(shop, "/index.html", "FRA");
        assertThat(shopMiss.path("outcome").asString()).isEqualTo("Miss");
        assertThat(shopMiss.path("explanation").toString()).contains("/shop/index.html");
        assertThat(request(shop, "/index.html", "FRA").path("outcome").asString()).isEqualTo("Hit");
        assertThat(request(blog, "/index.html", "FRA").path("outcome").asString()).isEqualTo("Miss"); // its own cache

        cloudFront().createInvalidationForDistributionTenant(r -> r.id(blog).invalidationBatch(b -> b.callerReference("b1")
                .paths(p -> p.quantity(1).items("/*"))));
        postJson("/api/simulate/clock", Map.of("advanceSeconds", 1));
        assertThat(request(shop, "/index.html", "FRA").path("outcome").asString()).isEqualTo("Hit"); // another tenant's invalidation
        assertThat(request(blog, "/index.html", "FRA").path("outcome").asString()).isEqualTo("Miss");

        // over plain HTTP, by the tenant's domain
        HttpResponse<String> viewer = send(HttpRequest.newBuilder(endpoint().resolve("/_cloudfront/" + blog + "/index.html"))
                .header("X-Forwarded-Proto", "https").header("X-Netsim-Edge", "FRA").GET());
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.headers().firstValue("X-Cache")).hasValue("Hit from cloudfront");
        assertThat(viewer.body()).hasSize(200);
    }

    @Test
    void badSimulationInputGetsClearErrors() throws Exception {
        String id = distribution();
        assertThat(send(json("/api/simulate/cdn/ENOSUCHDIST000/requests", Map.of("path", "/"))).statusCode()).isEqualTo(404);
        assertThat(send(json("/api/simulate/cdn/" + id + "/requests", Map.of("path", "/", "edge", "XYZ"))).statusCode()).isEqualTo(400);
        assertThat(send(json("/api/simulate/cdn/" + id + "/requests", Map.of("path", "no-slash"))).statusCode()).isEqualTo(400);
        HttpResponse<String> origin = send(HttpRequest.newBuilder(endpoint().resolve("/api/simulate/cdn/" + id + "/origins/nowhere/objects"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"objects\":[]}")));
        assertThat(origin.statusCode()).isEqualTo(404);
        assertThat(send(json("/api/simulate/clock", Map.of("set", "2000-01-01T00:00:00Z"))).statusCode()).isEqualTo(400);
        assertThat(send(json("/api/simulate/clock", Map.of())).statusCode()).isEqualTo(400);
    }

    private HttpRequest.Builder json(String path, Object body) throws Exception {
        return HttpRequest.newBuilder(endpoint().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
}
