package dev.netsim.ec2;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import dev.netsim.support.TwoTierNetwork;
import software.amazon.awssdk.services.ec2.model.CreateNetworkInsightsPathResponse;
import software.amazon.awssdk.services.ec2.model.Explanation;
import software.amazon.awssdk.services.ec2.model.NetworkInsightsAnalysis;
import software.amazon.awssdk.services.ec2.model.NetworkInsightsPath;
import software.amazon.awssdk.services.ec2.model.PathComponent;
import software.amazon.awssdk.services.ec2.model.Protocol;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/** Reachability Analyzer through the EC2 API, as the SDK sends it. */
class NetworkInsightsWireTest extends NetsimIntegrationTest {

    private TwoTierNetwork net;

    @BeforeEach
    void buildNetwork() {
        net = TwoTierNetwork.build(ec2());
    }

    private NetworkInsightsPath path(String source, String destination, int port) {
        CreateNetworkInsightsPathResponse created = ec2().createNetworkInsightsPath(r -> r.source(source).destination(destination)
                .protocol(Protocol.TCP).destinationPort(port));
        return created.networkInsightsPath();
    }

    private NetworkInsightsAnalysis analyse(NetworkInsightsPath path) {
        String id = ec2().startNetworkInsightsAnalysis(r -> r.networkInsightsPathId(path.networkInsightsPathId()))
                .networkInsightsAnalysis().networkInsightsAnalysisId();
        return ec2().describeNetworkInsightsAnalyses(r -> r.networkInsightsAnalysisIds(id)).networkInsightsAnalyses().get(0);
    }

    private static List<String> ids(List<PathComponent> components) {
        return components.stream().map(c -> c.component().id()).toList();
    }

    @Test
    void pathEchoesItsInputsWithArns() {
        NetworkInsightsPath path = ec2().createNetworkInsightsPath(r -> r.source(net.internetGatewayId()).destination(net.webInstanceId())
                .protocol(Protocol.TCP).destinationPort(443)
                .tagSpecifications(t -> t.resourceType(ResourceType.NETWORK_INSIGHTS_PATH).tags(g -> g.key("Name").value("web-https"))))
                .networkInsightsPath();

        assertThat(path.networkInsightsPathId()).matches("nip-[0-9a-f]{17}");
        assertThat(path.networkInsightsPathArn()).isEqualTo("arn:aws:ec2:us-east-1:000000000000:network-insights-path/"
                + path.networkInsightsPathId());
        assertThat(path.sourceArn()).isEqualTo("arn:aws:ec2:us-east-1:000000000000:internet-gateway/" + net.internetGatewayId());
        assertThat(path.destinationArn()).endsWith(":instance/" + net.webInstanceId());
        assertThat(path.protocol()).isEqualTo(Protocol.TCP);
        assertThat(path.destinationPort()).isEqualTo(443);
        assertThat(path.createdDate()).isNotNull();
        assertThat(path.tags()).extracting(t -> t.value()).containsExactly("web-https");

        var described = ec2().describeNetworkInsightsPaths(r -> r.filters(f -> f.name("destination").values(net.webInstanceId())));
        assertThat(described.networkInsightsPaths()).extracting(NetworkInsightsPath::networkInsightsPathId)
                .containsExactly(path.networkInsightsPathId());
        assertThat(ec2().describeNetworkInsightsPaths(r -> r.filters(f -> f.name("tag:Name").values("web-https"))).networkInsightsPaths())
                .hasSize(1);
    }

