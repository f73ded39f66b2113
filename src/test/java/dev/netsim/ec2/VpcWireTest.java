package dev.netsim.ec2;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;

class VpcWireTest extends NetsimIntegrationTest {

    private Vpc createVpc(Ec2Client ec2, String cidr, String name) {
        return ec2.createVpc(r -> r.cidrBlock(cidr).tagSpecifications(TagSpecification.builder()
                .resourceType(ResourceType.VPC).tags(Tag.builder().key("Name").value(name).build()).build())).vpc();
    }

    @Test
    void createVpcReturnsAnAwsShapedVpcWithItsTags() {
        Vpc vpc = createVpc(ec2(), "10.0.0.0/16", "demo");

        assertThat(vpc.vpcId()).matches("vpc-[0-9a-f]{17}");
        assertThat(vpc.cidrBlock()).isEqualTo("10.0.0.0/16");
        assertThat(vpc.stateAsString()).isEqualTo("available");
        assertThat(vpc.isDefault()).isFalse();
        assertThat(vpc.instanceTenancyAsString()).isEqualTo("default");
        assertThat(vpc.ownerId()).isEqualTo("000000000000");
        assertThat(vpc.cidrBlockAssociationSet()).singleElement().satisfies(a -> {
            assertThat(a.associationId()).startsWith("vpc-cidr-assoc-");
            assertThat(a.cidrBlockState().stateAsString()).isEqualTo("associated");
        });
        assertThat(vpc.tags()).containsExactly(Tag.builder().key("Name").value("demo").build());
    }

    @Test
    void hostBitsAreMaskedAsAwsDoes() {
        assertThat(ec2().createVpc(r -> r.cidrBlock("100.68.0.18/18")).vpc().cidrBlock()).isEqualTo("100.68.0.0/18");
    }

    @Test
    void vpcCidrMustBeBetweenSlash16AndSlash28() {
        assertAwsError(() -> ec2().createVpc(r -> r.cidrBlock("10.0.0.0/8")), "InvalidVpc.Range", 400);
        assertAwsError(() -> ec2().createVpc(r -> r.cidrBlock("10.0.0.0/29")), "InvalidVpc.Range", 400);
        assertAwsError(() -> ec2().createVpc(r -> r.cidrBlock("169.254.0.0/16")), "InvalidVpc.Range", 400);
        assertThat(ec2().createVpc(r -> r.cidrBlock("10.0.0.0/28")).vpc().cidrBlock()).isEqualTo("10.0.0.0/28");
    }

