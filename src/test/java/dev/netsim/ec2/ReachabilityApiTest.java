package dev.netsim.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import dev.netsim.support.TwoTierNetwork;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/simulate/reachability} and its matrix over a network built with the SDK. */
class ReachabilityApiTest extends NetsimIntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private TwoTierNetwork net;

    @BeforeEach
    void buildNetwork() {
        net = TwoTierNetwork.build(ec2());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(endpoint().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode analyze(String source, String destination, String protocol, Integer port) throws Exception {
        HttpResponse<String> response = post("/api/simulate/reachability", "{\"source\":\"" + source + "\",\"destination\":\"" + destination
                + "\",\"protocol\":\"" + protocol + "\"" + (port == null ? "" : ",\"destinationPort\":" + port) + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> ids(JsonNode path) {
        List<String> ids = new ArrayList<>();
        path.forEach(hop -> ids.add(hop.get("componentId").asString()));
        return ids;
    }

    private String eniOf(String instanceId) {
        return ec2().describeInstances(r -> r.instanceIds(instanceId)).reservations().get(0).instances().get(0).networkInterfaces().get(0)
                .networkInterfaceId();
    }

    private String defaultAclOf(String vpcId) {
        return ec2().describeNetworkAcls(r -> r.filters(f -> f.name("vpc-id").values(vpcId), f -> f.name("default").values("true")))
                .networkAcls().get(0).networkAclId();
    }

    @Test
    void webServerIsReachableFromTheInternetOnHttpsWithEveryHop() throws Exception {
        JsonNode result = analyze(net.internetGatewayId(), net.webInstanceId(), "tcp", 443);

        assertThat(result.get("pathFound").asBoolean()).as(result.toString()).isTrue();
        String acl = defaultAclOf(net.vpcId());
        String eni = eniOf(net.webInstanceId());
        assertThat(ids(result.get("forwardPath"))).containsExactly(net.internetGatewayId(), acl, net.webGroupId(), eni, net.webInstanceId());
        assertThat(ids(result.get("returnPath"))).containsExactly(net.webInstanceId(), eni, net.webGroupId(), acl, net.publicRouteTableId(),
                net.internetGatewayId());
        JsonNode rule = result.get("forwardPath").get(2).get("securityGroupRule");
        assertThat(rule.get("ruleId").asString()).startsWith("sgr-");
        assertThat(rule.get("cidr").asString()).isEqualTo("0.0.0.0/0");
        assertThat(result.get("forwardPath").get(0).get("sentence").asString()).contains("translates the destination");
        assertThat(result.get("summary").asString()).endsWith("and the replies come back.");
    }

    @Test
    void rdpIsBlockedByTheWebServersGroup() throws Exception {
        JsonNode result = analyze(net.internetGatewayId(), net.webInstanceId(), "tcp", 3389);

        assertThat(result.get("pathFound").asBoolean()).isFalse();
        JsonNode explanation = result.get("explanations").get(0);
        assertThat(explanation.get("code").asString()).isEqualTo("ENI_SG_RULES_MISMATCH");
        assertThat(explanation.get("direction").asString()).isEqualTo("INGRESS");
        assertThat(explanation.get("securityGroupIds").get(0).asString()).isEqualTo(net.webGroupId());
        assertThat(explanation.get("sentence").asString()).contains("tcp to").contains("port 3389");
    }

    @Test
    void databaseAdmitsTheWebTierOnlyAndNeverTheInternet() throws Exception {
        assertThat(analyze(net.webInstanceId(), net.dbInstanceId(), "tcp", 5432).get("pathFound").asBoolean()).isTrue();
        JsonNode fromInternet = analyze(net.internetGatewayId(), net.dbInstanceId(), "tcp", 5432);
        assertThat(fromInternet.get("explanations").get(0).get("code").asString()).isEqualTo("IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
    }

    @Test
    void aWriteIsSeenByTheNextAnalysis() throws Exception {
        assertThat(analyze(net.internetGatewayId(), net.webInstanceId(), "tcp", 443).get("pathFound").asBoolean()).isTrue();

        ec2().revokeSecurityGroupIngress(r -> r.groupId(net.webGroupId()).ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(443)
                .toPort(443).ipRanges(i -> i.cidrIp("0.0.0.0/0")).build()));

        JsonNode after = analyze(net.internetGatewayId(), net.webInstanceId(), "tcp", 443);
        assertThat(after.get("pathFound").asBoolean()).isFalse();
        assertThat(after.get("explanations").get(0).get("code").asString()).isEqualTo("SG_HAS_NO_RULES");
    }

    @Test
    void aStoppedInstanceIsReportedAsSuch() throws Exception {
        ec2().stopInstances(r -> r.instanceIds(net.dbInstanceId()));

        JsonNode result = analyze(net.webInstanceId(), net.dbInstanceId(), "tcp", 5432);
        assertThat(result.get("explanations").get(0).get("code").asString()).isEqualTo("BAD_STATE");
        assertThat(result.get("explanations").get(0).get("componentId").asString()).isEqualTo(net.dbInstanceId());
    }

    @Test
    void matrixGivesOneCellPerSourceDestinationAndPortLeavingOutSelfPairs() throws Exception {
        HttpResponse<String> response = post("/api/simulate/reachability/matrix", "{\"sources\":[\"" + net.internetGatewayId() + "\",\""
                + net.webInstanceId() + "\"],\"destinations\":[\"" + net.webInstanceId() + "\",\"" + net.dbInstanceId() + "\"],"
                + "\"protocol\":\"tcp\",\"ports\":[443,5432]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode matrix = json.readTree(response.body());

        assertThat(matrix.get("cells")).hasSize(6);
        assertThat(matrix.get("reachable").asInt()).isEqualTo(2);
        assertThat(matrix.get("blocked").asInt()).isEqualTo(4);
        JsonNode first = matrix.get("cells").get(0);
        assertThat(first.get("source").asString()).isEqualTo(net.internetGatewayId());
        assertThat(first.get("port").asInt()).isEqualTo(443);
        assertThat(first.get("reachable").asBoolean()).isTrue();
    }

    @Test
    void natGatewayViewListsTheTranslationsAnalysesSaw() throws Exception {
        String allocation = ec2().allocateAddress(r -> r.domain("vpc")).allocationId();
        String nat = ec2().createNatGateway(r -> r.subnetId(net.publicSubnetId()).allocationId(allocation)).natGateway().natGatewayId();
        String mainTable = ec2().describeRouteTables(r -> r.filters(f -> f.name("vpc-id").values(net.vpcId()),
                f -> f.name("association.main").values("true"))).routeTables().get(0).routeTableId();
        ec2().createRoute(r -> r.routeTableId(mainTable).destinationCidrBlock("0.0.0.0/0").natGatewayId(nat));
        String path = ec2().createNetworkInsightsPath(r -> r.source(net.dbInstanceId()).destinationIp("93.184.216.34")
                .protocol(software.amazon.awssdk.services.ec2.model.Protocol.TCP).destinationPort(443)).networkInsightsPath()
                .networkInsightsPathId();
        var analysis = ec2().startNetworkInsightsAnalysis(r -> r.networkInsightsPathId(path)).networkInsightsAnalysis();
        assertThat(analysis.networkPathFound()).as(String.valueOf(analysis.explanations())).isTrue();

        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint().resolve("/api/simulate/nat-gateways/" + nat + "/translations")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode translation = json.readTree(response.body()).get("translations").get(0);
        String publicIp = ec2().describeNatGateways(r -> r.natGatewayIds(nat)).natGateways().get(0).natGatewayAddresses().get(0).publicIp();
        String dbIp = ec2().describeInstances(r -> r.instanceIds(net.dbInstanceId())).reservations().get(0).instances().get(0).privateIpAddress();
        assertThat(translation.get("networkInsightsAnalysisId").asString()).isEqualTo(analysis.networkInsightsAnalysisId());
        assertThat(translation.get("translation").get("privateSources").get(0).asString()).isEqualTo(dbIp);
        assertThat(translation.get("translation").get("publicSources").get(0).asString()).isEqualTo(publicIp);
        assertThat(translation.get("translation").get("natSourcePorts").get(0).get("from").asInt()).isEqualTo(1024);
        assertThat(translation.get("translation").get("destinations").get(0).asString()).isEqualTo("93.184.216.34");

        HttpResponse<String> unknown = send(HttpRequest.newBuilder(endpoint().resolve("/api/simulate/nat-gateways/nat-0123456789abcdef0/translations")));
        assertProblem(unknown, 404, "NatGatewayNotFound");
    }

    @Test
    void badQuestionsGetTheAwsErrorAndChangeNothing() throws Exception {
        assertProblem(post("/api/simulate/reachability", "{\"destination\":\"" + net.webInstanceId() + "\",\"protocol\":\"tcp\"}"),
                "MissingParameter");
        assertProblem(post("/api/simulate/reachability", "{\"source\":\"i-0123456789abcdef0\",\"destination\":\"" + net.webInstanceId()
                + "\",\"protocol\":\"tcp\"}"), 404, "InvalidInstanceID.NotFound");
        assertProblem(post("/api/simulate/reachability", "{\"source\":\"" + net.publicSubnetId() + "\",\"destination\":\"" + net.webInstanceId()
                + "\",\"protocol\":\"tcp\"}"), "InvalidParameterValue");
        assertProblem(post("/api/simulate/reachability", "{\"source\":\"" + net.webInstanceId() + "\",\"destination\":\"" + net.dbInstanceId()
                + "\",\"protocol\":\"icmp\"}"), "InvalidParameterValue");
        assertProblem(post("/api/simulate/reachability", "{\"source\":\"" + net.webInstanceId() + "\",\"destinationIp\":\"10.0.0.0/8\","
                + "\"protocol\":\"tcp\"}"), "InvalidParameterValue");
        assertProblem(post("/api/simulate/reachability", "{\"source\":\"" + net.webInstanceId() + "\",\"destination\":\"" + net.dbInstanceId()
                + "\",\"protocol\":\"tcp\",\"destinationPort\":70000}"), "InvalidParameterValue");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("\"" + net.webInstanceId() + "\"");
        }
        assertProblem(post("/api/simulate/reachability/matrix", "{\"sources\":[" + String.join(",", many) + "],\"destinations\":["
                + String.join(",", many.subList(0, 100)) + "],\"protocol\":\"tcp\"}"), "InvalidParameterValue");
        assertProblem(post("/api/simulate/reachability/matrix", "{\"destinations\":[\"" + net.webInstanceId() + "\"],\"protocol\":\"tcp\"}"),
                "MissingParameter");
    }

    private void assertProblem(HttpResponse<String> response, String code) {
        assertProblem(response, 400, code);
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo(code);
    }
}