    @Test
    void reachableAnalysisHasBothPaths() {
        NetworkInsightsAnalysis analysis = analyse(path(net.internetGatewayId(), net.webInstanceId(), 443));

        assertThat(analysis.statusAsString()).isEqualTo("succeeded");
        assertThat(analysis.networkPathFound()).isTrue();
        assertThat(analysis.networkInsightsAnalysisId()).matches("nia-[0-9a-f]{17}");
        assertThat(analysis.startDate()).isNotNull();
        List<PathComponent> forward = analysis.forwardPathComponents();
        assertThat(ids(forward)).startsWith(net.internetGatewayId()).endsWith(net.webGroupId(), forward.get(3).component().id(),
                net.webInstanceId());
        assertThat(forward.get(0).sequenceNumber()).isEqualTo(1);
        assertThat(forward.get(0).outboundHeader().destinationAddresses()).containsExactly("10.0.1.4");
        assertThat(forward.get(0).outboundHeader().protocol()).isEqualTo("6");
        assertThat(forward.get(1).aclRule().ruleNumber()).isEqualTo(100);
        assertThat(forward.get(1).aclRule().ruleAction()).isEqualTo("allow");
        assertThat(forward.get(2).securityGroupRule().securityGroupId()).isEqualTo(net.webGroupId());
        assertThat(forward.get(2).securityGroupRule().portRange().from()).isEqualTo(443);
        assertThat(forward.get(3).attachedTo().id()).isEqualTo(net.webInstanceId());
        assertThat(forward.get(3).vpc().id()).isEqualTo(net.vpcId());
        List<PathComponent> back = analysis.returnPathComponents();
        assertThat(ids(back)).endsWith(net.publicRouteTableId(), net.internetGatewayId());
        assertThat(back.get(back.size() - 2).routeTableRoute().gatewayId()).isEqualTo(net.internetGatewayId());
        assertThat(back.get(back.size() - 2).routeTableRoute().destinationCidr()).isEqualTo("0.0.0.0/0");
        assertThat(back.get(back.size() - 2).routeTableRoute().origin()).isEqualTo("createroute");
        assertThat(analysis.explanations()).isEmpty();
    }

    @Test
    void blockedAnalysisExplainsWithAwsCodes() {
        NetworkInsightsAnalysis analysis = analyse(path(net.internetGatewayId(), net.webInstanceId(), 22));

        assertThat(analysis.networkPathFound()).isFalse();
        Explanation why = analysis.explanations().get(0);
        assertThat(why.explanationCode()).isEqualTo("ENI_SG_RULES_MISMATCH");
        assertThat(why.direction()).isEqualTo("ingress");
        assertThat(why.securityGroups()).extracting(c -> c.id()).containsExactly(net.webGroupId());
        assertThat(why.networkInterface().id()).startsWith("eni-");
        assertThat(analysis.returnPathComponents()).isEmpty();
    }

    @Test
    void analysisKeepsTheAnswerOfItsMoment() {
        NetworkInsightsPath path = path(net.webInstanceId(), net.dbInstanceId(), 5432);
        NetworkInsightsAnalysis before = analyse(path);
        ec2().stopInstances(r -> r.instanceIds(net.dbInstanceId()));
        NetworkInsightsAnalysis after = analyse(path);

        assertThat(before.networkPathFound()).isTrue();
        assertThat(after.networkPathFound()).isFalse();
        assertThat(after.explanations().get(0).explanationCode()).isEqualTo("BAD_STATE");
        var again = ec2().describeNetworkInsightsAnalyses(r -> r.networkInsightsAnalysisIds(before.networkInsightsAnalysisId()))
                .networkInsightsAnalyses().get(0);
        assertThat(again.networkPathFound()).isTrue();
        assertThat(ec2().describeNetworkInsightsAnalyses(r -> r.networkInsightsPathId(path.networkInsightsPathId())
                .filters(f -> f.name("path-found").values("false"))).networkInsightsAnalyses())
                .extracting(NetworkInsightsAnalysis::networkInsightsAnalysisId).containsExactly(after.networkInsightsAnalysisId());
    }