    @Test
    void malformedCidrsAndMissingParametersAreClientErrors() {
        assertAwsError(() -> ec2().createVpc(r -> r.cidrBlock("10.0.0.0/33")), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createVpc(r -> r.cidrBlock("not-a-cidr")), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createVpc(r -> r.cidrBlock("10.0.0.0")), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createVpc(r -> { }), "MissingParameter", 400);
        assertAwsError(() -> ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16").instanceTenancy("host")), "InvalidParameterValue", 400);
    }

    @Test
    void describeVpcsIncludesTheDefaultVpcAndFilters() {
        Vpc demo = createVpc(ec2(), "10.0.0.0/16", "demo");
        createVpc(ec2(), "10.1.0.0/16", "other");

        assertThat(ec2().describeVpcs().vpcs()).hasSize(3);
        Vpc defaultVpc = ec2().describeVpcs(r -> r.filters(filter("is-default", "true"))).vpcs().get(0);
        assertThat(defaultVpc.cidrBlock()).isEqualTo("172.31.0.0/16");
        assertThat(defaultVpc.isDefault()).isTrue();

        assertThat(ids(ec2().describeVpcs(r -> r.filters(filter("tag:Name", "demo"))))).containsExactly(demo.vpcId());
        assertThat(ids(ec2().describeVpcs(r -> r.filters(filter("tag:Name", "d*"))))).containsExactly(demo.vpcId());
        assertThat(ids(ec2().describeVpcs(r -> r.filters(filter("tag-key", "Name"))))).hasSize(2);
        assertThat(ids(ec2().describeVpcs(r -> r.filters(filter("cidr", "10.0.0.0/16"))))).containsExactly(demo.vpcId());
        assertThat(ids(ec2().describeVpcs(r -> r.filters(filter("cidr-block-association.cidr-block", "10.0.0.0/16"))))).containsExactly(demo.vpcId());
        assertThat(ids(ec2().describeVpcs(r -> r.filters(filter("vpc-id", demo.vpcId()))))).containsExactly(demo.vpcId());
        assertThat(ids(ec2().describeVpcs(r -> r.filters(filter("state", "available"))))).hasSize(3);
        assertThat(ids(ec2().describeVpcs(r -> r.filters(filter("state", "pending"))))).isEmpty();
        assertThat(ids(ec2().describeVpcs(r -> r.filters(filter("is-default", "false"), filter("tag:Name", "other", "demo"))))).hasSize(2);
        assertThat(ids(ec2().describeVpcs(r -> r.vpcIds(demo.vpcId())))).containsExactly(demo.vpcId());
    }

    @Test
    void unknownFilterNamesAndIdsFailTheWholeCall() {
        assertAwsError(() -> ec2().describeVpcs(r -> r.filters(filter("colour", "red"))), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().describeVpcs(r -> r.vpcIds("vpc-0123456789abcdef0")), "InvalidVpcID.NotFound", 400);
        assertAwsError(() -> ec2().describeVpcs(r -> r.vpcIds("vpc-xyz")), "InvalidVpcID.Malformed", 400);
    }

    @Test
    void theVpcQuotaCountsTheDefaultVpc() {
        for (int i = 0; i < 4; i++) {
            int n = i;
            ec2().createVpc(r -> r.cidrBlock("10." + n + ".0.0/16"));
        }
        DescribeVpcsResponse all = ec2().describeVpcs(r -> r.maxResults(5));
        assertThat(all.vpcs()).hasSize(5);
        assertThat(all.nextToken()).isNull();
        assertAwsError(() -> ec2().createVpc(r -> r.cidrBlock("10.10.0.0/16")), "VpcLimitExceeded", 400);
    }

    @Test
    void describeCallsPageWithMaxResultsAndNextToken() {
        // us-east-1 has six AZs, so the default VPC has six subnets
        var page1 = ec2().describeSubnets(r -> r.maxResults(5));
        assertThat(page1.subnets()).hasSize(5);
        assertThat(page1.nextToken()).isNotNull();
        var page2 = ec2().describeSubnets(r -> r.maxResults(5).nextToken(page1.nextToken()));
        assertThat(page2.subnets()).hasSize(1);
        assertThat(page2.nextToken()).isNull();
        assertThat(ec2().describeSubnetsPaginator(r -> r.maxResults(5)).subnets().stream().count()).isEqualTo(6);
        assertAwsError(() -> ec2().describeVpcs(r -> r.maxResults(4)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().describeVpcs(r -> r.maxResults(5).nextToken("garbage")), "InvalidNextToken", 400);
        var vpcId = ec2().describeVpcs().vpcs().get(0).vpcId();
        assertAwsError(() -> ec2().describeVpcs(r -> r.maxResults(5).vpcIds(vpcId)), "InvalidParameterCombination", 400);
    }

    @Test
    void aNewVpcComesWithMainRouteTableDefaultSecurityGroupAndDefaultAcl() {
        Vpc vpc = createVpc(ec2(), "10.0.0.0/16", "demo");
        Filter inVpc = filter("vpc-id", vpc.vpcId());

        var tables = ec2().describeRouteTables(r -> r.filters(inVpc)).routeTables();
        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.associations()).singleElement().satisfies(a -> assertThat(a.main()).isTrue());
            assertThat(t.routes()).singleElement().satisfies(route -> {
                assertThat(route.destinationCidrBlock()).isEqualTo("10.0.0.0/16");
                assertThat(route.gatewayId()).isEqualTo("local");
                assertThat(route.stateAsString()).isEqualTo("active");
            });
        });
        assertThat(ec2().describeRouteTables(r -> r.filters(inVpc, filter("association.main", "true"))).routeTables()).hasSize(1);

