package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.netsim.common.net.Ipv6Cidr;
import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.Route;

class Ipv6WireTest extends NetsimIntegrationTest {

    @Test
    void amazonProvidedBlockIsASlash56WithLocalRoutes() {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16").amazonProvidedIpv6CidrBlock(true)).vpc().vpcId();
        var vpc = ec2().describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0);
        var association = vpc.ipv6CidrBlockAssociationSet().get(0);
        assertThat(association.ipv6CidrBlock()).endsWith("::/56").startsWith("2600:1f10:");
        assertThat(association.ipv6CidrBlockState().stateAsString()).isEqualTo("associated");
        assertThat(association.ipv6Pool()).isEqualTo("Amazon");
        assertThat(association.networkBorderGroup()).isEqualTo("us-east-1");

        var main = ec2().describeRouteTables(r -> r.filters(filter("vpc-id", vpcId))).routeTables().get(0);
        assertThat(main.routes()).extracting(Route::destinationIpv6CidrBlock).contains(association.ipv6CidrBlock());
        assertThat(ec2().describeVpcs(r -> r.filters(filter("ipv6-cidr-block-association.ipv6-cidr-block", association.ipv6CidrBlock())))
                .vpcs()).hasSize(1);
        assertThat(ec2().describeRouteTables(r -> r.filters(filter("route.destination-ipv6-cidr-block", association.ipv6CidrBlock())))
                .routeTables()).hasSize(1);
    }

    @Test
    void associateAndDisassociateWithSubnetsAndRoutes() {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        var associated = ec2().associateVpcCidrBlock(r -> r.vpcId(vpcId).amazonProvidedIpv6CidrBlock(true));
        assertThat(associated.ipv6CidrBlockAssociation().ipv6CidrBlockState().stateAsString()).isEqualTo("associating");
        String vpcBlock = associated.ipv6CidrBlockAssociation().ipv6CidrBlock();
        String subnetBlock = vpcBlock.replace("::/56", "::/64");
        String otherSubnetBlock = vpcBlock.replace("00::/56", "01::/64");

        String subnetId = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24")).subnet().subnetId();
        var subnetAssociation = ec2().associateSubnetCidrBlock(r -> r.subnetId(subnetId).ipv6CidrBlock(subnetBlock)).ipv6CidrBlockAssociation();
        assertThat(subnetAssociation.ipv6CidrBlock()).isEqualTo(subnetBlock);
        assertThat(subnetAssociation.associationId()).matches("subnet-cidr-assoc-[0-9a-f]{17}");
        ec2().modifySubnetAttribute(r -> r.subnetId(subnetId).assignIpv6AddressOnCreation(AttributeBooleanValue.builder().value(true).build()));
        var subnet = ec2().describeSubnets(r -> r.filters(filter("ipv6-cidr-block-association.ipv6-cidr-block", subnetBlock))).subnets();
        assertThat(subnet).singleElement().satisfies(s -> {
            assertThat(s.assignIpv6AddressOnCreation()).isTrue();
            assertThat(s.ipv6CidrBlockAssociationSet().get(0).ipv6CidrBlockState().stateAsString()).isEqualTo("associated");
        });

        // a second subnet: overlapping, outside the VPC, or already associated → refused
        var created = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.2.0/24").ipv6CidrBlock(otherSubnetBlock)).subnet();
        assertThat(created.ipv6CidrBlockAssociationSet()).extracting(a -> a.ipv6CidrBlock()).containsExactly(otherSubnetBlock);
        assertAwsError(() -> ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.3.0/24").ipv6CidrBlock(subnetBlock)),
                "InvalidSubnet.Conflict", 400);
        assertAwsError(() -> ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.3.0/24").ipv6CidrBlock("2001:db8::/64")),
                "InvalidSubnet.Range", 400);
        assertAwsError(() -> ec2().associateSubnetCidrBlock(r -> r.subnetId(subnetId).ipv6CidrBlock(otherSubnetBlock)), "InvalidParameterValue", 400);
        assertThat(ec2().describeSubnets(r -> r.filters(filter("vpc-id", vpcId))).subnets()).hasSize(2);

        // IPv6 routes: ::/0 to an egress-only gateway; an egress-only gateway takes no IPv4 destination
        String eigw = ec2().createEgressOnlyInternetGateway(r -> r.vpcId(vpcId)).egressOnlyInternetGateway().egressOnlyInternetGatewayId();
        String table = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
        ec2().createRoute(r -> r.routeTableId(table).destinationIpv6CidrBlock("::/0").egressOnlyInternetGatewayId(eigw));
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(table).destinationIpv6CidrBlock("::/0").egressOnlyInternetGatewayId(eigw)),
                "RouteAlreadyExists", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(table).destinationCidrBlock("0.0.0.0/0").egressOnlyInternetGatewayId(eigw)),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(table).destinationIpv6CidrBlock("not-a-cidr").egressOnlyInternetGatewayId(eigw)),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(table).destinationIpv6CidrBlock(vpcBlock).egressOnlyInternetGatewayId(eigw)),
                "RouteAlreadyExists", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(table).destinationCidrBlock("10.9.0.0/16").destinationIpv6CidrBlock("::/0")
                .egressOnlyInternetGatewayId(eigw)), "InvalidParameterCombination", 400);
        var routes = ec2().describeRouteTables(r -> r.routeTableIds(table)).routeTables().get(0).routes();
        assertThat(routes).filteredOn(rt -> "::/0".equals(rt.destinationIpv6CidrBlock())).singleElement().satisfies(rt -> {
            assertThat(rt.egressOnlyInternetGatewayId()).isEqualTo(eigw);
            assertThat(rt.stateAsString()).isEqualTo("active");
        });
        assertThat(ec2().describeRouteTables(r -> r.filters(filter("route.egress-only-internet-gateway-id", eigw))).routeTables()).hasSize(1);

        // the gateway goes: the route turns blackhole; then the route is deleted by its IPv6 destination
        ec2().deleteEgressOnlyInternetGateway(r -> r.egressOnlyInternetGatewayId(eigw));
        assertThat(ec2().describeRouteTables(r -> r.filters(filter("route.state", "blackhole"))).routeTables()).hasSize(1);
        ec2().deleteRoute(r -> r.routeTableId(table).destinationIpv6CidrBlock("::/0"));
        assertAwsError(() -> ec2().deleteRoute(r -> r.routeTableId(table).destinationIpv6CidrBlock("::/0")), "InvalidRoute.NotFound", 400);

        // the VPC block cannot go while subnets use it
        String vpcAssociation = associated.ipv6CidrBlockAssociation().associationId();
        assertAwsError(() -> ec2().disassociateVpcCidrBlock(r -> r.associationId(vpcAssociation)), "DependencyViolation", 400);
        ec2().disassociateSubnetCidrBlock(r -> r.associationId(subnetAssociation.associationId()));
        assertAwsError(() -> ec2().disassociateSubnetCidrBlock(r -> r.associationId(subnetAssociation.associationId())),
                "InvalidSubnetCidrBlockAssociationID.NotFound", 400);
        ec2().disassociateSubnetCidrBlock(r -> r.associationId(created.ipv6CidrBlockAssociationSet().get(0).associationId()));
        var gone = ec2().disassociateVpcCidrBlock(r -> r.associationId(vpcAssociation));
        assertThat(gone.ipv6CidrBlockAssociation().ipv6CidrBlock()).isEqualTo(vpcBlock);
        assertThat(ec2().describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0).ipv6CidrBlockAssociationSet()).isEmpty();
        assertThat(ec2().describeRouteTables(r -> r.routeTableIds(table)).routeTables().get(0).routes())
                .allSatisfy(rt -> assertThat(rt.destinationIpv6CidrBlock()).isNull());
        assertAwsError(() -> ec2().modifySubnetAttribute(r -> r.subnetId(subnetId)
                .assignIpv6AddressOnCreation(AttributeBooleanValue.builder().value(true).build())), "InvalidParameterValue", 400);
    }

    @Test
    void byoipPoolsAreRefusedAndBothFormsTogetherToo() {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        assertAwsError(() -> ec2().associateVpcCidrBlock(r -> r.vpcId(vpcId).ipv6Pool("ipv6pool-ec2-0123456789abcdef0")
                .ipv6CidrBlock("2001:db8::/56")), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().associateVpcCidrBlock(r -> r.vpcId(vpcId).cidrBlock("10.1.0.0/16").amazonProvidedIpv6CidrBlock(true)),
                "InvalidParameterCombination", 400);
        assertAwsError(() -> ec2().associateVpcCidrBlock(r -> r.vpcId(vpcId)), "MissingParameter", 400);
        assertThat(ec2().describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0).ipv6CidrBlockAssociationSet()).isEmpty();
    }

    @Test
    void concurrentVpcsNeverShareABlock() throws Exception {
        Set<String> blocks = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        // four scopes (two accounts, two regions) so that 16 VPCs stay within the per-region quota
        List<Ec2Client> clients = List.of(ec2(ACCOUNT_A, Region.US_EAST_1), ec2(ACCOUNT_B, Region.US_EAST_1),
                ec2(ACCOUNT_A, Region.US_WEST_2), ec2(ACCOUNT_B, Region.US_WEST_2));
        for (int i = 0; i < 8; i++) {
            Ec2Client client = clients.get(i % 4);
            pool.submit(() -> {
                for (int j = 0; j < 2; j++) {
                    var vpc = client.createVpc(r -> r.cidrBlock("10.0.0.0/16").amazonProvidedIpv6CidrBlock(true)).vpc();
                    var block = client.describeVpcs(r -> r.vpcIds(vpc.vpcId())).vpcs().get(0).ipv6CidrBlockAssociationSet().get(0);
                    blocks.add(block.ipv6CidrBlock());
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(blocks).hasSize(16).allSatisfy(b -> assertThat(Ipv6Cidr.parseOrNull(b).prefixLength()).isEqualTo(56));
    }

    /** A subnet with a /64 and one without. */
    private String[] ipv6Subnet() {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16").amazonProvidedIpv6CidrBlock(true)).vpc().vpcId();
        String vpcBlock = ec2().describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0).ipv6CidrBlockAssociationSet().get(0).ipv6CidrBlock();
        String block = vpcBlock.replace("::/56", "::/64");
        String withIpv6 = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24").ipv6CidrBlock(block)).subnet().subnetId();
        String ipv4Only = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.2.0/24")).subnet().subnetId();
        return new String[] {withIpv6, ipv4Only, block};
    }

    /** Interfaces take IPv6 addresses from their subnet's /64: asked for or counted, never one twice, given back on unassign. */
    @Test
    void interfacesHoldIpv6AddressesOfTheirSubnet() {
        String[] net = ipv6Subnet();
        String prefix = net[2].substring(0, net[2].indexOf("::"));
        String wanted = prefix + "::1234";
        var eni = ec2().createNetworkInterface(r -> r.subnetId(net[0]).ipv6Addresses(a -> a.ipv6Address(wanted))).networkInterface();
        assertThat(eni.ipv6Addresses()).extracting(a -> a.ipv6Address()).containsExactly(wanted);
        var counted = ec2().createNetworkInterface(r -> r.subnetId(net[0]).ipv6AddressCount(3)).networkInterface();
        assertThat(counted.ipv6Addresses()).hasSize(3).allSatisfy(a -> assertThat(Ipv6Cidr.parseOrNull(net[2]).containsAddress(a.ipv6Address()))
                .isTrue()).extracting(a -> a.ipv6Address()).doesNotHaveDuplicates().doesNotContain(wanted);

        assertAwsError(() -> ec2().createNetworkInterface(r -> r.subnetId(net[0]).ipv6Addresses(a -> a.ipv6Address(wanted))),
                "InvalidIPAddress.InUse", 400);
        assertAwsError(() -> ec2().createNetworkInterface(r -> r.subnetId(net[0]).ipv6Addresses(a -> a.ipv6Address("2001:db8::1"))),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createNetworkInterface(r -> r.subnetId(net[0]).ipv6Addresses(a -> a.ipv6Address(prefix + "::1"))),
                "InvalidParameterValue", 400); // one of the subnet's reserved addresses
        assertAwsError(() -> ec2().createNetworkInterface(r -> r.subnetId(net[1]).ipv6AddressCount(1)), "InvalidParameterValue", 400);

        var assigned = ec2().assignIpv6Addresses(r -> r.networkInterfaceId(eni.networkInterfaceId()).ipv6AddressCount(2));
        assertThat(assigned.assignedIpv6Addresses()).hasSize(2);
        assertThat(ec2().describeNetworkInterfaces(r -> r.networkInterfaceIds(eni.networkInterfaceId())).networkInterfaces().get(0)
                .ipv6Addresses()).hasSize(3);
        assertThat(ec2().describeNetworkInterfaces(r -> r.filters(filter("ipv6-addresses.ipv6-address", wanted))).networkInterfaces())
                .singleElement().satisfies(n -> assertThat(n.networkInterfaceId()).isEqualTo(eni.networkInterfaceId()));
        var unassigned = ec2().unassignIpv6Addresses(r -> r.networkInterfaceId(eni.networkInterfaceId()).ipv6Addresses(wanted));
        assertThat(unassigned.unassignedIpv6Addresses()).containsExactly(wanted);
        assertAwsError(() -> ec2().unassignIpv6Addresses(r -> r.networkInterfaceId(eni.networkInterfaceId()).ipv6Addresses(wanted)),
                "InvalidParameterValue", 400);
        // given back, the address can be held again
        ec2().assignIpv6Addresses(r -> r.networkInterfaceId(counted.networkInterfaceId()).ipv6Addresses(wanted));
        ec2().deleteNetworkInterface(r -> r.networkInterfaceId(counted.networkInterfaceId()));
        ec2().createNetworkInterface(r -> r.subnetId(net[0]).ipv6Addresses(a -> a.ipv6Address(wanted)));
    }

    /** Instances launch with IPv6 addresses (counted or named), or one from a subnet that assigns IPv6 on creation. */
    @Test
    void instancesLaunchWithIpv6Addresses() {
        String[] net = ipv6Subnet();
        var instance = ec2().runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(net[0]).ipv6AddressCount(2))
                .instances().get(0);
        assertThat(instance.networkInterfaces().get(0).ipv6Addresses()).hasSize(2);
        String address = instance.networkInterfaces().get(0).ipv6Addresses().get(0).ipv6Address();
        assertThat(ec2().describeInstances(r -> r.filters(filter("network-interface.ipv6-addresses.ipv6-address", address))).reservations())
                .singleElement().satisfies(res -> assertThat(res.instances().get(0).instanceId()).isEqualTo(instance.instanceId()));
        assertAwsError(() -> ec2().runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(net[0])
                .ipv6Addresses(a -> a.ipv6Address(address))), "InvalidIPAddress.InUse", 400);
        var viaInterface = ec2().runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).networkInterfaces(n -> n
                .deviceIndex(0).subnetId(net[0]).ipv6AddressCount(1))).instances().get(0);
        assertThat(viaInterface.networkInterfaces().get(0).ipv6Addresses()).hasSize(1);

        ec2().modifySubnetAttribute(r -> r.subnetId(net[0]).assignIpv6AddressOnCreation(AttributeBooleanValue.builder().value(true).build()));
        var automatic = ec2().runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(net[0])).instances().get(0);
        assertThat(automatic.networkInterfaces().get(0).ipv6Addresses()).hasSize(1);
        assertThat(ec2().createNetworkInterface(r -> r.subnetId(net[0])).networkInterface().ipv6Addresses()).hasSize(1);
    }

    /** Eight clients asking for one IPv6 address at once: one gets it, the others AWS's in-use error, never a server error. */
    @Test
    void oneAddressAskedForAtOnceIsHandedOutOnce() throws Exception {
        String[] net = ipv6Subnet();
        String wanted = net[2].substring(0, net[2].indexOf("::")) + "::beef";
        List<String> outcomes = dev.netsim.support.Concurrently.outcomes(8, () -> ec2().createNetworkInterface(r -> r.subnetId(net[0])
                .ipv6Addresses(a -> a.ipv6Address(wanted))).networkInterface().networkInterfaceId());
        assertThat(outcomes).filteredOn(o -> o.startsWith("eni-")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.startsWith("eni-")).hasSize(7).containsOnly("InvalidIPAddress.InUse");
        List<String> counted = dev.netsim.support.Concurrently.outcomes(8, () -> String.join(",", ec2().createNetworkInterface(r -> r
                .subnetId(net[0]).ipv6AddressCount(5)).networkInterface().ipv6Addresses().stream().map(a -> a.ipv6Address()).toList()));
        assertThat(counted.stream().flatMap(c -> java.util.Arrays.stream(c.split(","))).toList()).hasSize(40).doesNotHaveDuplicates();
    }
}