    @Test
    void componentFiltersRequireThePathToCrossOrAvoid() {
        NetworkInsightsPath path = path(net.webInstanceId(), net.dbInstanceId(), 5432);
        String through = ec2().startNetworkInsightsAnalysis(r -> r.networkInsightsPathId(path.networkInsightsPathId())
                .filterInArns("arn:aws:ec2:us-east-1:000000000000:security-group/" + net.dbGroupId())).networkInsightsAnalysis()
                .networkInsightsAnalysisId();
        String avoiding = ec2().startNetworkInsightsAnalysis(r -> r.networkInsightsPathId(path.networkInsightsPathId())
                .filterOutArns("arn:aws:ec2:us-east-1:000000000000:security-group/" + net.dbGroupId())).networkInsightsAnalysis()
                .networkInsightsAnalysisId();

        var analyses = ec2().describeNetworkInsightsAnalyses(r -> r.networkInsightsAnalysisIds(through, avoiding)).networkInsightsAnalyses();
        assertThat(analyses).hasSize(2);
        NetworkInsightsAnalysis crossing = analyses.stream().filter(a -> a.networkInsightsAnalysisId().equals(through)).findFirst().orElseThrow();
        NetworkInsightsAnalysis excluded = analyses.stream().filter(a -> a.networkInsightsAnalysisId().equals(avoiding)).findFirst().orElseThrow();
        assertThat(crossing.networkPathFound()).isTrue();
        assertThat(crossing.filterInArns()).hasSize(1);
        assertThat(excluded.networkPathFound()).isFalse();
        assertThat(excluded.explanations().get(0).explanationCode()).isEqualTo("COMPONENT_FILTER_RESTRICTION");
    }

    @Test
    void pathsAcrossATransitGatewayFollowItsAttachmentsAndPropagatedRoutes() {
        String otherVpc = ec2().createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        String otherSubnet = ec2().createSubnet(r -> r.vpcId(otherVpc).cidrBlock("10.1.1.0/24").availabilityZone("us-east-1a")).subnet()
                .subnetId();
        String tgw = ec2().createTransitGateway(r -> { }).transitGateway().transitGatewayId();
        ec2().createTransitGatewayVpcAttachment(r -> r.transitGatewayId(tgw).vpcId(net.vpcId()).subnetIds(net.privateSubnetId()));
        ec2().createTransitGatewayVpcAttachment(r -> r.transitGatewayId(tgw).vpcId(otherVpc).subnetIds(otherSubnet));
        String otherMain = ec2().describeRouteTables(r -> r.filters(f -> f.name("vpc-id").values(otherVpc))).routeTables().get(0).routeTableId();
        String mainTable = ec2().describeRouteTables(r -> r.filters(f -> f.name("vpc-id").values(net.vpcId()),
                f -> f.name("association.main").values("true"))).routeTables().get(0).routeTableId();
        ec2().createRoute(r -> r.routeTableId(mainTable).destinationCidrBlock("10.1.0.0/16").transitGatewayId(tgw));
        ec2().createRoute(r -> r.routeTableId(otherMain).destinationCidrBlock("10.0.0.0/16").transitGatewayId(tgw));
        String sg = ec2().createSecurityGroup(r -> r.vpcId(otherVpc).groupName("svc").description("svc")).groupId();
        ec2().authorizeSecurityGroupIngress(r -> r.groupId(sg).ipPermissions(software.amazon.awssdk.services.ec2.model.IpPermission.builder()
                .ipProtocol("tcp").fromPort(8443).toPort(8443).ipRanges(i -> i.cidrIp("10.0.0.0/16")).build()));
        String service = ec2().runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(otherSubnet)
                .securityGroupIds(sg)).instances().get(0).instanceId();

        NetworkInsightsAnalysis analysis = analyse(path(net.dbInstanceId(), service, 8443));

