package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

class SubnetWireTest extends NetsimIntegrationTest {

    private String vpcId;

    @BeforeEach
    void createVpc() {
        vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    }

    private Subnet subnet(String cidr, String az) {
        return ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock(cidr).availabilityZone(az)).subnet();
    }

    @Test
    void createSubnetReturnsAnAwsShapedSubnet() {
        Subnet subnet = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1b")
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SUBNET)
                        .tags(Tag.builder().key("Tier").value("web").build()).build())).subnet();

        assertThat(subnet.subnetId()).matches("subnet-[0-9a-f]{17}");
        assertThat(subnet.vpcId()).isEqualTo(vpcId);
        assertThat(subnet.availabilityZone()).isEqualTo("us-east-1b");
        assertThat(subnet.availabilityZoneId()).isEqualTo("use1-az2");
        assertThat(subnet.availableIpAddressCount()).isEqualTo(251);
        assertThat(subnet.mapPublicIpOnLaunch()).isFalse();
        assertThat(subnet.defaultForAz()).isFalse();
        assertThat(subnet.subnetArn()).isEqualTo("arn:aws:ec2:us-east-1:000000000000:subnet/" + subnet.subnetId());
        assertThat(subnet.tags()).containsExactly(Tag.builder().key("Tier").value("web").build());
    }

    @Test
    void availableAddressesAreSizeMinusFive() {
        assertThat(subnet("10.0.0.0/28", "us-east-1a").availableIpAddressCount()).isEqualTo(11);
        assertThat(subnet("10.0.16.0/20", "us-east-1a").availableIpAddressCount()).isEqualTo(4091);
        assertThat(ec2().createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId()).isNotNull();
    }

    @Test
    void subnetCidrMustBeInsideTheVpcAndNotOverlap() {
        subnet("10.0.1.0/24", "us-east-1a");
        assertAwsError(() -> subnet("10.1.0.0/24", "us-east-1a"), "InvalidSubnet.Range", 400);
        assertAwsError(() -> subnet("10.0.0.0/29", "us-east-1a"), "InvalidSubnet.Range", 400);
        assertAwsError(() -> subnet("10.0.0.0/15", "us-east-1a"), "InvalidSubnet.Range", 400);
        assertAwsError(() -> subnet("10.0.1.128/25", "us-east-1a"), "InvalidSubnet.Conflict", 400);
        assertAwsError(() -> subnet("10.0.0.0/16", "us-east-1a"), "InvalidSubnet.Conflict", 400);
        assertAwsError(() -> subnet("10.0.2.0/33", "us-east-1a"), "InvalidParameterValue", 400);
        assertThat(subnet("10.0.2.0/24", "us-east-1a").cidrBlock()).isEqualTo("10.0.2.0/24");
    }

    @Test
    void theWholeVpcCidrIsAValidSubnet() {
        assertThat(subnet("10.0.0.0/16", "us-east-1a").availableIpAddressCount()).isEqualTo(65531);
    }

    @Test
    void availabilityZoneMustBelongToTheRegion() {
        assertAwsError(() -> subnet("10.0.1.0/24", "eu-west-1a"), "InvalidParameterValue", 400);
        assertAwsError(() -> subnet("10.0.1.0/24", "us-east-1z"), "InvalidParameterValue", 400);
        Subnet byId = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.3.0/24").availabilityZoneId("use1-az3")).subnet();
        assertThat(byId.availabilityZone()).isEqualTo("us-east-1c");
    }

    @Test
    void unknownOrMalformedVpcIsRefused() {
        assertAwsError(() -> ec2().createSubnet(r -> r.vpcId("vpc-0123456789abcdef0").cidrBlock("10.0.1.0/24")), "InvalidVpcID.NotFound", 400);
        assertAwsError(() -> ec2().createSubnet(r -> r.vpcId("vpc-nope").cidrBlock("10.0.1.0/24")), "InvalidVpcID.Malformed", 400);
        assertAwsError(() -> ec2().createSubnet(r -> r.vpcId(vpcId)), "MissingParameter", 400);
    }

    @Test
    void describeSubnetsFilters() {
        Subnet a = subnet("10.0.1.0/24", "us-east-1a");
        Subnet b = subnet("10.0.2.0/24", "us-east-1b");

        assertThat(ids(filter("vpc-id", vpcId))).containsExactlyInAnyOrder(a.subnetId(), b.subnetId());
        assertThat(ids(filter("vpc-id", vpcId), filter("availability-zone", "us-east-1b"))).containsExactly(b.subnetId());
        assertThat(ids(filter("cidr-block", "10.0.1.0/24"))).containsExactly(a.subnetId());
        assertThat(ids(filter("subnet-id", a.subnetId()))).containsExactly(a.subnetId());
        assertThat(ids(filter("default-for-az", "true"))).hasSize(6);
        assertThat(ids(filter("vpc-id", vpcId), filter("available-ip-address-count", "251"))).hasSize(2);
        assertThat(ids(filter("vpc-id", vpcId), filter("map-public-ip-on-launch", "false"))).hasSize(2);
        assertAwsError(() -> ec2().describeSubnets(r -> r.filters(filter("size", "big"))), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().describeSubnets(r -> r.subnetIds("subnet-0123456789abcdef0")), "InvalidSubnetID.NotFound", 400);
    }

    @Test
    void defaultSubnetsArePublicAndOnePerZone() {
        List<Subnet> defaults = ec2().describeSubnets(r -> r.filters(filter("default-for-az", "true"))).subnets();
        assertThat(defaults).hasSize(6).allSatisfy(s -> {
            assertThat(s.mapPublicIpOnLaunch()).isTrue();
            assertThat(s.cidrBlock()).startsWith("172.31.").endsWith("/20");
        });
        assertThat(defaults).extracting(Subnet::availabilityZone).doesNotHaveDuplicates();
        var defaultVpcId = defaults.get(0).vpcId();
        var igws = ec2().describeInternetGateways(r -> r.filters(filter("attachment.vpc-id", defaultVpcId))).internetGateways();
        assertThat(igws).hasSize(1);
        var routes = ec2().describeRouteTables(r -> r.filters(filter("vpc-id", defaultVpcId))).routeTables().get(0).routes();
        assertThat(routes).anySatisfy(route -> {
            assertThat(route.destinationCidrBlock()).isEqualTo("0.0.0.0/0");
            assertThat(route.gatewayId()).isEqualTo(igws.get(0).internetGatewayId());
        });
    }

    @Test
    void mapPublicIpOnLaunchCanBeChanged() {
        Subnet subnet = subnet("10.0.1.0/24", "us-east-1a");
        ec2().modifySubnetAttribute(r -> r.subnetId(subnet.subnetId()).mapPublicIpOnLaunch(AttributeBooleanValue.builder().value(true).build()));
        assertThat(ec2().describeSubnets(r -> r.subnetIds(subnet.subnetId())).subnets().get(0).mapPublicIpOnLaunch()).isTrue();
        assertAwsError(() -> ec2().modifySubnetAttribute(r -> r.subnetId("subnet-0123456789abcdef0")
                .mapPublicIpOnLaunch(AttributeBooleanValue.builder().value(true).build())), "InvalidSubnetID.NotFound", 400);
    }

    @Test
    void aNewSubnetUsesTheDefaultAclAndIsForgottenOnDelete() {
        Subnet subnet = subnet("10.0.1.0/24", "us-east-1a");
        assertThat(ec2().describeNetworkAcls(r -> r.filters(filter("association.subnet-id", subnet.subnetId()))).networkAcls())
                .singleElement().satisfies(acl -> assertThat(acl.isDefault()).isTrue());
        ec2().deleteSubnet(r -> r.subnetId(subnet.subnetId()));
        assertThat(ec2().describeNetworkAcls(r -> r.filters(filter("association.subnet-id", subnet.subnetId()))).networkAcls()).isEmpty();
        assertAwsError(() -> ec2().deleteSubnet(r -> r.subnetId(subnet.subnetId())), "InvalidSubnetID.NotFound", 400);
    }

    @Test
    void concurrentCreatesNeverProduceOverlappingSubnets() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            // 8 threads each try the same 8 /20 blocks in a different order: every block must be won exactly once
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    Ec2Client client = ec2();
                    StringBuilder won = new StringBuilder();
                    for (int i = 0; i < 8; i++) {
                        String cidr = "10.0." + (16 * ((i + thread) % 8)) + ".0/20";
                        try {
                            client.createSubnet(r -> r.vpcId(vpcId).cidrBlock(cidr));
                            won.append(cidr).append(' ');
                        } catch (AwsServiceException e) {
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSubnet.Conflict");
                        }
                    }
                    return won.toString();
                }));
            }
            List<String> won = new ArrayList<>();
            for (Future<String> f : results) {
                won.addAll(List.of(f.get().trim().split(" ")).stream().filter(s -> !s.isEmpty()).toList());
            }
            assertThat(won).hasSize(8).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        List<Subnet> subnets = ec2().describeSubnets(r -> r.filters(filter("vpc-id", vpcId))).subnets();
        assertThat(subnets).hasSize(8);
        assertThat(subnets).extracting(Subnet::cidrBlock).doesNotHaveDuplicates();
    }

    private List<String> ids(software.amazon.awssdk.services.ec2.model.Filter... filters) {
        return ec2().describeSubnets(r -> r.filters(filters)).subnets().stream().map(Subnet::subnetId).toList();
    }
}
