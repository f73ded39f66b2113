package dev.netsim.simulation.reachability;

import static dev.netsim.simulation.network.Direction.EGRESS;
import static dev.netsim.simulation.network.Direction.INGRESS;
import static dev.netsim.simulation.network.RuleAction.ALLOW;
import static dev.netsim.simulation.network.RuleAction.DENY;
import static dev.netsim.simulation.reachability.Paths.codes;
import static dev.netsim.simulation.reachability.Paths.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.netsim.simulation.network.ComponentType;
import dev.netsim.simulation.network.IpProtocol;
import dev.netsim.simulation.network.NetworkSnapshot;
import dev.netsim.simulation.network.PortRange;

/**
 * Reachability scenarios, each a small network as one would build it on AWS, asserting whether the
 * path is found and the exact hops, or the explanation code that blocks it.
 */
class ReachabilityScenariosTest {

    private final ReachabilityAnalyzer analyzer = new ReachabilityAnalyzer();

    /**
     * A two-tier VPC: a public subnet routed to the internet gateway (web server with a public
     * address, NAT gateway) and a private subnet whose main table sends everything to the NAT gateway.
     */
    static TestNetwork twoTier() {
        return new TestNetwork()
                .vpc("vpc-a", "10.0.0.0/16")
                .subnet("subnet-pub", "vpc-a", "10.0.1.0/24", "us-east-1a")
                .subnet("subnet-priv", "vpc-a", "10.0.2.0/24", "us-east-1a")
                .internetGateway("igw-a", "vpc-a")
                .routeTable("rtb-pub", "vpc-a", "subnet-pub")
                .route("rtb-pub", "0.0.0.0/0", "igw-a")
                .natGateway("nat-a", "subnet-pub", "10.0.1.100", "52.0.0.100")
                .route("rtb-vpc-a", "0.0.0.0/0", "nat-a")
                .securityGroup("sg-web", "vpc-a")
                .ingress("sg-web", "tcp", 443, 443, "0.0.0.0/0")
                .ingress("sg-web", "tcp", 22, 22, "203.0.113.0/24")
                .securityGroup("sg-db", "vpc-a")
                .ingress("sg-db", "tcp", 5432, 5432, "sg-web")
                .securityGroup("sg-app", "vpc-a")
                .instance("i-web", "subnet-pub", "10.0.1.10", "54.0.0.10", "sg-web")
                .instance("i-db", "subnet-priv", "10.0.2.20", null, "sg-db")
                .instance("i-app", "subnet-priv", "10.0.2.30", null, "sg-app");
    }

    private ReachabilityResult analyze(TestNetwork network, String source, String destination, String protocol, Integer port) {
        return analyzer.analyze(network.build(), ReachabilityQuery.between(source, destination, IpProtocol.parse(protocol), port));
    }

    private ReachabilityResult analyzeToIp(TestNetwork network, String source, String destinationIp, String protocol, Integer port) {
        return analyzer.analyze(network.build(), new ReachabilityQuery(source, null, null, destinationIp, IpProtocol.parse(protocol), port,
                null, null));
    }

    // ---- the internet and a public web server

    @Test
    void publicWebServerIsReachableFromTheInternetOn443() {
        ReachabilityResult result = analyze(twoTier(), "igw-a", "i-web", "tcp", 443);

        assertThat(result.pathFound()).isTrue();
        assertThat(ids(result.forwardPath())).containsExactly("igw-a", "acl-vpc-a", "sg-web", "eni-web", "i-web");
        assertThat(ids(result.returnPath())).containsExactly("i-web", "eni-web", "sg-web", "acl-vpc-a", "rtb-pub", "igw-a");
        PathComponent igw = result.forwardPath().get(0);
        assertThat(igw.inboundHeader().destinationAddresses()).containsExactly("54.0.0.10");
        assertThat(igw.outboundHeader().destinationAddresses()).containsExactly("10.0.1.10");
        assertThat(result.forwardPath().get(2).securityGroupRule().portRange()).isEqualTo(PortRange.single(443));
        assertThat(result.forwardPath().get(1).aclRule().ruleNumber()).isEqualTo(100);
        assertThat(result.forwardPath().get(1).aclRule().egress()).isFalse();
        assertThat(result.returnPath().get(2).securityGroupRule()).as("stateful: no rule on the way back").isNull();
        assertThat(result.returnPath().get(3).aclRule().egress()).isTrue();
        assertThat(result.returnPath().get(4).route().destinationCidr()).isEqualTo("0.0.0.0/0");
        assertThat(result.returnPath().get(4).route().state()).isEqualTo("active");
        assertThat(result.returnPath().get(5).outboundHeader().sourceAddresses()).containsExactly("54.0.0.10");
        assertThat(result.summary()).isEqualTo("igw-a reaches i-web on tcp port 443, and the replies come back.");
    }

    @Test
    void publicWebServerIsNotReachableOnRdp() {
        ReachabilityResult result = analyze(twoTier(), "igw-a", "i-web", "tcp", 3389);

        assertThat(result.pathFound()).isFalse();
        assertThat(codes(result)).containsExactly("ENI_SG_RULES_MISMATCH");
        assertThat(result.explanations().get(0).direction()).isEqualTo(INGRESS);
        assertThat(result.explanations().get(0).networkInterfaceId()).isEqualTo("eni-web");
        assertThat(result.explanations().get(0).securityGroupIds()).containsExactly("sg-web");
        assertThat(ids(result.forwardPath())).containsExactly("igw-a", "acl-vpc-a");
    }

    @Test
    void sshIsReachableOnlyFromTheAdminRange() {
        ReachabilityResult fromAdmin = analyzer.analyze(twoTier().build(), new ReachabilityQuery("igw-a", "i-web", "203.0.113.7", null,
                IpProtocol.TCP, 22, null, null));
        ReachabilityResult fromElsewhere = analyzer.analyze(twoTier().build(), new ReachabilityQuery("igw-a", "i-web", "198.51.100.7", null,
                IpProtocol.TCP, 22, null, null));

        assertThat(fromAdmin.pathFound()).isTrue();
        assertThat(fromAdmin.forwardPath().get(2).securityGroupRule().cidr()).isEqualTo("203.0.113.0/24");
        assertThat(codes(fromElsewhere)).containsExactly("ENI_SG_RULES_MISMATCH");
    }

    @Test
    void internetSourceWithoutAddressIsNarrowedToWhatTheGroupAdmits() {
        ReachabilityResult result = analyze(twoTier(), "igw-a", "i-web", "tcp", 22);

        assertThat(result.pathFound()).isTrue();
        assertThat(result.returnPath().get(result.returnPath().size() - 1).inboundHeader().destinationAddresses())
                .containsExactly("203.0.113.0/24");
    }

