package dev.netsim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** ELBv2 through the JSON door: a load balancer built from curl is the one the SDK sees, with AWS codes as problem+json. */
class ElbActionApiTest extends NetsimIntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> action(String action, String body) throws Exception {
        return send(HttpRequest.newBuilder(endpoint().resolve("/api/elbv2/actions/" + action)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void aLoadBalancerBuiltThroughJsonIsTheOneTheWireSees() throws Exception {
        TwoZoneVpc network = twoZoneVpc();
        String vpc = network.vpcId();
        String a = network.subnetA();
        String b = network.subnetB();
        String lb = ok(action("CreateLoadBalancer", "{\"Name\": \"json\", \"Subnets\": [\"" + a + "\", \"" + b + "\"]}"))
                .path("LoadBalancers").get(0).path("LoadBalancerArn").asString();
        String group = ok(action("CreateTargetGroup", "{\"Name\": \"web\", \"Protocol\": \"HTTP\", \"Port\": 80, \"VpcId\": \"" + vpc + "\"}"))
                .path("TargetGroups").get(0).path("TargetGroupArn").asString();
        JsonNode listener = ok(action("CreateListener", "{\"LoadBalancerArn\": \"" + lb + "\", \"Protocol\": \"HTTP\", \"Port\": 80, "
                + "\"DefaultActions\": [{\"Type\": \"forward\", \"TargetGroupArn\": \"" + group + "\"}]}")).path("Listeners").get(0);
        assertThat(listener.path("DefaultActions").get(0).path("ForwardConfig").path("TargetGroups").get(0).path("Weight").asInt()).isEqualTo(1);
        assertThat(elbv2().describeListeners(r -> r.loadBalancerArn(lb)).listeners()).hasSize(1);

        HttpResponse<String> duplicate = action("CreateListener", "{\"LoadBalancerArn\": \"" + lb + "\", \"Protocol\": \"HTTP\", \"Port\": 80, "
                + "\"DefaultActions\": [{\"Type\": \"forward\", \"TargetGroupArn\": \"" + group + "\"}]}");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(json.readTree(duplicate.body()).path("code").asString()).isEqualTo("DuplicateListener");

        HttpResponse<String> listed = send(HttpRequest.newBuilder(endpoint().resolve("/api/elbv2/actions")));
        assertThat(json.readTree(listed.body()).valueStream().map(JsonNode::asString))
                .contains("CreateLoadBalancer", "DescribeSSLPolicies", "SetRulePriorities");
    }
}