        assertThat(analysis.networkPathFound()).as(String.valueOf(analysis.explanations())).isTrue();
        PathComponent table = analysis.forwardPathComponents().stream().filter(c -> c.component().id().startsWith("tgw-rtb-")).findFirst()
                .orElseThrow();
        assertThat(table.transitGateway().id()).isEqualTo(tgw);
        assertThat(table.transitGatewayRouteTableRoute().routeOrigin()).isEqualTo("propagated");
        assertThat(table.transitGatewayRouteTableRoute().destinationCidr()).isEqualTo("10.1.0.0/16");
        assertThat(ids(analysis.forwardPathComponents()).stream().filter(id -> id.startsWith("tgw-attach-"))).hasSize(2);
        assertThat(ids(analysis.returnPathComponents())).endsWith(net.dbInstanceId());
    }

    @Test
    void aPathFromTheVpnGatewayFollowsTheRouteBackToIt() {
        String vgw = ec2().createVpnGateway(r -> r.type("ipsec.1")).vpnGateway().vpnGatewayId();
        ec2().attachVpnGateway(r -> r.vpnGatewayId(vgw).vpcId(net.vpcId()));
        ec2().authorizeSecurityGroupIngress(r -> r.groupId(net.webGroupId()).ipPermissions(software.amazon.awssdk.services.ec2.model.IpPermission
                .builder().ipProtocol("tcp").fromPort(22).toPort(22).ipRanges(i -> i.cidrIp("192.168.0.0/16")).build()));
        String path = ec2().createNetworkInsightsPath(r -> r.source(vgw).destination(net.webInstanceId()).sourceIp("192.168.10.5")
                .protocol(Protocol.TCP).destinationPort(22)).networkInsightsPath().networkInsightsPathId();
        NetworkInsightsAnalysis withoutRoute = ec2().startNetworkInsightsAnalysis(r -> r.networkInsightsPathId(path)).networkInsightsAnalysis();
        ec2().createRoute(r -> r.routeTableId(net.publicRouteTableId()).destinationCidrBlock("192.168.0.0/16").gatewayId(vgw));
        NetworkInsightsAnalysis withRoute = ec2().startNetworkInsightsAnalysis(r -> r.networkInsightsPathId(path)).networkInsightsAnalysis();

        assertThat(withoutRoute.networkPathFound()).isFalse();
        assertThat(withoutRoute.explanations().get(0).explanationCode()).isEqualTo("IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS");
        assertThat(withRoute.networkPathFound()).as(String.valueOf(withRoute.explanations())).isTrue();
        assertThat(ids(withRoute.forwardPathComponents())).startsWith(vgw).endsWith(net.webInstanceId());
        assertThat(ids(withRoute.returnPathComponents())).endsWith(net.publicRouteTableId(), vgw);
    }

    @Test
    void aPathIntoAPeeredVpcOfAnotherAccountNamesItsComponentsWithTheirOwnersArns() {
        var a = ec2(ACCOUNT_A, software.amazon.awssdk.regions.Region.US_EAST_1);
        var b = ec2(ACCOUNT_B, software.amazon.awssdk.regions.Region.US_EAST_1);
        String vpcA = a.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String subnetA = a.createSubnet(r -> r.vpcId(vpcA).cidrBlock("10.0.1.0/24")).subnet().subnetId();
        String vpcB = b.createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        String subnetB = b.createSubnet(r -> r.vpcId(vpcB).cidrBlock("10.1.1.0/24")).subnet().subnetId();
        String pcx = a.createVpcPeeringConnection(r -> r.vpcId(vpcA).peerVpcId(vpcB).peerOwnerId(ACCOUNT_B)).vpcPeeringConnection()
                .vpcPeeringConnectionId();
        b.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx));
        String tableA = a.describeRouteTables(r -> r.filters(f -> f.name("vpc-id").values(vpcA))).routeTables().get(0).routeTableId();
        String tableB = b.describeRouteTables(r -> r.filters(f -> f.name("vpc-id").values(vpcB))).routeTables().get(0).routeTableId();
        a.createRoute(r -> r.routeTableId(tableA).destinationCidrBlock("10.1.0.0/16").vpcPeeringConnectionId(pcx));
        b.createRoute(r -> r.routeTableId(tableB).destinationCidrBlock("10.0.0.0/16").vpcPeeringConnectionId(pcx));
        String groupB = b.describeSecurityGroups(r -> r.filters(f -> f.name("vpc-id").values(vpcB))).securityGroups().get(0).groupId();
        b.authorizeSecurityGroupIngress(r -> r.groupId(groupB).ipPermissions(software.amazon.awssdk.services.ec2.model.IpPermission.builder()
                .ipProtocol("tcp").fromPort(443).toPort(443).ipRanges(i -> i.cidrIp("10.0.0.0/16")).build()));
        String instanceA = a.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(subnetA)).instances().get(0)
                .instanceId();
        String instanceB = b.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(subnetB)).instances().get(0)
                .instanceId();

        String path = a.createNetworkInsightsPath(r -> r.source(instanceA).destination("arn:aws:ec2:us-east-1:" + ACCOUNT_B + ":instance/"
                + instanceB).protocol(Protocol.TCP).destinationPort(443)).networkInsightsPath().networkInsightsPathId();
        NetworkInsightsAnalysis analysis = a.startNetworkInsightsAnalysis(r -> r.networkInsightsPathId(path)).networkInsightsAnalysis();

        assertThat(analysis.networkPathFound()).as(String.valueOf(analysis.explanations())).isTrue();
        PathComponent last = analysis.forwardPathComponents().get(analysis.forwardPathComponents().size() - 1);
        assertThat(last.component().arn()).isEqualTo("arn:aws:ec2:us-east-1:" + ACCOUNT_B + ":instance/" + instanceB);
        assertThat(analysis.forwardPathComponents().get(0).component().arn()).contains(":" + ACCOUNT_A + ":instance/");
    }

    @Test
    void aPathWithAnalysesCannotBeDeleted() {
        NetworkInsightsPath path = path(net.internetGatewayId(), net.webInstanceId(), 443);
        NetworkInsightsAnalysis analysis = analyse(path);

        assertAwsError(() -> ec2().deleteNetworkInsightsPath(r -> r.networkInsightsPathId(path.networkInsightsPathId())), "DependencyViolation", 400);

        assertThat(ec2().deleteNetworkInsightsAnalysis(r -> r.networkInsightsAnalysisId(analysis.networkInsightsAnalysisId()))
                .networkInsightsAnalysisId()).isEqualTo(analysis.networkInsightsAnalysisId());
        assertThat(ec2().deleteNetworkInsightsPath(r -> r.networkInsightsPathId(path.networkInsightsPathId())).networkInsightsPathId())
                .isEqualTo(path.networkInsightsPathId());
        assertThat(ec2().describeNetworkInsightsPaths(r -> { }).networkInsightsPaths()).isEmpty();
    }

    @Test
    void aTerminatedSourceIsABadState() {
        NetworkInsightsPath path = path(net.webInstanceId(), net.dbInstanceId(), 5432);
        ec2().terminateInstances(r -> r.instanceIds(net.webInstanceId()));

        NetworkInsightsAnalysis analysis = analyse(path);
        assertThat(analysis.statusAsString()).isEqualTo("succeeded");
        assertThat(analysis.networkPathFound()).isFalse();
        assertThat(analysis.explanations().get(0).explanationCode()).isEqualTo("BAD_STATE");
        assertThat(analysis.explanations().get(0).component().id()).isEqualTo(net.webInstanceId());
    }

    @Test
    void aDestinationDeletedSinceThePathWasMadeFailsTheAnalysis() {
        String eni = ec2().createNetworkInterface(r -> r.subnetId(net.privateSubnetId())).networkInterface().networkInterfaceId();
        NetworkInsightsPath path = path(net.webInstanceId(), eni, 5432);
        ec2().deleteNetworkInterface(r -> r.networkInterfaceId(eni));

        NetworkInsightsAnalysis analysis = analyse(path);
        assertThat(analysis.statusAsString()).isEqualTo("failed");
        assertThat(analysis.statusMessage()).contains(eni);
        assertThat(analysis.networkPathFound()).isNull();
    }

    @Test
    void sameClientTokenGivesTheSamePath() {
        String first = ec2().createNetworkInsightsPath(r -> r.source(net.webInstanceId()).destination(net.dbInstanceId()).protocol(Protocol.TCP)
                .clientToken("token-1")).networkInsightsPath().networkInsightsPathId();
        String second = ec2().createNetworkInsightsPath(r -> r.source(net.webInstanceId()).destination(net.dbInstanceId()).protocol(Protocol.TCP)
                .clientToken("token-1")).networkInsightsPath().networkInsightsPathId();

        assertThat(second).isEqualTo(first);
        assertAwsError(() -> ec2().createNetworkInsightsPath(r -> r.source(net.webInstanceId()).destination(net.dbInstanceId())
                .protocol(Protocol.UDP).clientToken("token-1")), "IdempotentParameterMismatch", 400);
    }

    @Test
    void badInputGetsTheAwsErrorAndMakesNothing() {
        assertAwsError(() -> ec2().createNetworkInsightsPath(r -> r.source("i-0123456789abcdef0").destination(net.webInstanceId())
                .protocol(Protocol.TCP)), "InvalidInstanceID.NotFound", 400);
        assertAwsError(() -> ec2().createNetworkInsightsPath(r -> r.source(net.publicSubnetId()).destination(net.webInstanceId())
                .protocol(Protocol.TCP)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createNetworkInsightsPath(r -> r.source(net.webInstanceId()).protocol(Protocol.TCP)), "MissingParameter", 400);
        assertAwsError(() -> ec2().createNetworkInsightsPath(r -> r.source(net.webInstanceId()).destination(net.dbInstanceId())
                .protocol(Protocol.TCP).sourceIp("10.0.1.4").filterAtSource(f -> f.sourceAddress("10.0.1.4"))), "InvalidParameterCombination", 400);
        assertAwsError(() -> ec2().startNetworkInsightsAnalysis(r -> r.networkInsightsPathId("nip-0123456789abcdef0")),
                "InvalidNetworkInsightsPathId.NotFound", 400);
        assertAwsError(() -> ec2().startNetworkInsightsAnalysis(r -> r.networkInsightsPathId("nope")), "InvalidNetworkInsightsPathId.Malformed", 400);
        assertAwsError(() -> ec2().deleteNetworkInsightsAnalysis(r -> r.networkInsightsAnalysisId("nia-0123456789abcdef0")),
                "InvalidNetworkInsightsAnalysisId.NotFound", 400);
        assertAwsError(() -> ec2().describeNetworkInsightsPaths(r -> r.maxResults(101)), "InvalidParameterValue", 400);
        assertThat(ec2().describeNetworkInsightsPaths(r -> { }).networkInsightsPaths()).isEmpty();
    }

    @Test
    void pathsArePagedByMaxResults() {
        for (int port = 1; port <= 3; port++) {
            path(net.webInstanceId(), net.dbInstanceId(), port);
        }
        var first = ec2().describeNetworkInsightsPaths(r -> r.maxResults(2));
        assertThat(first.networkInsightsPaths()).hasSize(2);
        var rest = ec2().describeNetworkInsightsPaths(r -> r.maxResults(2).nextToken(first.nextToken()));
        assertThat(rest.networkInsightsPaths()).hasSize(1);
        assertThat(rest.nextToken()).isNull();
        assertThat(ec2().describeNetworkInsightsPathsPaginator(r -> r.maxResults(1)).networkInsightsPaths()).hasSize(3);
    }
}
