package dev.netsim.simulation.reachability;

import static dev.netsim.simulation.reachability.Paths.codes;
import static dev.netsim.simulation.reachability.Paths.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.netsim.simulation.network.ComponentType;
import dev.netsim.simulation.network.IpProtocol;
import dev.netsim.simulation.network.LoadBalancerNode;

/**
 * Paths through Elastic Load Balancing v2: the internet to a private instance behind an ALB or an
 * NLB, with the listener, target group and address translation on the way, and each reason AWS gives
 * for a load balancer not passing the packets on.
 */
class LoadBalancerReachabilityTest {

    private static final String LB = "arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/app/web/0123456789abcdef";
    private static final String LISTENER = "arn:aws:elasticloadbalancing:us-east-1:000000000000:listener/app/web/0123456789abcdef/00000000000000a1";
    private static final String GROUP = "arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/app/00000000000000b2";

    private final ReachabilityAnalyzer analyzer = new ReachabilityAnalyzer();

    /**
     * Public subnets in two zones routed to the internet gateway, where the load balancer's nodes sit
     * (54.0.0.50 in 1a, 54.0.0.51 in 1b), and a private subnet in 1a with the application instance,
     * which has no public address and lets in 8080 from the load balancer's group only.
     */
    private static TestNetwork network() {
        return new TestNetwork()
                .vpc("vpc-a", "10.0.0.0/16")
                .subnet("subnet-pub-a", "vpc-a", "10.0.1.0/24", "us-east-1a")
                .subnet("subnet-pub-b", "vpc-a", "10.0.3.0/24", "us-east-1b")
                .subnet("subnet-app-a", "vpc-a", "10.0.2.0/24", "us-east-1a")
                .subnet("subnet-app-c", "vpc-a", "10.0.4.0/24", "us-east-1c")
                .internetGateway("igw-a", "vpc-a")
                .routeTable("rtb-pub", "vpc-a", "subnet-pub-a", "subnet-pub-b")
                .route("rtb-pub", "0.0.0.0/0", "igw-a")
                .securityGroup("sg-alb", "vpc-a")
                .ingress("sg-alb", "tcp", 80, 80, "0.0.0.0/0")
                .securityGroup("sg-app", "vpc-a")
                .ingress("sg-app", "tcp", 8080, 8080, "sg-alb")
                .instance("i-app", "subnet-app-a", "10.0.2.30", null, "sg-app")
                .instance("i-far", "subnet-app-c", "10.0.4.30", null, "sg-app")
                .loadBalancerInterface("eni-alb-a", "subnet-pub-a", "10.0.1.50", "54.0.0.50", "sg-alb")
                .loadBalancerInterface("eni-alb-b", "subnet-pub-b", "10.0.3.50", "54.0.0.51", "sg-alb");
    }

    private static LoadBalancerNode balancer(String type, boolean crossZone, List<LoadBalancerNode.TargetGroup> groups, String... groupIds) {
        return new LoadBalancerNode(LB, "web", type, "internet-facing", "vpc-a",
                List.of(new LoadBalancerNode.Zone("us-east-1a", "subnet-pub-a", "eni-alb-a"), new LoadBalancerNode.Zone("us-east-1b", "subnet-pub-b",
                        "eni-alb-b")), List.of(groupIds), crossZone,
                List.of(new LoadBalancerNode.Listener(LISTENER, 80, type.equals("network") ? "TCP" : "HTTP", groups)));
    }

    private static List<LoadBalancerNode.TargetGroup> app(boolean preservesClientIp, String... instances) {
        return List.of(new LoadBalancerNode.TargetGroup(GROUP, "app", preservesClientIp, null,
                java.util.Arrays.stream(instances).map(i -> new LoadBalancerNode.Target(i, 8080, null)).toList()));
    }

    private static TestNetwork alb() {
        return network().loadBalancer(balancer("application", true, app(false, "i-app", "i-far"), "sg-alb"));
    }

    private ReachabilityResult analyze(TestNetwork network, String destination, String destinationIp, int port) {
        return analyzer.analyze(network.build(), new ReachabilityQuery("igw-a", destination, null, destinationIp, IpProtocol.TCP, port, null, null));
    }

    @Test
    void theInternetReachesAPrivateInstanceThroughTheApplicationLoadBalancer() {
        ReachabilityResult result = analyze(alb(), "i-app", null, 80);

        assertThat(result.pathFound()).as(result.summary()).isTrue();
        assertThat(ids(result.forwardPath())).containsExactly("igw-a", "acl-vpc-a", "sg-alb", LB, LISTENER, GROUP, "sg-alb", "acl-vpc-a",
                "rtb-pub", "acl-vpc-a", "sg-app", "eni-app", "i-app");
        assertThat(result.forwardPath().get(0).inboundHeader().destinationAddresses()).as("the node in the instance's zone")
                .containsExactly("54.0.0.50");
        PathComponent group = result.forwardPath().get(5);
        assertThat(group.componentType()).isEqualTo(ComponentType.LOAD_BALANCER_TARGET_GROUP);
        assertThat(group.outboundHeader().sourceAddresses()).containsExactly("10.0.1.50");
        assertThat(group.outboundHeader().destinationAddresses()).containsExactly("10.0.2.30");
        assertThat(group.outboundHeader().destinationPortRanges()).extracting(r -> r.from() + "-" + r.to()).containsExactly("8080-8080");
        assertThat(group.additionalDetails()).containsExactly("REMAP_EPHEMERAL_PORT");
        assertThat(result.forwardPath().get(10).securityGroupRule().portRange().from()).isEqualTo(8080);

        assertThat(ids(result.returnPath())).containsExactly("i-app", "eni-app", "sg-app", "acl-vpc-a", "rtb-vpc-a", "acl-vpc-a", "sg-alb", LB,
                "acl-vpc-a", "rtb-pub", "igw-a");
        PathComponent answer = result.returnPath().get(7);
        assertThat(answer.outboundHeader().sourcePortRanges()).extracting(r -> r.from() + "-" + r.to()).containsExactly("80-80");
        assertThat(result.returnPath().get(10).outboundHeader().sourceAddresses()).containsExactly("54.0.0.50");
        assertThat(answer.sentence()).isEqualTo("web answers the clients from 10.0.1.50 port 80.");
    }

