package dev.netsim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every EC2 action through the JSON door: AWS shapes in and out, AWS codes as problem+json. */
class Ec2ActionApiTest extends NetsimIntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> action(String action, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint().resolve("/api/ec2/actions/" + action))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json.readTree(response.body()).path("code").asString()).isEqualTo(code);
    }

    /** The operations issue 14 added answer through the JSON door as through the wire. */
    @Test
    void theNewerOperationsAnswerThroughJsonToo() throws Exception {
        HttpResponse<String> listed = send(HttpRequest.newBuilder(endpoint().resolve("/api/ec2/actions")));
        assertThat(json.readTree(listed.body()).valueStream().map(JsonNode::asString)).contains("ModifyVpcPeeringConnectionOptions",
                "ModifyTransitGateway", "UpdateSecurityGroupRuleDescriptionsIngress", "UpdateSecurityGroupRuleDescriptionsEgress",
                "DescribeNetworkInterfaceAttribute", "CreateDefaultVpc", "ModifyVpcTenancy", "DescribeInstanceCreditSpecifications",
                "ModifyInstanceCreditSpecification", "AssignIpv6Addresses", "UnassignIpv6Addresses");
        String tgw = ok(action("CreateTransitGateway", "{}")).path("TransitGateway").path("TransitGatewayId").asString();
        JsonNode modified = ok(action("ModifyTransitGateway", "{\"TransitGatewayId\": \"" + tgw + "\", \"Description\": \"hub\", "
                + "\"Options\": {\"DnsSupport\": \"disable\"}}"));
        assertThat(modified.path("TransitGateway").path("Description").asString()).isEqualTo("hub");
        assertThat(modified.path("TransitGateway").path("Options").path("DnsSupport").asString()).isEqualTo("disable");
        assertProblem(action("CreateDefaultVpc", "{}"), 400, "DefaultVpcAlreadyExists");
        assertThat(ok(action("DescribeInstanceCreditSpecifications", "{}")).path("InstanceCreditSpecifications")).isEmpty();
    }

    @Test
    void aNetworkBuiltThroughJsonIsTheOneTheWireSees() throws Exception {
        String vpcId = ok(action("CreateVpc", "{\"CidrBlock\": \"10.0.0.0/16\", \"TagSpecifications\": [{\"ResourceType\": \"vpc\", "
                + "\"Tags\": [{\"Key\": \"Name\", \"Value\": \"json\"}]}]}")).path("Vpc").path("VpcId").asString();
        String tableId = ok(action("CreateRouteTable", "{\"VpcId\": \"" + vpcId + "\"}")).path("RouteTable").path("RouteTableId").asString();
        String igw = ok(action("CreateInternetGateway", "{}")).path("InternetGateway").path("InternetGatewayId").asString();
        ok(action("AttachInternetGateway", "{\"InternetGatewayId\": \"" + igw + "\", \"VpcId\": \"" + vpcId + "\"}"));
        JsonNode route = ok(action("CreateRoute", "{\"RouteTableId\": \"" + tableId + "\", \"DestinationCidrBlock\": \"0.0.0.0/0\", "
                + "\"GatewayId\": \"" + igw + "\"}"));
        assertThat(route.path("Return").asBoolean()).as(route.toString()).isTrue();

        JsonNode tables = ok(action("DescribeRouteTables", "{\"Filters\": [{\"Name\": \"route.gateway-id\", \"Values\": [\"" + igw + "\"]}]}"));
        assertThat(tables.path("RouteTables")).hasSize(1);
        assertThat(tables.path("RouteTables").get(0).path("Routes").get(1).path("State").asString()).isEqualTo("active");
        assertThat(ec2().describeRouteTables(r -> r.routeTableIds(tableId)).routeTables().get(0).routes()).hasSize(2);
        assertThat(ec2().describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0).tags().get(0).value()).isEqualTo("json");

        HttpResponse<String> listed = send(HttpRequest.newBuilder(endpoint().resolve("/api/ec2/actions")));
        assertThat(json.readTree(listed.body()).valueStream().map(JsonNode::asString)).contains("CreateVpc", "DescribeTransitGateways");
    }

    @Test
    void theSwaggerExampleRuns() throws Exception {
        // the request body example of POST /api/ec2/actions/{action} in openapi/netsim.yaml, with its example action
        JsonNode tables = ok(action("DescribeRouteTables", "{\"Filters\": [{\"Name\": \"association.main\", \"Values\": [\"true\"]}]}"));
        assertThat(tables.path("RouteTables")).singleElement().satisfies(t -> assertThat(t.path("Associations").get(0).path("Main").asBoolean()).isTrue());
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("openapi/netsim.yaml")))
                .contains("- Name: association.main").contains("example: DescribeRouteTables");
    }

    @Test
    void errorsAndDryRunAreTheWireOnes() throws Exception {
        assertProblem(action("DescribeVpcs", "{\"VpcIds\": [\"vpc-0123456789abcdef0\"]}"), 404, "InvalidVpcID.NotFound");
        assertProblem(action("CreateVpc", "{\"CidrBlock\": \"10.0.0.0/16\", \"Colour\": \"red\"}"), 400, "UnknownParameter");
        assertProblem(action("CreateVpc", "{\"CidrBlock\": [\"10.0.0.0/16\"]}"), 400, "InvalidParameterValue");
        assertProblem(action("CreateVpc", "{\"CidrBlock\": \"10.0.0.0/16\", \"DryRun\": true}"), 412, "DryRunOperation");
        assertProblem(action("LaunchRockets", "{}"), 404, "InvalidAction");
        assertProblem(action("CreateVpc", "[1, 2]"), 400, "InvalidParameterValue");
        assertThat(ec2().describeVpcs(r -> r.filters(f -> f.name("is-default").values("false"))).vpcs()).isEmpty();

        String other = ok(action("CreateVpc", "{\"CidrBlock\": \"10.1.0.0/16\"}", "X-Netsim-Account", ACCOUNT_B)).path("Vpc").path("OwnerId").asString();
        assertThat(other).isEqualTo(ACCOUNT_B);
    }
}
