package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.AccountAttributeName;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagDescription;

class TagsAndRegionsWireTest extends NetsimIntegrationTest {

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    @Test
    void createDescribeAndDeleteTagsAcrossResourceTypes() {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String subnetId = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24")).subnet().subnetId();
        String sgId = ec2().describeSecurityGroups(r -> r.filters(filter("vpc-id", vpcId))).securityGroups().get(0).groupId();

        ec2().createTags(r -> r.resources(vpcId, subnetId, sgId).tags(tag("Env", "test"), tag("Team", "net")));

        assertThat(ec2().describeTags().tags()).hasSize(6);
        assertThat(ec2().describeTags(r -> r.filters(filter("resource-type", "subnet"))).tags())
                .extracting(TagDescription::resourceId).containsOnly(subnetId);
        assertThat(ec2().describeTags(r -> r.filters(filter("resource-id", sgId), filter("key", "Env"))).tags())
                .singleElement().satisfies(t -> {
                    assertThat(t.resourceTypeAsString()).isEqualTo("security-group");
                    assertThat(t.value()).isEqualTo("test");
                });
        assertThat(ec2().describeSubnets(r -> r.filters(filter("tag:Team", "net"))).subnets()).hasSize(1);

        ec2().createTags(r -> r.resources(vpcId).tags(tag("Env", "prod")));
        assertThat(ec2().describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0).tags()).contains(tag("Env", "prod"));

        ec2().deleteTags(r -> r.resources(vpcId).tags(tag("Env", "other")));
        assertThat(ec2().describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0).tags()).contains(tag("Env", "prod"));
        ec2().deleteTags(r -> r.resources(vpcId).tags(Tag.builder().key("Env").build()));
        assertThat(ec2().describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0).tags()).containsExactly(tag("Team", "net"));
        ec2().deleteTags(r -> r.resources(subnetId));
        assertThat(ec2().describeTags(r -> r.filters(filter("resource-id", subnetId))).tags()).isEmpty();
    }

    @Test
    void createTagsIsAllOrNothing() {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        assertAwsError(() -> ec2().createTags(r -> r.resources(vpcId, "subnet-0123456789abcdef0").tags(tag("A", "b"))),
                "InvalidSubnetID.NotFound", 400);
        assertAwsError(() -> ec2().createTags(r -> r.resources("bogus-1").tags(tag("A", "b"))), "InvalidID", 400);
        assertAwsError(() -> ec2().createTags(r -> r.resources(vpcId).tags(tag("aws:reserved", "b"))), "InvalidParameterValue", 400);
        assertThat(ec2().describeTags().tags()).isEmpty();
    }

    @Test
    void describeRegionsAndZones() {
        assertThat(ec2().describeRegions().regions()).extracting(r -> r.regionName()).contains("us-east-1", "eu-west-1", "ap-northeast-2");
        assertThat(ec2().describeRegions(r -> r.regionNames("eu-west-1")).regions()).singleElement()
                .satisfies(r -> assertThat(r.endpoint()).isEqualTo("ec2.eu-west-1.amazonaws.com"));
        assertAwsError(() -> ec2().describeRegions(r -> r.regionNames("mars-north-1")), "InvalidParameterValue", 400);

        var zones = ec2(ACCOUNT_A, Region.EU_WEST_1).describeAvailabilityZones().availabilityZones();
        assertThat(zones).extracting(z -> z.zoneName()).containsExactly("eu-west-1a", "eu-west-1b", "eu-west-1c");
        assertThat(zones).allSatisfy(z -> {
            assertThat(z.stateAsString()).isEqualTo("available");
            assertThat(z.zoneId()).startsWith("euw1-az");
            assertThat(z.regionName()).isEqualTo("eu-west-1");
        });
        assertThat(ec2().describeAvailabilityZones(r -> r.filters(filter("zone-name", "us-east-1a"))).availabilityZones()).hasSize(1);
        assertAwsError(() -> ec2().describeAvailabilityZones(r -> r.zoneNames("us-east-1z")), "InvalidParameterValue", 400);
    }

    /** Opt-in regions are listed with AllRegions, or by name, as not opted in; the others need no opt-in. */
    @Test
    void optInRegionsAreListedAsNotOptedIn() {
        assertThat(ec2().describeRegions().regions()).extracting(r -> r.regionName()).doesNotContain("ap-east-1", "me-south-1")
                .allSatisfy(name -> assertThat(name).isNotEmpty());
        assertThat(ec2().describeRegions().regions()).allSatisfy(r -> assertThat(r.optInStatus()).isEqualTo("opt-in-not-required"));
        var all = ec2().describeRegions(r -> r.allRegions(true)).regions();
        assertThat(all).filteredOn(r -> r.regionName().equals("ap-east-1")).singleElement()
                .satisfies(r -> assertThat(r.optInStatus()).isEqualTo("not-opted-in"))
                .satisfies(r -> assertThat(r.endpoint()).isEqualTo("ec2.ap-east-1.amazonaws.com"));
        assertThat(all).extracting(r -> r.regionName()).contains("me-south-1", "us-east-1");
        assertThat(ec2().describeRegions(r -> r.regionNames("me-south-1")).regions()).singleElement()
                .satisfies(r -> assertThat(r.optInStatus()).isEqualTo("not-opted-in"));
        assertThat(ec2().describeRegions(r -> r.allRegions(true).filters(f -> f.name("opt-in-status").values("not-opted-in"))).regions())
                .extracting(r -> r.regionName()).contains("ap-east-1").doesNotContain("us-east-1");
    }

    @Test
    void describeAccountAttributesNamesTheDefaultVpc() {
        String defaultVpc = ec2().describeVpcs(r -> r.filters(filter("is-default", "true"))).vpcs().get(0).vpcId();
        var attributes = ec2().describeAccountAttributes(r -> r.attributeNames(AccountAttributeName.DEFAULT_VPC)).accountAttributes();
        assertThat(attributes).singleElement().satisfies(a -> assertThat(a.attributeValues().get(0).attributeValue()).isEqualTo(defaultVpc));
        assertThat(ec2().describeAccountAttributes().accountAttributes()).extracting(a -> a.attributeName())
                .contains("supported-platforms", "default-vpc", "max-instances");
    }
}