        var groups = ec2().describeSecurityGroups(r -> r.filters(inVpc)).securityGroups();
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.groupName()).isEqualTo("default");
            assertThat(g.ipPermissions()).singleElement().satisfies(p -> {
                assertThat(p.ipProtocol()).isEqualTo("-1");
                assertThat(p.userIdGroupPairs()).singleElement().satisfies(pair -> assertThat(pair.groupId()).isEqualTo(g.groupId()));
            });
            assertThat(g.ipPermissionsEgress()).singleElement().satisfies(p ->
                    assertThat(p.ipRanges()).singleElement().satisfies(range -> assertThat(range.cidrIp()).isEqualTo("0.0.0.0/0")));
        });
        assertThat(ec2().describeSecurityGroups(r -> r.filters(inVpc, filter("group-name", "default"))).securityGroups()).hasSize(1);

        var acls = ec2().describeNetworkAcls(r -> r.filters(inVpc)).networkAcls();
        assertThat(acls).singleElement().satisfies(acl -> {
            assertThat(acl.isDefault()).isTrue();
            assertThat(acl.entries()).extracting(e -> e.ruleNumber() + " " + e.egress() + " " + e.ruleActionAsString())
                    .containsExactly("100 false allow", "32767 false deny", "100 true allow", "32767 true deny");
        });
    }

    @Test
    void deleteVpcRefusesWhileSubnetsRemainThenSucceeds() {
        Vpc vpc = createVpc(ec2(), "10.0.0.0/16", "demo");
        var subnet = ec2().createSubnet(r -> r.vpcId(vpc.vpcId()).cidrBlock("10.0.1.0/24")).subnet();

        var e = assertAwsError(() -> ec2().deleteVpc(r -> r.vpcId(vpc.vpcId())), "DependencyViolation", 400);
        assertThat(e.awsErrorDetails().errorMessage()).contains(subnet.subnetId());

        ec2().deleteSubnet(r -> r.subnetId(subnet.subnetId()));
        ec2().deleteVpc(r -> r.vpcId(vpc.vpcId()));
        assertAwsError(() -> ec2().describeVpcs(r -> r.vpcIds(vpc.vpcId())), "InvalidVpcID.NotFound", 400);
        assertThat(ec2().describeRouteTables(r -> r.filters(filter("vpc-id", vpc.vpcId()))).routeTables()).isEmpty();
        assertThat(ec2().describeSecurityGroups(r -> r.filters(filter("vpc-id", vpc.vpcId()))).securityGroups()).isEmpty();
        assertAwsError(() -> ec2().deleteVpc(r -> r.vpcId(vpc.vpcId())), "InvalidVpcID.NotFound", 400);
    }

    @Test
    void theDefaultVpcCannotBeDeletedWhileItsGatewayAndSubnetsRemain() {
        Vpc defaultVpc = ec2().describeVpcs(r -> r.filters(filter("is-default", "true"))).vpcs().get(0);
        assertAwsError(() -> ec2().deleteVpc(r -> r.vpcId(defaultVpc.vpcId())), "DependencyViolation", 400);
    }

    /** CreateDefaultVpc: refused while the default VPC exists; after it is deleted, a new one as AWS builds it. */
    @Test
    void aDeletedDefaultVpcIsBuiltAgain() {
        Vpc first = ec2().describeVpcs(r -> r.filters(filter("is-default", "true"))).vpcs().get(0);
        assertAwsError(() -> ec2().createDefaultVpc(r -> { }), "DefaultVpcAlreadyExists", 400);
        for (var subnet : ec2().describeSubnets(r -> r.filters(filter("vpc-id", first.vpcId()))).subnets()) {
            ec2().deleteSubnet(r -> r.subnetId(subnet.subnetId()));
        }
        var gateway = ec2().describeInternetGateways(r -> r.filters(filter("attachment.vpc-id", first.vpcId()))).internetGateways().get(0);
        ec2().detachInternetGateway(r -> r.internetGatewayId(gateway.internetGatewayId()).vpcId(first.vpcId()));
        ec2().deleteInternetGateway(r -> r.internetGatewayId(gateway.internetGatewayId()));
        ec2().deleteVpc(r -> r.vpcId(first.vpcId()));
        assertThat(ec2().describeVpcs(r -> r.filters(filter("is-default", "true"))).vpcs()).isEmpty();

        Vpc again = ec2().createDefaultVpc(r -> { }).vpc();
        assertThat(again.vpcId()).isNotEqualTo(first.vpcId()).matches("vpc-[0-9a-f]{17}");
        assertThat(again.isDefault()).isTrue();
        assertThat(again.cidrBlock()).isEqualTo("172.31.0.0/16");
        var subnets = ec2().describeSubnets(r -> r.filters(filter("vpc-id", again.vpcId()))).subnets();
        assertThat(subnets).hasSize(6).allSatisfy(s -> assertThat(s.defaultForAz()).isTrue());
        assertThat(ec2().describeRouteTables(r -> r.filters(filter("vpc-id", again.vpcId()))).routeTables().get(0).routes())
                .anySatisfy(route -> assertThat(route.gatewayId()).startsWith("igw-"));
        assertAwsError(() -> ec2().createDefaultVpc(r -> { }), "DefaultVpcAlreadyExists", 400);
    }

    /** ModifyVpcTenancy: to default only, the one change AWS allows. */
    @Test
    void aDedicatedVpcBecomesDefaultTenancy() {
        String dedicated = ec2().createVpc(r -> r.cidrBlock("10.5.0.0/16").instanceTenancy("dedicated")).vpc().vpcId();
        assertAwsError(() -> ec2().modifyVpcTenancy(r -> r.vpcId(dedicated).instanceTenancy("dedicated")), "InvalidParameterValue", 400);
        assertThat(ec2().modifyVpcTenancy(r -> r.vpcId(dedicated).instanceTenancy("default")).returnValue()).isTrue();
        assertThat(ec2().describeVpcs(r -> r.vpcIds(dedicated)).vpcs().get(0).instanceTenancyAsString()).isEqualTo("default");
        assertAwsError(() -> ec2().modifyVpcTenancy(r -> r.vpcId("vpc-0123456789abcdef0").instanceTenancy("default")), "InvalidVpcID.NotFound",
                400);
    }

    @Test
    void networkAddressUsageMetricsAreAnAttribute() {
        Vpc vpc = createVpc(ec2(), "10.0.0.0/16", "nau");
        assertThat(ec2().describeVpcAttribute(r -> r.vpcId(vpc.vpcId()).attribute(VpcAttributeName.ENABLE_NETWORK_ADDRESS_USAGE_METRICS))
                .enableNetworkAddressUsageMetrics().value()).isFalse();
        ec2().modifyVpcAttribute(r -> r.vpcId(vpc.vpcId()).enableNetworkAddressUsageMetrics(AttributeBooleanValue.builder().value(true).build()));
        assertThat(ec2().describeVpcAttribute(r -> r.vpcId(vpc.vpcId()).attribute(VpcAttributeName.ENABLE_NETWORK_ADDRESS_USAGE_METRICS))
                .enableNetworkAddressUsageMetrics().value()).isTrue();
        assertAwsError(() -> ec2().modifyVpcAttribute(r -> r.vpcId(vpc.vpcId())
                .enableNetworkAddressUsageMetrics(AttributeBooleanValue.builder().value(true).build())
                .enableDnsSupport(AttributeBooleanValue.builder().value(true).build())), "InvalidParameterCombination", 400);
    }

    @Test
    void dnsAttributesAreModifiedOneAtATime() {
        Vpc vpc = createVpc(ec2(), "10.0.0.0/16", "demo");
        assertThat(ec2().describeVpcAttribute(r -> r.vpcId(vpc.vpcId()).attribute(VpcAttributeName.ENABLE_DNS_SUPPORT))
                .enableDnsSupport().value()).isTrue();
        assertThat(ec2().describeVpcAttribute(r -> r.vpcId(vpc.vpcId()).attribute(VpcAttributeName.ENABLE_DNS_HOSTNAMES))
                .enableDnsHostnames().value()).isFalse();

        ec2().modifyVpcAttribute(r -> r.vpcId(vpc.vpcId()).enableDnsHostnames(AttributeBooleanValue.builder().value(true).build()));
        assertThat(ec2().describeVpcAttribute(r -> r.vpcId(vpc.vpcId()).attribute(VpcAttributeName.ENABLE_DNS_HOSTNAMES))
                .enableDnsHostnames().value()).isTrue();

        assertAwsError(() -> ec2().modifyVpcAttribute(r -> r.vpcId(vpc.vpcId())
                .enableDnsHostnames(AttributeBooleanValue.builder().value(true).build())
                .enableDnsSupport(AttributeBooleanValue.builder().value(true).build())), "InvalidParameterCombination", 400);
        assertAwsError(() -> ec2().describeVpcAttribute(r -> r.vpcId(vpc.vpcId()).attribute("colour")), "InvalidParameterValue", 400);
    }

    @Test
    void secondaryCidrsFollowAwsRules() {
        Vpc vpc = createVpc(ec2(), "10.0.0.0/16", "demo");
        var association = ec2().associateVpcCidrBlock(r -> r.vpcId(vpc.vpcId()).cidrBlock("10.1.0.0/16")).cidrBlockAssociation();
        assertThat(association.cidrBlock()).isEqualTo("10.1.0.0/16");

        assertThat(ec2().describeVpcs(r -> r.vpcIds(vpc.vpcId())).vpcs().get(0).cidrBlockAssociationSet()).hasSize(2);
        assertThat(ec2().describeRouteTables(r -> r.filters(filter("vpc-id", vpc.vpcId()))).routeTables().get(0).routes())
                .extracting(rt -> rt.destinationCidrBlock()).containsExactlyInAnyOrder("10.0.0.0/16", "10.1.0.0/16");

        assertAwsError(() -> ec2().associateVpcCidrBlock(r -> r.vpcId(vpc.vpcId()).cidrBlock("10.0.128.0/17")), "InvalidVpc.Range", 400);
        assertAwsError(() -> ec2().associateVpcCidrBlock(r -> r.vpcId(vpc.vpcId()).cidrBlock("192.168.0.0/16")), "InvalidVpc.Range", 400);
        assertAwsError(() -> ec2().associateVpcCidrBlock(r -> r.vpcId(vpc.vpcId()).cidrBlock("10.2.0.0/8")), "InvalidVpc.Range", 400);

        var subnet = ec2().createSubnet(r -> r.vpcId(vpc.vpcId()).cidrBlock("10.1.1.0/24")).subnet();
        assertAwsError(() -> ec2().disassociateVpcCidrBlock(r -> r.associationId(association.associationId())), "DependencyViolation", 400);
        ec2().deleteSubnet(r -> r.subnetId(subnet.subnetId()));
        ec2().disassociateVpcCidrBlock(r -> r.associationId(association.associationId()));
        assertThat(ec2().describeVpcs(r -> r.vpcIds(vpc.vpcId())).vpcs().get(0).cidrBlockAssociationSet()).hasSize(1);

        String primary = vpc.cidrBlockAssociationSet().get(0).associationId();
        assertAwsError(() -> ec2().disassociateVpcCidrBlock(r -> r.associationId(primary)), "OperationNotPermitted", 400);
        assertAwsError(() -> ec2().disassociateVpcCidrBlock(r -> r.associationId("vpc-cidr-assoc-0123456789abcdef0")),
                "InvalidVpcCidrBlockAssociationID.NotFound", 400);
    }

    @Test
    void accountsAndRegionsDoNotSeeEachOthersResources() {
        Ec2Client a = ec2(ACCOUNT_A, Region.US_EAST_1);
        Ec2Client b = ec2(ACCOUNT_B, Region.US_EAST_1);
        Ec2Client aWest = ec2(ACCOUNT_A, Region.EU_WEST_1);
        Vpc vpc = createVpc(a, "10.0.0.0/16", "a");

        assertThat(vpc.ownerId()).isEqualTo(ACCOUNT_A);
        assertThat(ids(a.describeVpcs())).contains(vpc.vpcId());
        assertThat(ids(b.describeVpcs())).doesNotContain(vpc.vpcId()).hasSize(1);
        assertThat(ids(aWest.describeVpcs())).doesNotContain(vpc.vpcId()).hasSize(1);
        assertAwsError(() -> b.describeVpcs(r -> r.vpcIds(vpc.vpcId())), "InvalidVpcID.NotFound", 400);
        assertAwsError(() -> aWest.deleteVpc(r -> r.vpcId(vpc.vpcId())), "InvalidVpcID.NotFound", 400);
        assertThat(aWest.describeSubnets().subnets()).allSatisfy(s -> assertThat(s.availabilityZone()).startsWith("eu-west-1"));
    }

    @Test
    void dryRunChecksWithoutChanging() {
        assertAwsError(() -> ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16").dryRun(true)), "DryRunOperation", 412);
        assertAwsError(() -> ec2().createVpc(r -> r.cidrBlock("10.0.0.0/8").dryRun(true)), "InvalidVpc.Range", 400);
        assertThat(ec2().describeVpcs().vpcs()).hasSize(1);
    }

    static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    static List<String> ids(DescribeVpcsResponse response) {
        return response.vpcs().stream().map(Vpc::vpcId).toList();
    }
}