    @Test
    void theTargetsGroupMustLetTheLoadBalancerIn() {
        TestNetwork network = network();
        network.securityGroup("sg-closed", "vpc-a").ingress("sg-closed", "tcp", 8080, 8080, "10.9.9.9/32")
                .instance("i-shut", "subnet-app-a", "10.0.2.40", null, "sg-closed")
                .loadBalancer(balancer("application", true, app(false, "i-shut"), "sg-alb"));

        ReachabilityResult result = analyze(network, "i-shut", null, 80);

        assertThat(codes(result)).containsExactly("ENI_SG_RULES_MISMATCH");
        assertThat(result.explanations().get(0).networkInterfaceId()).isEqualTo("eni-shut");
        assertThat(ids(result.forwardPath())).contains(LB, LISTENER, GROUP);
    }

    @Test
    void aPortWithNoListenerStopsAtTheLoadBalancer() {
        ReachabilityResult result = analyze(alb().ingress("sg-alb", "tcp", 443, 443, "0.0.0.0/0"), "i-app", "54.0.0.50", 443);

        assertThat(codes(result)).containsExactly("ELBV2_LISTENERS_MISMATCH");
        assertThat(result.explanations().get(0).componentId()).isEqualTo(LB);
        assertThat(result.explanations().get(0).sentence()).isEqualTo("web has no listener for tcp to 10.0.1.50 port 443 (its listeners: HTTP:80).");
    }

    @Test
    void aListenerThatForwardsNowhereHasNoTargetGroup() {
        ReachabilityResult result = analyze(network().loadBalancer(balancer("application", true, List.of(), "sg-alb")), "i-app", "54.0.0.50", 80);

        assertThat(codes(result)).containsExactly("ELBV2_LISTENER_HAS_NO_TG");
        assertThat(result.explanations().get(0).componentId()).isEqualTo(LISTENER);
    }

    @Test
    void targetsOutsideTheLoadBalancersZonesGetNothing() {
        ReachabilityResult result = analyze(alb(), "i-far", "54.0.0.50", 80);

        assertThat(codes(result)).containsExactly("ELB_INSTALLED_AZ_RESTRICTION");
        assertThat(result.explanations().get(0).sentence()).endsWith("i-far is in us-east-1c.");
    }

    @Test
    void withoutCrossZoneANodeSendsOnlyToItsOwnZone() {
        TestNetwork network = network().ingress("sg-app", "tcp", 8080, 8080, "0.0.0.0/0")
                .loadBalancer(balancer("network", false, app(true, "i-app")));

        ReachabilityResult fromTheOtherZone = analyze(network, "i-app", "54.0.0.51", 80);
        assertThat(codes(fromTheOtherZone)).containsExactly("ELB_NOT_CROSSZONE");

        ReachabilityResult fromItsZone = analyze(network, "i-app", "54.0.0.50", 80);
        assertThat(fromItsZone.pathFound()).as(fromItsZone.summary()).isTrue();
    }

    @Test
    void aNetworkLoadBalancerThatPreservesClientAddressesNeedsTheTargetToLetTheClientsIn() {
        ReachabilityResult closed = analyze(network().loadBalancer(balancer("network", true, app(true, "i-app"))), "i-app", null, 80);
        assertThat(codes(closed)).as("sg-app lets in the load balancer's group, but the packets come from the internet").containsExactly(
                "ENI_SG_RULES_MISMATCH");

        TestNetwork open = network().ingress("sg-app", "tcp", 8080, 8080, "0.0.0.0/0")
                .loadBalancer(balancer("network", true, app(true, "i-app")));
        ReachabilityResult result = analyze(open, "i-app", null, 80);
        assertThat(result.pathFound()).as(result.summary()).isTrue();
        PathComponent group = result.forwardPath().stream().filter(c -> c.componentId().equals(GROUP)).findFirst().orElseThrow();
        assertThat(group.outboundHeader().sourceAddresses()).doesNotContain("10.0.1.50");
        assertThat(group.additionalDetails()).isEmpty();
        // the replies go back to the node that holds the flow, although the application subnet has no route to the internet
        assertThat(ids(result.returnPath())).containsSequence(LB, "acl-vpc-a", "rtb-pub", "igw-a");
    }

    @Test
    void theLoadBalancerSendsOnlyToTheTargetsRegisteredPort() {
        ReachabilityQuery query = new ReachabilityQuery("igw-a", "i-app", null, null, IpProtocol.TCP, 80, null,
                new ReachabilityQuery.PathFilter(null, null, null, dev.netsim.simulation.network.PortRange.single(80)));
        ReachabilityResult result = analyzer.analyze(alb().build(), query);

        assertThat(codes(result)).containsExactly("TARGET_PORT_RESTRICTION");
        assertThat(result.explanations().get(0).componentId()).isEqualTo(LB);
        assertThat(result.explanations().get(0).sentence()).startsWith("The load balancer sends only to the target's registered port 8080");
    }
}
