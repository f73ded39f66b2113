package dev.netsim.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import dev.netsim.support.TwoTierNetwork;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.NetworkInsightsAnalysis;
import software.amazon.awssdk.services.ec2.model.PathComponent;
import software.amazon.awssdk.services.ec2.model.Protocol;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;

/**
 * Reachability Analyzer through a load balancer built with the ELBv2 API: the internet reaches the
 * private database tier's instance only through the internet-facing ALB that forwards to it.
 */
class LoadBalancerReachabilityWireTest extends NetsimIntegrationTest {

    private TwoTierNetwork net;
    private String loadBalancerArn;
    private String albGroup;
    private String appGroup;
    private String appInstance;

    @BeforeEach
    void network() {
        net = TwoTierNetwork.build(ec2());
        String secondPublic = ec2().createSubnet(r -> r.vpcId(net.vpcId()).cidrBlock("10.0.3.0/24").availabilityZone("us-east-1b"))
                .subnet().subnetId();
        ec2().associateRouteTable(r -> r.routeTableId(net.publicRouteTableId()).subnetId(secondPublic));
        albGroup = ec2().createSecurityGroup(r -> r.vpcId(net.vpcId()).groupName("alb").description("alb")).groupId();
        ec2().authorizeSecurityGroupIngress(r -> r.groupId(albGroup).ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(80)
                .toPort(80).ipRanges(x -> x.cidrIp("0.0.0.0/0")).build()));
        appGroup = ec2().createSecurityGroup(r -> r.vpcId(net.vpcId()).groupName("app").description("app")).groupId();
        String app = ec2().runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(net.privateSubnetId())
                .securityGroupIds(appGroup)).instances().get(0).instanceId();
        loadBalancerArn = elbv2().createLoadBalancer(r -> r.name("web").subnets(net.publicSubnetId(), secondPublic).securityGroups(albGroup))
                .loadBalancers().get(0).loadBalancerArn();
        String group = elbv2().createTargetGroup(r -> r.name("app").protocol(ProtocolEnum.HTTP).port(8080).vpcId(net.vpcId()))
                .targetGroups().get(0).targetGroupArn();
        elbv2().registerTargets(r -> r.targetGroupArn(group).targets(TargetDescription.builder().id(app).build()));
        elbv2().createListener(r -> r.loadBalancerArn(loadBalancerArn).port(80).protocol(ProtocolEnum.HTTP)
                .defaultActions(Action.builder().type(ActionTypeEnum.FORWARD).targetGroupArn(group).build()));
        appInstance = app;
    }

    private NetworkInsightsAnalysis analyse(int port) {
        String path = ec2().createNetworkInsightsPath(r -> r.source(net.internetGatewayId()).destination(appInstance).protocol(Protocol.TCP)
                .destinationPort(port)).networkInsightsPath().networkInsightsPathId();
        return ec2().startNetworkInsightsAnalysis(r -> r.networkInsightsPathId(path)).networkInsightsAnalysis();
    }

    private static List<String> ids(List<PathComponent> components) {
        return components.stream().map(c -> c.component().id()).toList();
    }

    @Test
    void theInternetReachesThePrivateInstanceOnlyThroughTheLoadBalancerAndItsGroups() {
        NetworkInsightsAnalysis blocked = analyse(80);
        assertThat(blocked.networkPathFound()).isFalse();
        assertThat(blocked.explanations().get(0).explanationCode()).isEqualTo("SG_HAS_NO_RULES");
        assertThat(blocked.explanations().get(0).securityGroup().id()).isEqualTo(appGroup);
        assertThat(ids(blocked.forwardPathComponents())).contains(loadBalancerArn);

        ec2().authorizeSecurityGroupIngress(r -> r.groupId(appGroup).ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(8080)
                .toPort(8080).userIdGroupPairs(UserIdGroupPair.builder().groupId(albGroup).build()).build()));
        NetworkInsightsAnalysis found = analyse(80);
        assertThat(found.networkPathFound()).isTrue();
        List<PathComponent> forward = found.forwardPathComponents();
        int lb = ids(forward).indexOf(loadBalancerArn);
        assertThat(forward.get(lb).component().arn()).isEqualTo(loadBalancerArn);
        assertThat(forward.get(lb + 1).component().arn()).contains(":listener/app/web/");
        assertThat(forward.get(lb + 2).component().arn()).contains(":targetgroup/app/");
        assertThat(forward.get(lb + 2).outboundHeader().destinationPortRanges().get(0).from()).isEqualTo(8080);
        assertThat(ids(forward)).endsWith(appInstance);
        assertThat(ids(found.returnPathComponents())).endsWith(net.internetGatewayId());

        NetworkInsightsAnalysis otherPort = analyse(443);
        assertThat(otherPort.networkPathFound()).isFalse();
        assertThat(otherPort.explanations().get(0).explanationCode()).isEqualTo("IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
    }

    @Test
    void internetFacingNodesHavePublicAddresses() {
        var interfaces = ec2().describeNetworkInterfaces(r -> r.filters(f -> f.name("requester-managed").values("true"))).networkInterfaces();
        assertThat(interfaces).hasSize(2).allSatisfy(eni -> assertThat(eni.association().publicIp()).isNotNull());
        assertThat(interfaces).allSatisfy(eni -> assertThat(eni.groups()).extracting(g -> g.groupId()).containsExactly(albGroup));
    }
}
