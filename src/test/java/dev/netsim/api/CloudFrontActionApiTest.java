package dev.netsim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CloudFront through the JSON door: what curl makes is what the SDK sees, with ETags and AWS's errors. */
class CloudFrontActionApiTest extends NetsimIntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> action(String action, String body) throws Exception {
        return send(HttpRequest.newBuilder(endpoint().resolve("/api/cloudfront/actions/" + action)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void policiesMadeThroughJsonAreTheOnesTheWireSees() throws Exception {
        HttpResponse<String> managed = action("ListCachePolicies", "{\"Type\": \"managed\"}");
        assertThat(managed.statusCode()).as(managed.body()).isEqualTo(200);
        assertThat(json.readTree(managed.body()).path("CachePolicyList").path("Quantity").asInt()).isPositive();

        String config = "{\"CachePolicyConfig\": {\"Name\": \"json\", \"MinTTL\": 0, \"ParametersInCacheKeyAndForwardedToOrigin\": "
                + "{\"EnableAcceptEncodingGzip\": false, \"HeadersConfig\": {\"HeaderBehavior\": \"none\"}, \"CookiesConfig\": {\"CookieBehavior\": "
                + "\"none\"}, \"QueryStringsConfig\": {\"QueryStringBehavior\": \"none\"}}}}";
        HttpResponse<String> created = action("CreateCachePolicy", config);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode answer = json.readTree(created.body());
        String id = answer.path("CachePolicy").path("Id").asString();
        assertThat(answer.path("ETag").asString()).matches("E[A-Z0-9]{13}");
        assertThat(cloudFront().getCachePolicy(r -> r.id(id)).cachePolicy().cachePolicyConfig().name()).isEqualTo("json");

        HttpResponse<String> stale = action("DeleteCachePolicy", "{\"Id\": \"" + id + "\", \"IfMatch\": \"ESTALE00000000\"}");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json.readTree(stale.body()).path("code").asString()).isEqualTo("PreconditionFailed");
        HttpResponse<String> deleted = action("DeleteCachePolicy", "{\"Id\": \"" + id + "\", \"IfMatch\": \"" + answer.path("ETag").asString() + "\"}");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
    }
}
