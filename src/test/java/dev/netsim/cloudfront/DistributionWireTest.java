package dev.netsim.cloudfront;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.cloudfront.model.NoSuchDistributionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DistributionWireTest extends NetsimIntegrationTest {

    @Test
    void listDistributionsOfAnEmptyAccount() {
        var list = cloudFront().listDistributions().distributionList();
        assertThat(list.quantity()).isZero();
        assertThat(list.isTruncated()).isFalse();
        assertThat(list.maxItems()).isEqualTo(100);
        assertThat(list.items()).isEmpty();
    }

    @Test
    void getUnknownDistributionIsNoSuchDistribution() {
        var e = assertAwsError(() -> cloudFront().getDistribution(r -> r.id("EDFDVBD632BHDS5")), "NoSuchDistribution", 404);
        assertThat(e).isInstanceOf(NoSuchDistributionException.class);
    }

    @Test
    void listDistributionsRendersTheCloudFrontShape() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint().resolve("/2020-05-31/distribution?MaxItems=10")).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<DistributionList xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\">")
                .contains("<Quantity>0</Quantity>").contains("<MaxItems>10</MaxItems>").doesNotContain("<Items>");
        HttpResponse<String> bad = send(HttpRequest.newBuilder(endpoint().resolve("/2020-05-31/distribution?MaxItems=ten")).GET());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("<Code>InvalidArgument</Code>");
    }

    /**
     * Every operation of the model reaches a handler: sent by its route with placeholder ids and no
     * body, each answers something other than InvalidAction (usually that the thing named does not
     * exist, or what the request lacks). A path no operation has still answers InvalidAction.
     */
    @Test
    void everyOperationOfTheModelHasAHandler() throws Exception {
        JsonNode routes;
        try (InputStream in = getClass().getResourceAsStream("/aws/rest-routes.json")) {
            routes = JsonMapper.builder().build().readTree(in).path("cloudfront");
        }
        assertThat(routes.size()).isGreaterThan(160);
        List<String> unhandled = new ArrayList<>();
        for (JsonNode route : routes) {
            String uri = route.path("uri").asString().replaceAll("\\{[^}]+}", "x");
            String method = route.path("method").asString();
            HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint().resolve(uri))
                    .method(method, method.equals("POST") || method.equals("PUT") ? HttpRequest.BodyPublishers.ofString("")
                            : HttpRequest.BodyPublishers.noBody()));
            assertThat(response.statusCode()).as(route.toString()).isLessThan(500);
            if (response.body().contains("<Code>InvalidAction</Code>")) {
                unhandled.add(route.path("operation").asString());
            }
        }
        assertThat(unhandled).isEmpty();
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(endpoint().resolve("/2020-05-31/no-such-thing")).GET());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("<Code>InvalidAction</Code>");
    }
}