    @Test
    void instanceWithoutPublicAddressIsNotReachableFromTheInternet() {
        ReachabilityResult result = analyze(twoTier(), "igw-a", "i-db", "tcp", 5432);

        assertThat(codes(result)).containsExactly("IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
        assertThat(result.forwardPath()).isEmpty();
    }

    @Test
    void privateSourceAddressCannotComeInThroughTheInternetGateway() {
        ReachabilityResult result = analyzer.analyze(twoTier().build(), new ReachabilityQuery("igw-a", "i-web", "10.9.9.9", null,
                IpProtocol.TCP, 443, null, null));

        assertThat(codes(result)).containsExactly("IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS");
    }

    @Test
    void publicAddressWithoutARouteToTheGatewayBreaksOnlyTheReturnPath() {
        TestNetwork network = twoTier().instance("i-lost", "subnet-priv", "10.0.2.40", "54.0.0.40", "sg-web");
        ReachabilityResult result = analyze(network, "igw-a", "i-lost", "tcp", 443);

        assertThat(result.pathFound()).isFalse();
        assertThat(ids(result.forwardPath())).containsExactly("igw-a", "acl-vpc-a", "sg-web", "eni-lost", "i-lost");
        assertThat(ids(result.returnPath())).containsExactly("i-lost", "eni-lost", "sg-web", "acl-vpc-a", "rtb-vpc-a", "acl-vpc-a");
        assertThat(result.returnPath().get(4).route().targetId()).isEqualTo("nat-a");
        assertThat(codes(result)).as("the main table sends the replies to the NAT gateway, which never saw the request")
                .containsExactly("NO_PATH");
        assertThat(result.explanations().get(0).componentId()).isEqualTo("nat-a");
    }

    @Test
    void webServerReachesTheInternet() {
        ReachabilityResult result = analyzeToIp(twoTier(), "i-web", "93.184.216.34", "tcp", 443);

        assertThat(result.pathFound()).isTrue();
        assertThat(ids(result.forwardPath())).containsExactly("i-web", "eni-web", "sg-web", "acl-vpc-a", "rtb-pub", "igw-a");
        assertThat(ids(result.returnPath())).containsExactly("igw-a", "acl-vpc-a", "sg-web", "eni-web", "i-web");
        assertThat(result.forwardPath().get(5).outboundHeader().sourceAddresses()).containsExactly("54.0.0.10");
    }

    @Test
    void webServerReachesTheInternetGatewayAsDestination() {
        ReachabilityResult result = analyze(twoTier(), "i-web", "igw-a", "tcp", 443);

        assertThat(result.pathFound()).isTrue();
        assertThat(result.forwardPath().get(5).outboundHeader().destinationAddresses()).doesNotContain("10.0.0.0/8");
    }

    @Test
    void instanceWithoutPublicAddressCannotUseTheInternetGateway() {
        TestNetwork network = twoTier().instance("i-nopub", "subnet-pub", "10.0.1.50", null, "sg-web");
        ReachabilityResult result = analyzeToIp(network, "i-nopub", "93.184.216.34", "tcp", 443);

        assertThat(codes(result)).containsExactly("IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS");
        assertThat(ids(result.forwardPath())).endsWith("rtb-pub");
    }

    @Test
    void internetGatewayDoesNotCarryPrivateDestinations() {
        ReachabilityResult result = analyzeToIp(twoTier(), "i-web", "192.168.4.4", "tcp", 443);

        assertThat(codes(result)).containsExactly("IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS");
    }

    // ---- NAT

    @Test
    void privateInstanceReachesTheInternetThroughTheNatGateway() {
        ReachabilityResult result = analyzeToIp(twoTier(), "i-app", "93.184.216.34", "tcp", 443);

        assertThat(result.pathFound()).isTrue();
        assertThat(ids(result.forwardPath())).containsExactly("i-app", "eni-app", "sg-app", "acl-vpc-a", "rtb-vpc-a", "acl-vpc-a", "nat-a",
                "acl-vpc-a", "rtb-pub", "igw-a");
        PathComponent nat = result.forwardPath().get(6);
        assertThat(nat.inboundHeader().sourceAddresses()).containsExactly("10.0.2.30");
        assertThat(nat.outboundHeader().sourceAddresses()).containsExactly("10.0.1.100");
        assertThat(nat.outboundHeader().sourcePortRanges()).containsExactly(new PortRange(1024, 65535));
        assertThat(nat.additionalDetails()).contains("NGW_SOURCE_ADDRESS_REASSIGN", "REMAP_EPHEMERAL_PORT");
        assertThat(result.forwardPath().get(9).outboundHeader().sourceAddresses()).containsExactly("52.0.0.100");
        assertThat(ids(result.returnPath())).containsExactly("igw-a", "acl-vpc-a", "nat-a", "acl-vpc-a", "rtb-pub", "acl-vpc-a", "sg-app",
                "eni-app", "i-app");
        assertThat(result.returnPath().get(2).outboundHeader().destinationAddresses()).containsExactly("10.0.2.30");
        assertThat(NatTranslation.onPath(result.forwardPath())).containsExactly(new NatTranslation("nat-a", 6, List.of("10.0.2.30"),
                List.of(new PortRange(1024, 65535)), List.of("10.0.1.100"), List.of(new PortRange(1024, 65535)), List.of("52.0.0.100"),
                List.of("93.184.216.34"), List.of(PortRange.single(443))));
    }

    @Test
    void natGatewayTakesNoConnectionsFromTheInternet() {
        ReachabilityResult result = analyzer.analyze(twoTier().build(), new ReachabilityQuery("igw-a", null, null, "52.0.0.100",
                IpProtocol.TCP, 443, null, null));

        assertThat(result.pathFound()).isFalse();
        assertThat(codes(result)).containsExactly("NGW_REQUIRES_SOURCE_IN_VPC");
        assertThat(ids(result.forwardPath())).containsExactly("igw-a", "acl-vpc-a");
    }

    @Test
    void deletedNatGatewayLeavesABlackholeRoute() {
        TestNetwork network = new TestNetwork().vpc("vpc-a", "10.0.0.0/16").subnet("subnet-priv", "vpc-a", "10.0.2.0/24", "us-east-1a")
                .route("rtb-vpc-a", "0.0.0.0/0", "nat-gone", false)
                .instance("i-app", "subnet-priv", "10.0.2.30", null);
        ReachabilityResult result = analyzeToIp(network, "i-app", "93.184.216.34", "tcp", 443);

        assertThat(codes(result)).containsExactly("BAD_STATE_ROUTE");
        assertThat(result.explanations().get(0).route().state()).isEqualTo("blackhole");
        assertThat(result.explanations().get(0).routeTableId()).isEqualTo("rtb-vpc-a");
    }

    @Test
    void natGatewayThatIsNotAvailableBlocks() {
        TestNetwork network = twoTier().natGateway("nat-b", "pending", "subnet-pub", "10.0.1.101", "52.0.0.101")
                .routeTable("rtb-app", "vpc-a").route("rtb-vpc-a", "93.184.216.0/24", "nat-b");
        ReachabilityResult result = analyzeToIp(network, "i-app", "93.184.216.34", "tcp", 443);

        assertThat(codes(result)).containsExactly("BAD_STATE");
        assertThat(result.explanations().get(0).componentId()).isEqualTo("nat-b");
    }

    @Test
    void noRouteToTheInternet() {
        TestNetwork network = new TestNetwork().vpc("vpc-a", "10.0.0.0/16").subnet("subnet-priv", "vpc-a", "10.0.2.0/24", "us-east-1a")
                .instance("i-app", "subnet-priv", "10.0.2.30", null);
        ReachabilityResult result = analyzeToIp(network, "i-app", "93.184.216.34", "tcp", 443);

        assertThat(codes(result)).containsExactly("NO_ROUTE_TO_DESTINATION");
        assertThat(result.explanations().get(0).addresses()).containsExactly("93.184.216.34");
    }

    @Test
    void longestPrefixWinsOverTheDefaultRoute() {
        TestNetwork network = twoTier().route("rtb-pub", "93.184.216.0/24", "nat-gone", false);
        ReachabilityResult toBlackhole = analyzeToIp(network, "i-web", "93.184.216.34", "tcp", 443);
        ReachabilityResult elsewhere = analyzeToIp(network, "i-web", "8.8.8.8", "tcp", 443);

        assertThat(codes(toBlackhole)).containsExactly("BAD_STATE_ROUTE");
        assertThat(toBlackhole.explanations().get(0).route().destinationCidr()).isEqualTo("93.184.216.0/24");
        assertThat(elsewhere.pathFound()).isTrue();
    }

    // ---- inside a VPC: groups and ACLs

    @Test
    void groupReferencingAGroupAdmitsItsMembers() {
        ReachabilityResult result = analyze(twoTier(), "i-web", "i-db", "tcp", 5432);

        assertThat(result.pathFound()).isTrue();
        assertThat(ids(result.forwardPath())).containsExactly("i-web", "eni-web", "sg-web", "acl-vpc-a", "rtb-pub", "acl-vpc-a", "sg-db",
                "eni-db", "i-db");
        assertThat(result.forwardPath().get(6).securityGroupRule().referencedGroupId()).isEqualTo("sg-web");
        assertThat(ids(result.returnPath())).containsExactly("i-db", "eni-db", "sg-db", "acl-vpc-a", "rtb-vpc-a", "acl-vpc-a", "sg-web",
                "eni-web", "i-web");
        assertThat(result.returnPath().get(4).route().targetId()).isEqualTo("local");
    }

    @Test
    void groupReferencingAGroupRefusesOthers() {
        ReachabilityResult result = analyze(twoTier(), "i-app", "i-db", "tcp", 5432);

        assertThat(codes(result)).containsExactly("ENI_SG_RULES_MISMATCH");
        assertThat(ids(result.forwardPath())).as("same subnet: no ACL, no route table").containsExactly("i-app", "eni-app", "sg-app");
    }

    @Test
    void groupWithNoInboundRules() {
        ReachabilityResult result = analyze(twoTier(), "i-db", "i-app", "tcp", 8080);

        assertThat(codes(result)).containsExactly("SG_HAS_NO_RULES");
        assertThat(result.explanations().get(0).componentId()).isEqualTo("sg-app");
        assertThat(result.explanations().get(0).direction()).isEqualTo(INGRESS);
    }

    @Test
    void groupWithNoOutboundRules() {
        TestNetwork network = twoTier().revokeAllEgress("sg-web");
        ReachabilityResult result = analyze(network, "i-web", "i-db", "tcp", 5432);

        assertThat(codes(result)).containsExactly("SG_HAS_NO_RULES");
        assertThat(result.explanations().get(0).direction()).isEqualTo(EGRESS);
    }

    @Test
    void outboundRuleToOtherPortsOnly() {
        TestNetwork network = twoTier().revokeAllEgress("sg-web").egress("sg-web", "tcp", 443, 443, "0.0.0.0/0");
        ReachabilityResult result = analyze(network, "i-web", "i-db", "tcp", 5432);

        assertThat(codes(result)).containsExactly("ENI_SG_RULES_MISMATCH");
        assertThat(result.explanations().get(0).direction()).isEqualTo(EGRESS);
    }

    @Test
    void defaultGroupAdmitsItsOwnMembers() {
        TestNetwork network = new TestNetwork().vpc("vpc-a", "10.0.0.0/16")
                .subnet("subnet-1", "vpc-a", "10.0.1.0/24", "us-east-1a").subnet("subnet-2", "vpc-a", "10.0.2.0/24", "us-east-1b")
                .instance("i-one", "subnet-1", "10.0.1.5", null).instance("i-two", "subnet-2", "10.0.2.5", null);
        ReachabilityResult result = analyze(network, "i-one", "i-two", "udp", 53);

        assertThat(result.pathFound()).isTrue();
        assertThat(result.forwardPath().get(6).securityGroupRule().referencedGroupId()).isEqualTo("sg-vpc-a");
    }

    @Test
    void sameSubnetTrafficCrossesNoAcl() {
        TestNetwork network = twoTier().networkAcl("acl-closed", "vpc-a", "subnet-priv").ingress("sg-app", "tcp", 5432, 5432, "10.0.2.0/24")
                .ingress("sg-db", "tcp", 5432, 5432, "10.0.2.0/24");
        ReachabilityResult result = analyze(network, "i-app", "i-db", "tcp", 5432);

        assertThat(result.pathFound()).isTrue();
        assertThat(ids(result.forwardPath())).containsExactly("i-app", "eni-app", "sg-app", "sg-db", "eni-db", "i-db");
    }

    @Test
    void aclDenyNumberedBeforeTheAllowBlocksInbound() {
        TestNetwork network = twoTier().networkAcl("acl-db", "vpc-a", "subnet-priv")
                .aclEntry("acl-db", 90, INGRESS, "tcp", 5432, 5432, "10.0.1.0/24", DENY)
                .aclEntry("acl-db", 100, INGRESS, "-1", null, null, "0.0.0.0/0", ALLOW)
                .aclEntry("acl-db", 100, EGRESS, "-1", null, null, "0.0.0.0/0", ALLOW);
        ReachabilityResult result = analyze(network, "i-web", "i-db", "tcp", 5432);

        assertThat(codes(result)).containsExactly("SUBNET_ACL_RESTRICTION");
        assertThat(result.explanations().get(0).aclRule().ruleNumber()).isEqualTo(90);
        assertThat(result.explanations().get(0).aclRule().ruleAction()).isEqualTo("deny");
        assertThat(result.explanations().get(0).direction()).isEqualTo(INGRESS);
        assertThat(result.explanations().get(0).sentence()).contains("acl-db inbound rule 90 TCP 5432 10.0.1.0/24 DENY");
        assertThat(result.summary()).isEqualTo("i-web cannot reach i-db on tcp port 5432: " + result.explanations().get(0).sentence());
    }

    @Test
    void aclAllowNumberedBeforeTheDenyLetsThrough() {
        TestNetwork network = twoTier().networkAcl("acl-db", "vpc-a", "subnet-priv")
                .aclEntry("acl-db", 80, INGRESS, "tcp", 5432, 5432, "10.0.1.10/32", ALLOW)
                .aclEntry("acl-db", 90, INGRESS, "tcp", 5432, 5432, "10.0.1.0/24", DENY)
                .aclEntry("acl-db", 100, EGRESS, "tcp", 1024, 65535, "10.0.1.0/24", ALLOW);
        ReachabilityResult result = analyze(network, "i-web", "i-db", "tcp", 5432);

        assertThat(result.pathFound()).isTrue();
        assertThat(result.forwardPath().get(5).aclRule().ruleNumber()).isEqualTo(80);
        assertThat(result.returnPath().get(3).aclRule().ruleNumber()).isEqualTo(100);
    }

    @Test
    void customAclWithoutEntriesDeniesByItsFinalRule() {
        TestNetwork network = twoTier().networkAcl("acl-new", "vpc-a", "subnet-priv");
        ReachabilityResult result = analyze(network, "i-web", "i-db", "tcp", 5432);

        assertThat(codes(result)).containsExactly("SUBNET_ACL_RESTRICTION");
        assertThat(result.explanations().get(0).aclRule().ruleNumber()).isEqualTo(32767);
    }

    @Test
    void aclThatDeniesTheEphemeralRangeBreaksOnlyTheReturnPath() {
        TestNetwork network = twoTier().networkAcl("acl-web", "vpc-a", "subnet-pub")
                .aclEntry("acl-web", 100, INGRESS, "tcp", 443, 443, "0.0.0.0/0", ALLOW)
                .aclEntry("acl-web", 100, EGRESS, "tcp", 443, 443, "0.0.0.0/0", ALLOW);
        ReachabilityResult result = analyze(network, "igw-a", "i-web", "tcp", 443);

        assertThat(result.pathFound()).isFalse();
        assertThat(ids(result.forwardPath())).containsExactly("igw-a", "acl-web", "sg-web", "eni-web", "i-web");
        assertThat(codes(result)).containsExactly("SUBNET_ACL_RESTRICTION");
        assertThat(result.explanations().get(0).direction()).isEqualTo(EGRESS);
        assertThat(ids(result.returnPath())).containsExactly("i-web", "eni-web", "sg-web");
    }

    @Test
    void aclThatAllowsTheEphemeralRangeOutLetsRepliesBack() {
        TestNetwork network = twoTier().networkAcl("acl-web", "vpc-a", "subnet-pub")
                .aclEntry("acl-web", 100, INGRESS, "tcp", 443, 443, "0.0.0.0/0", ALLOW)
                .aclEntry("acl-web", 100, EGRESS, "tcp", 1024, 65535, "0.0.0.0/0", ALLOW);
        ReachabilityResult result = analyze(network, "igw-a", "i-web", "tcp", 443);

        assertThat(result.pathFound()).isTrue();
        assertThat(result.returnPath().get(3).aclRule().portRange()).isEqualTo(new PortRange(1024, 65535));
    }

    @Test
    void sourcePortFilterOutsideTheAclRangeIsBlockedOnReturn() {
        TestNetwork network = twoTier().networkAcl("acl-web", "vpc-a", "subnet-pub")
                .aclEntry("acl-web", 100, INGRESS, "tcp", 443, 443, "0.0.0.0/0", ALLOW)
                .aclEntry("acl-web", 100, EGRESS, "tcp", 32768, 65535, "0.0.0.0/0", ALLOW);
        ReachabilityQuery windowsClient = new ReachabilityQuery("igw-a", "i-web", null, null, IpProtocol.TCP, 443,
                new ReachabilityQuery.PathFilter(null, new PortRange(1025, 5000), null, null), null);
        ReachabilityResult result = analyzer.analyze(network.build(), windowsClient);

        assertThat(codes(result)).containsExactly("SUBNET_ACL_RESTRICTION");
    }

    @Test
    void sourceAclOutboundDeny() {
        TestNetwork network = twoTier().networkAcl("acl-app", "vpc-a", "subnet-priv")
                .aclEntry("acl-app", 100, EGRESS, "tcp", 0, 1023, "0.0.0.0/0", DENY)
                .aclEntry("acl-app", 200, EGRESS, "-1", null, null, "0.0.0.0/0", ALLOW)
                .aclEntry("acl-app", 200, INGRESS, "-1", null, null, "0.0.0.0/0", ALLOW);
        ReachabilityResult result = analyzeToIp(network, "i-app", "93.184.216.34", "tcp", 443);

        assertThat(codes(result)).containsExactly("SUBNET_ACL_RESTRICTION");
        assertThat(result.explanations().get(0).direction()).isEqualTo(EGRESS);
        assertThat(result.explanations().get(0).aclId()).isEqualTo("acl-app");
    }

    @Test
    void destinationPortFilterIsNarrowedToWhatTheGroupAllows() {
        ReachabilityQuery query = new ReachabilityQuery("igw-a", "i-web", null, null, IpProtocol.TCP, null,
                new ReachabilityQuery.PathFilter(null, null, null, new PortRange(440, 450)), null);
        ReachabilityResult result = analyzer.analyze(twoTier().build(), query);

        assertThat(result.pathFound()).isTrue();
        assertThat(result.forwardPath().get(4).inboundHeader().destinationPortRanges()).containsExactly(PortRange.single(443));
    }

    @Test
    void filterAtDestinationNarrowsWhatArrives() {
        ReachabilityQuery sshFromTheAdmins = new ReachabilityQuery("igw-a", "i-web", null, null, IpProtocol.TCP, 22, null,
                new ReachabilityQuery.PathFilter("203.0.113.0/28", null, null, null));
        ReachabilityQuery sshFromElsewhere = new ReachabilityQuery("igw-a", "i-web", null, null, IpProtocol.TCP, 22, null,
                new ReachabilityQuery.PathFilter("198.51.100.0/24", null, null, null));

        ReachabilityResult admins = analyzer.analyze(twoTier().build(), sshFromTheAdmins);
        assertThat(admins.pathFound()).isTrue();
        assertThat(admins.returnPath().get(admins.returnPath().size() - 1).inboundHeader().destinationAddresses())
                .containsExactly("203.0.113.0/28");
        assertThat(codes(analyzer.analyze(twoTier().build(), sshFromElsewhere))).containsExactly("FILTER_AT_DESTINATION_SOURCE_ADDRESS");
    }

    @Test
    void filterAtSourceThatLeavesNothing() {
        ReachabilityQuery query = new ReachabilityQuery("i-web", "i-db", null, null, IpProtocol.TCP, null,
                new ReachabilityQuery.PathFilter(null, null, "10.9.0.0/16", null), null);

        assertThat(codes(analyzer.analyze(twoTier().build(), query))).containsExactly("FILTER_AT_SOURCE_DESTINATION_ADDRESS");
    }

    @Test
    void udpIsNotAdmittedByATcpRule() {
        ReachabilityResult result = analyze(twoTier(), "igw-a", "i-web", "udp", 443);

        assertThat(codes(result)).containsExactly("ENI_SG_RULES_MISMATCH");
    }

    // ---- instance state, addresses

    @Test
    void stoppedDestinationInstance() {
        TestNetwork network = twoTier().instance("i-off", "stopped", "subnet-priv", "10.0.2.50", null, true, "sg-db");
        ReachabilityResult result = analyze(network, "i-web", "i-off", "tcp", 5432);

        assertThat(codes(result)).containsExactly("BAD_STATE");
        assertThat(result.explanations().get(0).componentId()).isEqualTo("i-off");
    }

    @Test
    void stoppedSourceInstance() {
        TestNetwork network = twoTier().instance("i-off", "stopped", "subnet-pub", "10.0.1.50", "54.0.0.50", true, "sg-web");
        ReachabilityResult result = analyzeToIp(network, "i-off", "8.8.8.8", "udp", 53);

        assertThat(codes(result)).containsExactly("BAD_STATE");
        assertThat(result.forwardPath()).isEmpty();
    }

    @Test
    void interfaceAsSourceAndDestinationIpInsideTheVpc() {
        ReachabilityResult result = analyzer.analyze(twoTier().build(), new ReachabilityQuery("eni-web", null, null, "10.0.2.20",
                IpProtocol.TCP, 5432, null, null));

        assertThat(result.pathFound()).isTrue();
        assertThat(ids(result.forwardPath())).startsWith("eni-web", "sg-web").endsWith("eni-db", "i-db");
        assertThat(ids(result.returnPath())).endsWith("sg-web", "eni-web");
    }

    @Test
    void sourceIpThatTheInterfaceDoesNotHold() {
        ReachabilityResult result = analyzer.analyze(twoTier().build(), new ReachabilityQuery("i-web", "i-db", "10.0.1.99", null,
                IpProtocol.TCP, 5432, null, null));

        assertThat(result.pathFound()).isFalse();
        assertThat(codes(result)).containsExactly("FILTER_AT_SOURCE_SOURCE_ADDRESS");
    }

    @Test
    void unknownComponent() {
        ReachabilityResult result = analyze(twoTier(), "i-web", "i-missing", "tcp", 80);

        assertThat(codes(result)).containsExactly("NO_SOURCE_OR_DESTINATION");
    }

    // ---- appliances

    static TestNetwork withAppliance(boolean sourceDestCheck) {
        return twoTier().subnet("subnet-fw", "vpc-a", "10.0.3.0/24", "us-east-1a")
                .instance("i-fw", "running", "subnet-fw", "10.0.3.10", null, sourceDestCheck, "sg-fw")
                .securityGroup("sg-fw", "vpc-a").ingress("sg-fw", "-1", null, null, "10.0.0.0/16")
                .routeTable("rtb-fw", "vpc-a", "subnet-fw")
                .routeTable("rtb-app", "vpc-a", "subnet-priv").route("rtb-app", "10.0.1.0/24", "eni-fw")
                .route("rtb-pub", "10.0.2.0/24", "eni-fw")
                .ingress("sg-web", "tcp", 8080, 8080, "10.0.2.0/24");
    }

    @Test
    void applianceWithSourceDestinationCheckOnDropsForwardedPackets() {
        ReachabilityResult result = analyze(withAppliance(true), "i-app", "i-web", "tcp", 8080);

        assertThat(codes(result)).containsExactly("ENI_SOURCE_DEST_CHECK_RESTRICTION");
        assertThat(result.explanations().get(0).networkInterfaceId()).isEqualTo("eni-fw");
    }

    @Test
    void applianceWithSourceDestinationCheckOffForwardsBothWays() {
        ReachabilityResult result = analyze(withAppliance(false), "i-app", "i-web", "tcp", 8080);

        assertThat(result.pathFound()).isTrue();
        assertThat(ids(result.forwardPath())).containsExactly("i-app", "eni-app", "sg-app", "acl-vpc-a", "rtb-app", "acl-vpc-a", "sg-fw",
                "eni-fw", "i-fw", "sg-fw", "acl-vpc-a", "rtb-fw", "acl-vpc-a", "sg-web", "eni-web", "i-web");
        assertThat(ids(result.returnPath())).contains("eni-fw");
    }

    // ---- peering

    static TestNetwork peered(String status) {
        return new TestNetwork()
                .vpc("vpc-a", "10.0.0.0/16").subnet("subnet-a", "vpc-a", "10.0.1.0/24", "us-east-1a")
                .vpc("vpc-b", "10.1.0.0/16").subnet("subnet-b", "vpc-b", "10.1.1.0/24", "us-east-1a")
                .vpc("vpc-c", "10.2.0.0/16").subnet("subnet-c", "vpc-c", "10.2.1.0/24", "us-east-1a")
                .peering("pcx-ab", "vpc-a", "vpc-b", status).peering("pcx-bc", "vpc-b", "vpc-c", status)
                .route("rtb-vpc-a", "10.1.0.0/16", "pcx-ab").route("rtb-vpc-b", "10.0.0.0/16", "pcx-ab")
                .route("rtb-vpc-b", "10.2.0.0/16", "pcx-bc").route("rtb-vpc-c", "10.1.0.0/16", "pcx-bc")
                .securityGroup("sg-a", "vpc-a").securityGroup("sg-b", "vpc-b").ingress("sg-b", "tcp", 443, 443, "10.0.0.0/8")
                .securityGroup("sg-c", "vpc-c").ingress("sg-c", "tcp", 443, 443, "10.0.0.0/8")
                .instance("i-a", "subnet-a", "10.0.1.10", null, "sg-a")
                .instance("i-b", "subnet-b", "10.1.1.10", null, "sg-b")
                .instance("i-c", "subnet-c", "10.2.1.10", null, "sg-c");
    }

    @Test
    void peeredVpcsReachEachOther() {
        ReachabilityResult result = analyze(peered("active"), "i-a", "i-b", "tcp", 443);

        assertThat(result.pathFound()).isTrue();
        assertThat(ids(result.forwardPath())).containsExactly("i-a", "eni-a", "sg-a", "acl-vpc-a", "rtb-vpc-a", "pcx-ab", "acl-vpc-b", "sg-b",
                "eni-b", "i-b");
        assertThat(ids(result.returnPath())).containsExactly("i-b", "eni-b", "sg-b", "acl-vpc-b", "rtb-vpc-b", "pcx-ab", "acl-vpc-a", "sg-a",
                "eni-a", "i-a");
    }

    @Test
    void peeringIsNotTransitive() {
        TestNetwork network = peered("active").route("rtb-vpc-a", "10.2.0.0/16", "pcx-ab");
        ReachabilityResult result = analyze(network, "i-a", "i-c", "tcp", 443);

        assertThat(codes(result)).containsExactly("PCX_REQUIRES_ADDRESS_IN_VPC_CIDR");
        assertThat(result.explanations().get(0).addresses()).containsExactly("10.2.1.10");
    }

    @Test
    void vpcsThatNothingJoinsAreDisconnected() {
        ReachabilityResult result = analyze(peered("active"), "i-a", "i-c", "tcp", 443);

        assertThat(codes(result)).containsExactly("DISCONNECTED_VPCS");
        assertThat(ids(result.forwardPath())).containsExactly("i-a", "eni-a", "sg-a", "acl-vpc-a");
    }

    @Test
    void peeringWithoutTheReturnRouteBreaksTheReturnPath() {
        TestNetwork network = new TestNetwork()
                .vpc("vpc-a", "10.0.0.0/16").subnet("subnet-a", "vpc-a", "10.0.1.0/24", "us-east-1a")
                .vpc("vpc-b", "10.1.0.0/16").subnet("subnet-b", "vpc-b", "10.1.1.0/24", "us-east-1a")
                .peering("pcx-ab", "vpc-a", "vpc-b", "active").route("rtb-vpc-a", "10.1.0.0/16", "pcx-ab")
                .securityGroup("sg-b", "vpc-b").ingress("sg-b", "tcp", 443, 443, "10.0.0.0/16")
                .instance("i-a", "subnet-a", "10.0.1.10", null).instance("i-b", "subnet-b", "10.1.1.10", null, "sg-b");
        ReachabilityResult result = analyze(network, "i-a", "i-b", "tcp", 443);

        assertThat(result.pathFound()).isFalse();
        assertThat(codes(result)).containsExactly("NO_ROUTE_TO_DESTINATION");
        assertThat(result.explanations().get(0).routeTableId()).isEqualTo("rtb-vpc-b");
        assertThat(ids(result.returnPath())).containsExactly("i-b", "eni-b", "sg-b", "acl-vpc-b");
    }

    @Test
    void peeringThatIsNotActiveCarriesNothing() {
        ReachabilityResult result = analyze(peered("pending-acceptance"), "i-a", "i-b", "tcp", 443);

        assertThat(codes(result)).containsExactly("BAD_STATE");
        assertThat(result.explanations().get(0).componentId()).isEqualTo("pcx-ab");
    }

    @Test
    void peeringConnectionAsDestination() {
        ReachabilityResult result = analyze(peered("active"), "i-a", "pcx-ab", "tcp", 443);

        assertThat(result.pathFound()).isTrue();
        assertThat(ids(result.forwardPath())).endsWith("rtb-vpc-a", "pcx-ab");
        assertThat(ids(result.returnPath())).containsExactly("pcx-ab", "acl-vpc-a", "sg-a", "eni-a", "i-a");
    }

    // ---- gateway endpoints

    static TestNetwork withS3Endpoint() {
        return twoTier().prefixList("pl-63a5400a", "com.amazonaws.us-east-1.s3", "52.216.0.0/15", "54.231.0.0/16")
                .gatewayEndpoint("vpce-s3", "vpc-a", "com.amazonaws.us-east-1.s3", "pl-63a5400a")
                .route("rtb-vpc-a", "pl-63a5400a", "vpce-s3");
    }

    @Test
    void gatewayEndpointCarriesTcpToS3() {
        ReachabilityResult result = analyze(withS3Endpoint(), "i-app", "vpce-s3", "tcp", 443);

        assertThat(result.pathFound()).isTrue();
        assertThat(ids(result.forwardPath())).containsExactly("i-app", "eni-app", "sg-app", "acl-vpc-a", "rtb-vpc-a", "vpce-s3");
        assertThat(result.forwardPath().get(4).route().destinationPrefixListId()).isEqualTo("pl-63a5400a");
        assertThat(ids(result.returnPath())).containsExactly("vpce-s3", "acl-vpc-a", "sg-app", "eni-app", "i-app");
    }

    @Test
    void prefixListRouteBeatsTheDefaultRouteForS3Addresses() {
        ReachabilityResult result = analyzeToIp(withS3Endpoint(), "i-app", "52.216.10.10", "tcp", 443);

        assertThat(result.pathFound()).isTrue();
        assertThat(ids(result.forwardPath())).endsWith("vpce-s3");
    }

    @Test
    void interfaceEndpointsAsEndsAreNotTracedYet() {
        TestNetwork network = twoTier().interfaceEndpoint("vpce-ssm", "vpc-a", "com.amazonaws.us-east-1.ssm");

        ReachabilityResult result = analyze(network, "i-app", "vpce-ssm", "tcp", 443);
        assertThat(codes(result)).containsExactly("UNSUPPORTED_COMPONENT");
    }

    @Test
    void gatewayEndpointCarriesNoUdp() {
        ReachabilityResult result = analyze(withS3Endpoint(), "i-app", "vpce-s3", "udp", 443);

        assertThat(codes(result)).containsExactly("VPCE_GATEWAY_PROTOCOL_RESTRICTION");
    }

    // ---- determinism

    @Test
    void creationOrderNeverChangesTheAnswer() {
        for (TestNetwork network : List.of(twoTier(), withAppliance(false), peered("active"), withS3Endpoint(), hub(true))) {
            NetworkSnapshot forward = network.build();
            NetworkSnapshot reversed = network.buildReversed();
            for (String[] q : new String[][] {{"igw-a", "i-web"}, {"i-app", "i-web"}, {"i-web", "i-db"}, {"i-a", "i-b"}, {"i-app", "vpce-s3"}, {"i-a2", "i-b"}}) {
                ReachabilityQuery query = ReachabilityQuery.between(q[0], q[1], IpProtocol.TCP, 443);
                assertThat(analyzer.analyze(reversed, query)).isEqualTo(analyzer.analyze(forward, query));
            }
        }
    }

    // ---- the remaining codes

    @Test
    void leavingThroughTheInternetGatewayToComeBackInIsNotTraced() {
        ReachabilityResult result = analyzer.analyze(twoTier().build(), new ReachabilityQuery("i-web", null, null, "54.0.0.10",
                IpProtocol.TCP, 443, null, null));

        assertThat(codes(result)).containsExactly("IGW_NAT_REFLECTION");
    }

    @Test
    void detachedInternetGatewayIsABadState() {
        TestNetwork network = twoTier().internetGateway("igw-loose", null);
        ReachabilityResult result = analyze(network, "igw-loose", "i-web", "tcp", 443);

        assertThat(codes(result)).containsExactly("BAD_STATE");
        assertThat(result.explanations().get(0).componentId()).isEqualTo("igw-loose");
    }

    @Test
    void egressOnlyGatewayRoutesAreNotTracedForIpv4() {
        TestNetwork network = twoTier().route("rtb-vpc-a", "10.50.0.0/16", "eigw-0123");
        ReachabilityResult result = analyzeToIp(network, "i-app", "10.50.0.9", "tcp", 443);

        assertThat(codes(result)).containsExactly("UNSUPPORTED_COMPONENT");
        assertThat(result.explanations().get(0).componentId()).isEqualTo("eigw-0123");
    }

    // ---- transit gateways

    /**
     * Two spoke VPCs on a transit gateway, each attached in both zones and associated with one table;
     * {@code propagated} says whether the attachments propagate their VPC blocks into it.
     */
    static TestNetwork hub(boolean propagated) {
        TestNetwork network = new TestNetwork()
                .vpc("vpc-a", "10.0.0.0/16").subnet("subnet-a1", "vpc-a", "10.0.1.0/24", "us-east-1a")
                .subnet("subnet-a2", "vpc-a", "10.0.2.0/24", "us-east-1b").subnet("subnet-tgw-a", "vpc-a", "10.0.9.0/28", "us-east-1a")
                .vpc("vpc-b", "10.1.0.0/16").subnet("subnet-b1", "vpc-b", "10.1.1.0/24", "us-east-1a")
                .subnet("subnet-tgw-b", "vpc-b", "10.1.9.0/28", "us-east-1a")
                .transitRouteTable("tgw-rtb-1", "tgw-1")
                .transitAttachment("tgw-attach-a", "tgw-1", "vpc-a", "tgw-rtb-1", "subnet-tgw-a")
                .transitAttachment("tgw-attach-b", "tgw-1", "vpc-b", "tgw-rtb-1", "subnet-tgw-b")
                .route("rtb-vpc-a", "10.1.0.0/16", "tgw-1").route("rtb-vpc-b", "10.0.0.0/16", "tgw-1")
                .securityGroup("sg-a", "vpc-a").securityGroup("sg-b", "vpc-b").ingress("sg-b", "tcp", 5432, 5432, "10.0.0.0/16")
                .instance("i-a", "subnet-a1", "10.0.1.10", null, "sg-a").instance("i-a2", "subnet-a2", "10.0.2.10", null, "sg-a")
                .instance("i-b", "subnet-b1", "10.1.1.10", null, "sg-b");
        if (propagated) {
            network.transitRoute("tgw-rtb-1", "10.0.0.0/16", "tgw-attach-a", "propagated")
                    .transitRoute("tgw-rtb-1", "10.1.0.0/16", "tgw-attach-b", "propagated");
        }
        return network;
    }

    @Test
    void transitGatewayWithPropagationCarriesBothWays() {
        ReachabilityResult result = analyze(hub(true), "i-a", "i-b", "tcp", 5432);

        assertThat(result.pathFound()).as(result.summary()).isTrue();
        assertThat(ids(result.forwardPath())).containsExactly("i-a", "eni-a", "sg-a", "acl-vpc-a", "rtb-vpc-a", "acl-vpc-a", "tgw-attach-a",
                "tgw-rtb-1", "tgw-attach-b", "acl-vpc-b", "rtb-vpc-b", "acl-vpc-b", "sg-b", "eni-b", "i-b");
        PathComponent table = result.forwardPath().get(7);
        assertThat(table.transitGatewayRoute().routeOrigin()).isEqualTo("propagated");
        assertThat(table.transitGatewayRoute().attachmentId()).isEqualTo("tgw-attach-b");
        assertThat(table.transitGatewayRoute().transitGatewayId()).isEqualTo("tgw-1");
        assertThat(ids(result.returnPath())).contains("tgw-attach-b", "tgw-rtb-1", "tgw-attach-a").endsWith("sg-a", "eni-a", "i-a");
    }

    @Test
    void transitGatewayWithoutPropagationHasNoRoute() {
        ReachabilityResult result = analyze(hub(false), "i-a", "i-b", "tcp", 5432);

        assertThat(codes(result)).containsExactly("TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT");
        assertThat(result.explanations().get(0).componentId()).isEqualTo("tgw-rtb-1");
    }

    @Test
    void staticTransitRouteWinsAndCanBeABlackhole() {
        TestNetwork network = hub(true).transitRoute("tgw-rtb-1", "10.1.1.0/24", null, "static");
        ReachabilityResult result = analyze(network, "i-a", "i-b", "tcp", 5432);

        assertThat(codes(result)).containsExactly("TGW_RTB_BAD_STATE_ROUTE");
    }

    @Test
    void transitGatewayNeedsAnAttachmentSubnetInTheSourceZone() {
        ReachabilityResult result = analyze(hub(true), "i-a2", "i-b", "tcp", 5432);

        assertThat(codes(result)).containsExactly("TGW_ROUTE_AZ_RESTRICTION");
        assertThat(result.explanations().get(0).componentId()).isEqualTo("tgw-attach-a");
    }

    @Test
    void attachmentWithoutAssociationRoutesNothing() {
        TestNetwork network = hub(true).transitAttachment("tgw-attach-a", "tgw-1", "vpc-a", null, "subnet-tgw-a");
        ReachabilityResult result = analyze(network, "i-a", "i-b", "tcp", 5432);

        assertThat(codes(result)).containsExactly("TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION");
    }

    @Test
    void routeToATransitGatewayTheVpcIsNotAttachedTo() {
        TestNetwork network = hub(true).route("rtb-vpc-a", "10.7.0.0/16", "tgw-other");
        ReachabilityResult result = analyzeToIp(network, "i-a", "10.7.0.1", "tcp", 5432);

        assertThat(codes(result)).containsExactly("BAD_STATE_ATTACHMENT");
    }

    @Test
    void attachmentSubnetAclAppliesOnTheWayIn() {
        TestNetwork network = hub(true).networkAcl("acl-tgw", "vpc-a", "subnet-tgw-a")
                .aclEntry("acl-tgw", 100, EGRESS, "-1", null, null, "0.0.0.0/0", ALLOW);
        ReachabilityResult result = analyze(network, "i-a", "i-b", "tcp", 5432);

        assertThat(codes(result)).containsExactly("SUBNET_ACL_RESTRICTION");
        assertThat(result.explanations().get(0).direction()).isEqualTo(INGRESS);
        assertThat(result.explanations().get(0).aclId()).isEqualTo("acl-tgw");
    }

    @Test
    void addressInTheVpcThatNoInterfaceHolds() {
        ReachabilityResult result = analyzeToIp(twoTier(), "i-web", "10.0.2.99", "tcp", 443);

        assertThat(codes(result)).containsExactly("NO_PATH");
    }

    @Test
    void componentFiltersRequireOrExcludeHops() {
        ReachabilityResult found = analyze(twoTier(), "i-web", "i-db", "tcp", 5432);

        assertThat(ReachabilityAnalyzer.restrict(found, List.of("sg-db"), List.of()).pathFound()).isTrue();
        ReachabilityResult avoiding = ReachabilityAnalyzer.restrict(found, List.of(), List.of("sg-db"));
        assertThat(codes(avoiding)).containsExactly("COMPONENT_FILTER_RESTRICTION");
        assertThat(avoiding.explanations().get(0).componentId()).isEqualTo("sg-db");
        assertThat(codes(ReachabilityAnalyzer.restrict(found, List.of("nat-a"), List.of()))).containsExactly("COMPONENT_FILTER_RESTRICTION");
    }

    @Test
    void onlyTcpAndUdpAreAnalysed() {
        ReachabilityResult result = analyze(twoTier(), "i-web", "i-db", "icmp", null);

        assertThat(codes(result)).containsExactly("UNSUPPORTED_COMPONENT");
    }

    // ---- paths that start or end where packets enter or leave a VPC

    @Test
    void peeringConnectionAsSource() {
        ReachabilityResult result = analyze(peered("active"), "pcx-ab", "i-b", "tcp", 443);

        assertThat(result.pathFound()).as(result.summary()).isTrue();
        assertThat(ids(result.forwardPath())).containsExactly("pcx-ab", "acl-vpc-b", "sg-b", "eni-b", "i-b");
        assertThat(ids(result.returnPath())).endsWith("rtb-vpc-b", "pcx-ab");
        assertThat(result.forwardPath().get(0).componentType()).isEqualTo(ComponentType.VPC_PEERING_CONNECTION);
    }

    @Test
    void virtualPrivateGatewayAsSourceNeedsARouteBack() {
        TestNetwork network = twoTier().vpnGateway("vgw-1", "vpc-a").ingress("sg-db", "tcp", 5432, 5432, "192.168.0.0/16");
        ReachabilityQuery fromOffice = new ReachabilityQuery("vgw-1", "i-db", "192.168.10.5", null, IpProtocol.TCP, 5432, null, null);

        ReachabilityResult withoutRoute = analyzer.analyze(network.build(), fromOffice);
        assertThat(codes(withoutRoute)).as("the main table sends 192.168.10.5 to the NAT gateway, which never saw the request")
                .containsExactly("NO_PATH");
        network.route("rtb-vpc-a", "192.168.0.0/16", "vgw-1");
        ReachabilityResult withRoute = analyzer.analyze(network.build(), fromOffice);
        assertThat(withRoute.pathFound()).as(withRoute.summary()).isTrue();
        assertThat(ids(withRoute.forwardPath())).startsWith("vgw-1");
        assertThat(ids(withRoute.returnPath())).endsWith("rtb-vpc-a", "vgw-1");
    }

    @Test
    void gatewayEndpointAsSource() {
        TestNetwork network = withS3Endpoint().ingress("sg-app", "tcp", 8443, 8443, "pl-63a5400a");
        ReachabilityResult result = analyze(network, "vpce-s3", "i-app", "tcp", 8443);

        assertThat(result.pathFound()).as(result.summary()).isTrue();
        assertThat(result.forwardPath().get(2).securityGroupRule().prefixListId()).isEqualTo("pl-63a5400a");
        assertThat(ids(result.returnPath())).endsWith("rtb-vpc-a", "vpce-s3");
    }

    @Test
    void transitGatewayAndItsAttachmentAsSources() {
        ReachabilityResult fromGateway = analyzer.analyze(hub(true).build(), new ReachabilityQuery("tgw-1", "i-b", "10.0.1.10", null,
                IpProtocol.TCP, 5432, null, null));
        ReachabilityResult fromAttachment = analyzer.analyze(hub(true).build(), new ReachabilityQuery("tgw-attach-b", "i-b", "10.0.1.10", null,
                IpProtocol.TCP, 5432, null, null));

        assertThat(fromGateway.pathFound()).as(fromGateway.summary()).isTrue();
        assertThat(ids(fromGateway.forwardPath())).startsWith("tgw-attach-b").endsWith("eni-b", "i-b");
        assertThat(ids(fromGateway.returnPath())).endsWith("tgw-attach-b");
        assertThat(fromAttachment.forwardPath()).isEqualTo(fromGateway.forwardPath());
    }

    @Test
    void transitGatewayAndAttachmentsAsDestinations() {
        ReachabilityResult toGateway = analyze(hub(true), "i-a", "tgw-1", "tcp", 5432);
        ReachabilityResult toFarAttachment = analyzer.analyze(hub(true).build(), new ReachabilityQuery("i-a", "tgw-attach-b", null,
                "10.1.1.10", IpProtocol.TCP, 5432, null, null));

        assertThat(toGateway.pathFound()).as(toGateway.summary()).isTrue();
        assertThat(ids(toGateway.forwardPath())).endsWith("rtb-vpc-a", "acl-vpc-a", "tgw-attach-a");
        assertThat(ids(toGateway.returnPath())).startsWith("tgw-attach-a").endsWith("eni-a", "i-a");
        assertThat(toFarAttachment.pathFound()).as(toFarAttachment.summary()).isTrue();
        assertThat(ids(toFarAttachment.forwardPath())).endsWith("tgw-attach-a", "tgw-rtb-1", "tgw-attach-b");
    }

    @Test
    void virtualPrivateGatewayAsDestination() {
        TestNetwork network = twoTier().vpnGateway("vgw-1", "vpc-a").route("rtb-vpc-a", "192.168.0.0/16", "vgw-1");
        ReachabilityResult result = analyzer.analyze(network.build(), new ReachabilityQuery("i-app", "vgw-1", null, "192.168.10.5",
                IpProtocol.TCP, 22, null, null));

        assertThat(result.pathFound()).as(result.summary()).isTrue();
        assertThat(ids(result.forwardPath())).endsWith("rtb-vpc-a", "vgw-1");
        assertThat(ids(result.returnPath())).startsWith("vgw-1").endsWith("eni-app", "i-app");
    }

    @Test
    void peeringThatIsNotActiveLetsNothingIn() {
        ReachabilityResult result = analyze(peered("pending-acceptance"), "pcx-ab", "i-b", "tcp", 443);

        assertThat(codes(result)).containsExactly("BAD_STATE");
    }

    @Test
    void gatewayRouteTableSendsWhatComesInThroughAnAppliance() {
        TestNetwork network = withAppliance(false).gatewayRouteTable("rtb-edge", "vpc-a", "igw-a").route("rtb-edge", "10.0.1.0/24", "eni-fw")
                .ingress("sg-fw", "-1", null, null, "0.0.0.0/0");
        ReachabilityResult result = analyze(network, "igw-a", "i-web", "tcp", 443);

        assertThat(result.pathFound()).as(result.summary()).isTrue();
        assertThat(ids(result.forwardPath())).containsExactly("igw-a", "rtb-edge", "acl-vpc-a", "sg-fw", "eni-fw", "i-fw", "sg-fw", "acl-vpc-a",
                "rtb-fw", "acl-vpc-a", "sg-web", "eni-web", "i-web");
        assertThat(result.forwardPath().get(1).route().targetId()).isEqualTo("eni-fw");
    }

    @Test
    void gatewayRouteTableWithoutARouteForTheSubnetUsesItsLocalRoute() {
        TestNetwork network = withAppliance(false).gatewayRouteTable("rtb-edge", "vpc-a", "igw-a");
        ReachabilityResult result = analyze(network, "igw-a", "i-web", "tcp", 443);

        assertThat(ids(result.forwardPath())).containsExactly("igw-a", "rtb-edge", "acl-vpc-a", "sg-web", "eni-web", "i-web");
    }
}
