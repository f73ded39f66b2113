package dev.netsim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over HTTP, as curl or Postman use it. */
class Ec2JsonApiTest extends NetsimIntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> call(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(read(response).get("code").asString()).isEqualTo(code);
    }

    @Test
    void vpcAndSubnetLifecycle() throws Exception {
        HttpResponse<String> created = call("POST", "/api/ec2/vpcs", "{\"cidrBlock\":\"10.0.0.0/16\",\"tags\":{\"Name\":\"demo\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode vpc = read(created);
        String vpcId = vpc.get("vpcId").asString();
        assertThat(vpcId).matches("vpc-[0-9a-f]{17}");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/ec2/vpcs/" + vpcId);
        assertThat(vpc.get("tags").get("Name").asString()).isEqualTo("demo");
        assertThat(vpc.get("isDefault").asBoolean()).isFalse();

        JsonNode subnet = read(call("POST", "/api/ec2/subnets", "{\"vpcId\":\"" + vpcId + "\",\"cidrBlock\":\"10.0.1.0/24\",\"availabilityZone\":\"us-east-1a\"}"));
        String subnetId = subnet.get("subnetId").asString();
        assertThat(subnet.get("availableIpAddressCount").asLong()).isEqualTo(251);

        assertThat(read(call("GET", "/api/ec2/vpcs/" + vpcId, null)).get("cidrBlock").asString()).isEqualTo("10.0.0.0/16");
        JsonNode listed = read(call("GET", "/api/ec2/vpcs?filter=tag:Name=demo", null));
        assertThat(listed.get("items")).hasSize(1);
        assertThat(read(call("GET", "/api/ec2/subnets?filter=vpc-id=" + vpcId, null)).get("items")).hasSize(1);
        JsonNode page = read(call("GET", "/api/ec2/subnets?maxResults=5", null));
        assertThat(page.get("items")).hasSize(5);
        assertThat(page.get("nextToken").asString()).isNotBlank();

        assertProblem(call("DELETE", "/api/ec2/vpcs/" + vpcId, null), 409, "DependencyViolation");
        assertThat(call("DELETE", "/api/ec2/subnets/" + subnetId, null).statusCode()).isEqualTo(204);
        assertThat(call("DELETE", "/api/ec2/vpcs/" + vpcId, null).statusCode()).isEqualTo(204);
        assertProblem(call("GET", "/api/ec2/vpcs/" + vpcId, null), 404, "InvalidVpcID.NotFound");
    }

    @Test
    void theJsonApiSharesStateWithTheWireApi() throws Exception {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        assertThat(read(call("GET", "/api/ec2/vpcs/" + vpcId, null)).get("state").asString()).isEqualTo("available");
        String fromJson = read(call("POST", "/api/ec2/vpcs", "{\"cidrBlock\":\"10.1.0.0/16\"}")).get("vpcId").asString();
        assertThat(ec2().describeVpcs(r -> r.vpcIds(fromJson)).vpcs()).hasSize(1);
    }

    @Test
    void awsRulesGiveTheSameCodesAsTheWire() throws Exception {
        assertProblem(call("POST", "/api/ec2/vpcs", "{\"cidrBlock\":\"10.0.0.0/8\"}"), 400, "InvalidVpc.Range");
        assertProblem(call("POST", "/api/ec2/vpcs", "{\"cidrBlock\":\"10.0.0.0/33\"}"), 400, "InvalidParameterValue");
        assertProblem(call("GET", "/api/ec2/vpcs?filter=colour=red", null), 400, "InvalidParameterValue");
        assertProblem(call("GET", "/api/ec2/vpcs?filter=nonsense", null), 400, "InvalidParameterValue");
        assertProblem(call("GET", "/api/ec2/vpcs/vpc-xyz", null), 400, "InvalidVpcID.Malformed");
        assertProblem(call("POST", "/api/ec2/subnets", "{\"vpcId\":\"vpc-0123456789abcdef0\",\"cidrBlock\":\"10.0.1.0/24\"}"), 404, "InvalidVpcID.NotFound");
    }

    @Test
    void badBodiesAreClientErrorsNeverServerErrors() throws Exception {
        assertProblem(call("POST", "/api/ec2/vpcs", "{}"), 400, "MissingParameter");
        assertProblem(call("POST", "/api/ec2/vpcs", ""), 400, "InvalidParameterValue");
        assertProblem(call("POST", "/api/ec2/vpcs", "{not json"), 400, "InvalidParameterValue");
        assertProblem(call("POST", "/api/ec2/vpcs", "{\"cidrBlock\": 42, \"tags\": [1,2]}"), 400, "InvalidParameterValue");
        assertProblem(call("POST", "/api/ec2/vpcs", "[]"), 400, "InvalidParameterValue");
        assertProblem(call("GET", "/api/ec2/vpcs?maxResults=lots", null), 400, "InvalidParameterValue");
        HttpResponse<String> textBody = send(HttpRequest.newBuilder(endpoint().resolve("/api/ec2/vpcs"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("cidr")));
        assertProblem(textBody, 415, "UnsupportedMediaType");
        assertThat(ec2().describeVpcs().vpcs()).hasSize(1);
    }

    @Test
    void theJsonApiSpeaksOnlyJson() throws Exception {
        assertThat(call("GET", "/api/ec2/vpcs", null, "Accept", "application/xml").statusCode()).isEqualTo(406);
        HttpResponse<String> browser = call("GET", "/api/ec2/vpcs", null, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(browser.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertProblem(call("GET", "/api/ec2/vpcs/vpc-0123456789abcdef0", null, "Accept", "application/json"), 404, "InvalidVpcID.NotFound");
    }

    @Test
    void accountAndRegionHeadersSelectTheScope() throws Exception {
        String vpcId = read(call("POST", "/api/ec2/vpcs", "{\"cidrBlock\":\"10.0.0.0/16\"}",
                "X-Netsim-Account", ACCOUNT_A, "X-Netsim-Region", "eu-west-1")).get("vpcId").asString();
        assertProblem(call("GET", "/api/ec2/vpcs/" + vpcId, null), 404, "InvalidVpcID.NotFound");
        assertThat(read(call("GET", "/api/ec2/vpcs/" + vpcId, null, "X-Netsim-Account", ACCOUNT_A, "X-Netsim-Region", "eu-west-1"))
                .get("ownerId").asString()).isEqualTo(ACCOUNT_A);
        assertProblem(call("GET", "/api/ec2/vpcs", null, "X-Netsim-Account", "12"), 400, "InvalidParameterValue");
        assertProblem(call("GET", "/api/ec2/vpcs", null, "X-Netsim-Region", "moon"), 400, "InvalidParameterValue");
    }

    @Test
    void resetWipesEverything() throws Exception {
        ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16"));
        route53().createHostedZone(r -> r.name("example.com").callerReference("r"));
        assertThat(call("POST", "/api/reset", null).statusCode()).isEqualTo(204);
        assertThat(ec2().describeVpcs().vpcs()).singleElement().satisfies(v -> assertThat(v.isDefault()).isTrue());
        assertThat(route53().listHostedZones().hostedZones()).isEmpty();
    }

    @Test
    void theSwaggerExamplesNameRealResourcesAndRun() throws Exception {
        // the examples in openapi/netsim.yaml are the default VPC and subnet of the default account and region
        String spec = send(HttpRequest.newBuilder(endpoint().resolve("/v3/api-docs.yaml")).GET()).body();
        String vpcId = read(call("GET", "/api/ec2/vpcs?filter=is-default=true", null)).get("items").get(0).get("vpcId").asString();
        String subnetId = read(call("GET", "/api/ec2/subnets?filter=availability-zone=us-east-1a&filter=default-for-az=true", null))
                .get("items").get(0).get("subnetId").asString();
        assertThat(spec).contains("example: " + vpcId).contains("example: " + subnetId).contains("example: 172.31.96.0/24");

        assertThat(call("GET", "/api/ec2/vpcs/" + vpcId, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/ec2/subnets/" + subnetId, null).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/ec2/subnets", "{\"vpcId\":\"" + vpcId + "\",\"cidrBlock\":\"172.31.96.0/24\","
                + "\"availabilityZone\":\"us-east-1a\",\"tags\":{\"Tier\":\"web\"}}").statusCode()).isEqualTo(201);
        assertThat(call("POST", "/api/ec2/vpcs", "{\"cidrBlock\":\"10.0.0.0/16\",\"instanceTenancy\":\"default\","
                + "\"tags\":{\"Name\":\"demo\"}}").statusCode()).isEqualTo(201);
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> health = call("GET", "/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(read(health).get("status").asString()).isEqualTo("UP");
    }
}
