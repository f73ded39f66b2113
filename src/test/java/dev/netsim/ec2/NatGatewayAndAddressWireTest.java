package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.ConnectivityType;
import software.amazon.awssdk.services.ec2.model.NatGateway;

class NatGatewayAndAddressWireTest extends NetsimIntegrationTest {

    private String vpcId;
    private String publicSubnet;

    @BeforeEach
    void network() {
        vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        publicSubnet = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.0.0/28").availabilityZone("us-east-1a")).subnet().subnetId();
    }

    private int available(String subnetId) {
        return ec2().describeSubnets(r -> r.subnetIds(subnetId)).subnets().get(0).availableIpAddressCount();
    }

    @Test
    void elasticIpsComeFromThePoolWithAQuotaOfFive() {
        var first = ec2().allocateAddress(r -> { });
        assertThat(first.allocationId()).matches("eipalloc-[0-9a-f]{17}");
        assertThat(first.publicIp()).startsWith("3.");
        assertThat(first.domainAsString()).isEqualTo("vpc");
        for (int i = 0; i < 4; i++) {
            ec2().allocateAddress(r -> { });
        }
        assertAwsError(() -> ec2().allocateAddress(r -> { }), "AddressLimitExceeded", 400);
        var addresses = ec2().describeAddresses().addresses();
        assertThat(addresses).hasSize(5);
        assertThat(addresses).extracting(a -> a.publicIp()).doesNotHaveDuplicates();
        assertThat(ec2().describeAddresses(r -> r.publicIps(first.publicIp())).addresses()).hasSize(1);
        assertThat(ec2().describeAddresses(r -> r.filters(filter("allocation-id", first.allocationId()))).addresses()).hasSize(1);

        ec2().releaseAddress(r -> r.allocationId(first.allocationId()));
        assertAwsError(() -> ec2().describeAddresses(r -> r.allocationIds(first.allocationId())), "InvalidAllocationID.NotFound", 400);
        assertAwsError(() -> ec2().releaseAddress(r -> r.allocationId(first.allocationId())), "InvalidAllocationID.NotFound", 400);
        assertAwsError(() -> ec2().describeAddresses(r -> r.publicIps("203.0.113.9")), "InvalidAddress.NotFound", 400);
    }

