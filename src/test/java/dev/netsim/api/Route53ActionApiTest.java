package dev.netsim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Route 53 through the JSON door: a zone made with curl is the one the SDK sees; InvalidChangeBatch lists every problem. */
class Route53ActionApiTest extends NetsimIntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> action(String action, String body) throws Exception {
        return send(HttpRequest.newBuilder(endpoint().resolve("/api/route53/actions/" + action)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void zonesAndRecordsMadeThroughJsonAreTheOnesTheWireSees() throws Exception {
        HttpResponse<String> created = action("CreateHostedZone", "{\"Name\": \"example.com\", \"CallerReference\": \"json-1\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String zoneId = json.readTree(created.body()).path("HostedZone").path("Id").asString().replace("/hostedzone/", "");
        String change = "{\"HostedZoneId\": \"" + zoneId + "\", \"ChangeBatch\": {\"Changes\": [{\"Action\": \"CREATE\", \"ResourceRecordSet\": "
                + "{\"Name\": \"www.example.com\", \"Type\": \"A\", \"TTL\": 60, \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}}]}}";
        HttpResponse<String> changed = action("ChangeResourceRecordSets", change);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(route53().listResourceRecordSets(r -> r.hostedZoneId(zoneId)).resourceRecordSets()).hasSize(3);

        HttpResponse<String> again = action("ChangeResourceRecordSets", change.replace("192.0.2.1\"}]", "192.0.2\"}]"));
        assertThat(again.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(again.body());
        assertThat(problem.path("code").asString()).isEqualTo("InvalidChangeBatch");
        assertThat(problem.path("messages")).hasSize(1);
        assertThat(problem.path("messages").get(0).asString()).contains("ARRDATAIllegalIPv4Address");

        HttpResponse<String> listed = send(HttpRequest.newBuilder(endpoint().resolve("/api/route53/actions")));
        assertThat(json.readTree(listed.body()).valueStream().map(JsonNode::asString)).contains("CreateHostedZone", "TestDNSAnswer",
                "ChangeResourceRecordSets", "AssociateVPCWithHostedZone");
    }
}