    @Test
    void secondaryAddresses() {
        String primary = ec2().allocateAddress(r -> { }).allocationId();
        String second = ec2().allocateAddress(r -> { }).allocationId();
        String third = ec2().allocateAddress(r -> { }).allocationId();
        String nat = ec2().createNatGateway(r -> r.subnetId(publicSubnet).allocationId(primary).secondaryAllocationIds(second))
                .natGateway().natGatewayId();
        assertThat(available(publicSubnet)).isEqualTo(9);
        var added = ec2().associateNatGatewayAddress(r -> r.natGatewayId(nat).allocationIds(third)).natGatewayAddresses();
        assertThat(added).singleElement().satisfies(a -> {
            assertThat(a.isPrimary()).isFalse();
            assertThat(a.statusAsString()).isEqualTo("associating");
            assertThat(a.associationId()).startsWith("eipassoc-");
        });
        var addresses = ec2().describeNatGateways(r -> r.natGatewayIds(nat)).natGateways().get(0).natGatewayAddresses();
        assertThat(addresses).hasSize(3).filteredOn(a -> a.isPrimary()).singleElement().satisfies(a -> assertThat(a.allocationId()).isEqualTo(primary));
        assertThat(ec2().describeAddresses(r -> r.allocationIds(third)).addresses().get(0).associationId()).isNotNull();
        assertAwsError(() -> ec2().assignPrivateNatGatewayAddress(r -> r.natGatewayId(nat).privateIpAddressCount(1)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().associateNatGatewayAddress(r -> r.natGatewayId(nat).allocationIds(third)), "Resource.AlreadyAssociated", 400);

        ec2().disassociateNatGatewayAddress(r -> r.natGatewayId(nat).associationIds(added.get(0).associationId()));
        assertThat(ec2().describeAddresses(r -> r.allocationIds(third)).addresses().get(0).associationId()).isNull();
        assertThat(available(publicSubnet)).isEqualTo(9);
        assertAwsError(() -> ec2().disassociateNatGatewayAddress(r -> r.natGatewayId(nat).associationIds("eipassoc-0123456789abcdef0")),
                "InvalidAssociationID.NotFound", 400);

        String privateNat = ec2().createNatGateway(r -> r.subnetId(publicSubnet).connectivityType("private").secondaryPrivateIpAddressCount(2))
                .natGateway().natGatewayId();
        var assigned = ec2().assignPrivateNatGatewayAddress(r -> r.natGatewayId(privateNat).privateIpAddressCount(1)).natGatewayAddresses();
        assertThat(ec2().describeNatGateways(r -> r.natGatewayIds(privateNat)).natGateways().get(0).natGatewayAddresses()).hasSize(4);
        assertAwsError(() -> ec2().assignPrivateNatGatewayAddress(r -> r.natGatewayId(privateNat).privateIpAddressCount(5)),
                "AddressLimitExceeded", 400);
        ec2().unassignPrivateNatGatewayAddress(r -> r.natGatewayId(privateNat).privateIpAddresses(assigned.get(0).privateIp()));
        assertThat(ec2().describeNatGateways(r -> r.natGatewayIds(privateNat)).natGateways().get(0).natGatewayAddresses()).hasSize(3);

        ec2().deleteNatGateway(r -> r.natGatewayId(nat));
        ec2().deleteNatGateway(r -> r.natGatewayId(privateNat));
        assertThat(available(publicSubnet)).isEqualTo(11);
        assertThat(ec2().describeAddresses().addresses()).allSatisfy(a -> assertThat(a.associationId()).isNull());
    }

    @Test
    void aPublicNatGatewayTakesAnElasticIpAndASubnetAddress() {
        String allocationId = ec2().allocateAddress(r -> { }).allocationId();
        assertThat(available(publicSubnet)).isEqualTo(11);

        var created = ec2().createNatGateway(r -> r.subnetId(publicSubnet).allocationId(allocationId)).natGateway();
        assertThat(created.natGatewayId()).matches("nat-[0-9a-f]{17}");
        assertThat(created.stateAsString()).isEqualTo("pending");
        assertThat(created.vpcId()).isEqualTo(vpcId);
        assertThat(created.natGatewayAddresses()).singleElement().satisfies(a -> {
            assertThat(a.allocationId()).isEqualTo(allocationId);
            assertThat(a.privateIp()).isEqualTo("10.0.0.4"); // .0-.3 are reserved
            assertThat(a.networkInterfaceId()).startsWith("eni-");
        });
        assertThat(available(publicSubnet)).isEqualTo(10);

        ec2().waiter().waitUntilNatGatewayAvailable(r -> r.natGatewayIds(created.natGatewayId()),
                o -> o.waitTimeout(Duration.ofSeconds(30)));
        assertThat(ec2().describeAddresses(r -> r.allocationIds(allocationId)).addresses().get(0).associationId()).startsWith("eipassoc-");
        assertAwsError(() -> ec2().releaseAddress(r -> r.allocationId(allocationId)), "InvalidIPAddress.InUse", 400);
        assertAwsError(() -> ec2().deleteSubnet(r -> r.subnetId(publicSubnet)), "DependencyViolation", 400);
        assertAwsError(() -> ec2().createNatGateway(r -> r.subnetId(publicSubnet).allocationId(allocationId)), "Resource.AlreadyAssociated", 400);

        assertThat(ec2().deleteNatGateway(r -> r.natGatewayId(created.natGatewayId())).natGatewayId()).isEqualTo(created.natGatewayId());
        ec2().waiter().waitUntilNatGatewayDeleted(r -> r.natGatewayIds(created.natGatewayId()),
                o -> o.waitTimeout(Duration.ofSeconds(30)));
        assertThat(ec2().describeNatGateways(r -> r.filter(filter("state", "deleted"))).natGateways()).hasSize(1);
        assertThat(available(publicSubnet)).isEqualTo(11);
        ec2().releaseAddress(r -> r.allocationId(allocationId));
        ec2().deleteSubnet(r -> r.subnetId(publicSubnet));
    }

    @Test
    void natGatewayRules() {
        String allocationId = ec2().allocateAddress(r -> { }).allocationId();
        assertAwsError(() -> ec2().createNatGateway(r -> r.subnetId(publicSubnet)), "MissingParameter", 400);
        assertAwsError(() -> ec2().createNatGateway(r -> r.subnetId(publicSubnet).allocationId(allocationId)
                .connectivityType(ConnectivityType.PRIVATE)), "InvalidParameterCombination", 400);
        assertAwsError(() -> ec2().createNatGateway(r -> r.subnetId("subnet-0123456789abcdef0").allocationId(allocationId)),
                "InvalidSubnetID.NotFound", 400);
        assertAwsError(() -> ec2().createNatGateway(r -> r.subnetId(publicSubnet).allocationId("eipalloc-0123456789abcdef0")),
                "InvalidAllocationID.NotFound", 400);
        assertAwsError(() -> ec2().describeNatGateways(r -> r.natGatewayIds("nat-0123456789abcdef0")), "NatGatewayNotFound", 400);
        assertAwsError(() -> ec2().deleteNatGateway(r -> r.natGatewayId("nat-0123456789abcdef0")), "NatGatewayNotFound", 400);
        assertThat(available(publicSubnet)).isEqualTo(11); // failed creates hold no address

        NatGateway privateNat = ec2().createNatGateway(r -> r.subnetId(publicSubnet).connectivityType(ConnectivityType.PRIVATE)
                .privateIpAddress("10.0.0.9")).natGateway();
        assertThat(privateNat.natGatewayAddresses().get(0).privateIp()).isEqualTo("10.0.0.9");
        assertAwsError(() -> ec2().createNatGateway(r -> r.subnetId(publicSubnet).connectivityType(ConnectivityType.PRIVATE)
                .privateIpAddress("10.0.0.9")), "InvalidIPAddress.InUse", 400);
        assertAwsError(() -> ec2().createNatGateway(r -> r.subnetId(publicSubnet).connectivityType(ConnectivityType.PRIVATE)
                .privateIpAddress("10.0.0.2")), "InvalidParameterValue", 400);
    }

    @Test
    void theSameClientTokenReturnsTheSameGateway() {
        String allocationId = ec2().allocateAddress(r -> { }).allocationId();
        String first = ec2().createNatGateway(r -> r.subnetId(publicSubnet).allocationId(allocationId).clientToken("token-1")).natGateway().natGatewayId();
        String again = ec2().createNatGateway(r -> r.subnetId(publicSubnet).allocationId(allocationId).clientToken("token-1")).natGateway().natGatewayId();
        assertThat(again).isEqualTo(first);
        assertAwsError(() -> ec2().createNatGateway(r -> r.subnetId(publicSubnet).connectivityType(ConnectivityType.PRIVATE).clientToken("token-1")),
                "IdempotentParameterMismatch", 400);
    }

    @Test
    void fiveLiveGatewaysPerZone() {
        String[] ids = new String[5];
        for (int i = 0; i < 5; i++) {
            ids[i] = ec2().createNatGateway(r -> r.subnetId(publicSubnet).connectivityType(ConnectivityType.PRIVATE)).natGateway().natGatewayId();
        }
        assertThat(available(publicSubnet)).isEqualTo(6);
        assertAwsError(() -> ec2().createNatGateway(r -> r.subnetId(publicSubnet).connectivityType(ConnectivityType.PRIVATE)),
                "NatGatewayLimitExceeded", 400);
        ec2().deleteNatGateway(r -> r.natGatewayId(ids[0]));
        ec2().createNatGateway(r -> r.subnetId(publicSubnet).connectivityType(ConnectivityType.PRIVATE));
        assertThat(ec2().describeNatGateways(r -> r.filter(filter("state", "available"))).natGateways()).hasSize(5);
    }

    @Test
    void privateSubnetRoutesThroughTheNatGatewayUntilItIsDeleted() {
        String allocationId = ec2().allocateAddress(r -> { }).allocationId();
        String natId = ec2().createNatGateway(r -> r.subnetId(publicSubnet).allocationId(allocationId)).natGateway().natGatewayId();
        String tableId = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
        ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").natGatewayId(natId));
        var route = ec2().describeRouteTables(r -> r.filters(filter("route.nat-gateway-id", natId))).routeTables().get(0).routes().get(1);
        assertThat(route.natGatewayId()).isEqualTo(natId);
        assertThat(route.stateAsString()).isEqualTo("active");

        ec2().deleteNatGateway(r -> r.natGatewayId(natId));
        assertThat(ec2().describeRouteTables(r -> r.routeTableIds(tableId)).routeTables().get(0).routes().get(1).stateAsString())
                .isEqualTo("blackhole");
    }
}
