package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.AddPrefixListEntry;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.ManagedPrefixList;
import software.amazon.awssdk.services.ec2.model.PrefixListEntry;
import software.amazon.awssdk.services.ec2.model.PrefixListId;
import software.amazon.awssdk.services.ec2.model.RemovePrefixListEntry;
import software.amazon.awssdk.services.ec2.model.Route;

class PrefixListWireTest extends NetsimIntegrationTest {

    private static AddPrefixListEntry entry(String cidr) {
        return AddPrefixListEntry.builder().cidr(cidr).description("office " + cidr).build();
    }

    @Test
    void awsManagedListsAreThereInEveryRegion() {
        var lists = ec2().describePrefixLists().prefixLists();
        assertThat(lists).extracting(l -> l.prefixListName()).containsExactlyInAnyOrder("com.amazonaws.us-east-1.s3", "com.amazonaws.us-east-1.dynamodb");
        assertThat(ec2().describePrefixLists(r -> r.prefixListIds("pl-63a5400a")).prefixLists().get(0).cidrs()).contains("52.216.0.0/15");
        assertThat(ec2().describePrefixLists(r -> r.filters(filter("prefix-list-name", "com.amazonaws.us-east-1.dynamodb"))).prefixLists())
                .extracting(l -> l.prefixListId()).containsExactly("pl-02cd2c6b");
        var managed = ec2().describeManagedPrefixLists(r -> r.filters(filter("owner-id", "AWS"))).prefixLists();
        assertThat(managed).hasSize(2).allSatisfy(l -> assertThat(l.addressFamily()).isEqualTo("IPv4"));
        assertThat(ec2().getManagedPrefixListEntries(r -> r.prefixListId("pl-02cd2c6b")).entries()).extracting(PrefixListEntry::cidr)
                .contains("52.94.0.0/22");
        assertAwsError(() -> ec2().modifyManagedPrefixList(r -> r.prefixListId("pl-63a5400a").prefixListName("mine")), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().describePrefixLists(r -> r.prefixListIds("pl-0123456789abcdef0")), "InvalidPrefixListID.NotFound", 400);
        assertAwsError(() -> ec2().describePrefixLists(r -> r.filters(filter("owner-id", "AWS"))), "InvalidParameterValue", 400);
    }

    @Test
    void customerListVersionsModifyAndRestore() {
        ManagedPrefixList created = ec2().createManagedPrefixList(r -> r.prefixListName("offices").addressFamily("IPv4").maxEntries(3)
                .entries(entry("192.0.2.0/24"), entry("198.51.100.7/24"))).prefixList();
        String id = created.prefixListId();
        assertThat(id).matches("pl-[0-9a-f]{17}");
        assertThat(created.version()).isEqualTo(1L);
        assertThat(created.prefixListArn()).isEqualTo("arn:aws:ec2:us-east-1:000000000000:prefix-list/" + id);
        assertThat(ec2().getManagedPrefixListEntries(r -> r.prefixListId(id)).entries()).extracting(PrefixListEntry::cidr)
                .containsExactly("192.0.2.0/24", "198.51.100.0/24");

        var modified = ec2().modifyManagedPrefixList(r -> r.prefixListId(id).currentVersion(1L)
                .addEntries(entry("203.0.113.0/24")).removeEntries(RemovePrefixListEntry.builder().cidr("192.0.2.0/24").build())).prefixList();
        assertThat(modified.version()).isEqualTo(2L);
        assertThat(modified.stateAsString()).isEqualTo("modify-complete");
        assertThat(ec2().getManagedPrefixListEntries(r -> r.prefixListId(id)).entries()).extracting(PrefixListEntry::cidr)
                .containsExactly("198.51.100.0/24", "203.0.113.0/24");
        assertThat(ec2().getManagedPrefixListEntries(r -> r.prefixListId(id).targetVersion(1L)).entries()).extracting(PrefixListEntry::cidr)
                .containsExactly("192.0.2.0/24", "198.51.100.0/24");
        assertThat(ec2().getManagedPrefixListEntries(r -> r.prefixListId(id).maxResults(1)).nextToken()).isNotNull();

        // stale version, too many entries, duplicates, entries with a resize, a bad family: refused, nothing changes
        assertAwsError(() -> ec2().modifyManagedPrefixList(r -> r.prefixListId(id).currentVersion(1L).addEntries(entry("10.0.0.0/8"))),
                "PrefixListVersionMismatch", 400);
        assertAwsError(() -> ec2().modifyManagedPrefixList(r -> r.prefixListId(id).currentVersion(2L)
                .addEntries(entry("10.0.0.0/8"), entry("172.16.0.0/12"))), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().modifyManagedPrefixList(r -> r.prefixListId(id).currentVersion(2L).addEntries(entry("203.0.113.0/24"))),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().modifyManagedPrefixList(r -> r.prefixListId(id).currentVersion(2L).addEntries(entry("10.0.0.0/8"))
                .maxEntries(10)), "InvalidParameterCombination", 400);
        assertAwsError(() -> ec2().modifyManagedPrefixList(r -> r.prefixListId(id).currentVersion(2L).addEntries(entry("2001:db8::/32"))),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().modifyManagedPrefixList(r -> r.prefixListId(id).maxEntries(1)), "InvalidParameterValue", 400);
        assertThat(ec2().describeManagedPrefixLists(r -> r.prefixListIds(id)).prefixLists().get(0).version()).isEqualTo(2L);

        var restored = ec2().restoreManagedPrefixListVersion(r -> r.prefixListId(id).previousVersion(1L).currentVersion(2L)).prefixList();
        assertThat(restored.version()).isEqualTo(3L);
        assertThat(ec2().getManagedPrefixListEntries(r -> r.prefixListId(id)).entries()).extracting(PrefixListEntry::cidr)
                .containsExactly("192.0.2.0/24", "198.51.100.0/24");

        var renamed = ec2().modifyManagedPrefixList(r -> r.prefixListId(id).prefixListName("branches").maxEntries(5)).prefixList();
        assertThat(renamed.prefixListName()).isEqualTo("branches");
        assertThat(renamed.maxEntries()).isEqualTo(5);
        assertThat(ec2().describeManagedPrefixLists(r -> r.filters(filter("prefix-list-name", "branches"))).prefixLists()).hasSize(1);
    }

    @Test
    void createRefusesBadInput() {
        assertAwsError(() -> ec2().createManagedPrefixList(r -> r.prefixListName("com.amazonaws.mine").addressFamily("IPv4").maxEntries(2)),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createManagedPrefixList(r -> r.prefixListName("x").addressFamily("IPv5").maxEntries(2)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createManagedPrefixList(r -> r.prefixListName("x").addressFamily("IPv4").maxEntries(1001)),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createManagedPrefixList(r -> r.prefixListName("x").addressFamily("IPv4").maxEntries(1)
                .entries(entry("10.0.0.0/8"), entry("10.1.0.0/16"))), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createManagedPrefixList(r -> r.prefixListName("x").addressFamily("IPv6").maxEntries(2)
                .entries(entry("10.0.0.0/8"))), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createManagedPrefixList(r -> r.prefixListName("x").addressFamily("IPv4").maxEntries(2)
                .entries(entry("10.0.0.0/8"), entry("10.0.0.0/8"))), "InvalidParameterValue", 400);
        assertThat(ec2().describeManagedPrefixLists(r -> r.filters(filter("owner-id", "000000000000"))).prefixLists()).isEmpty();

        var first = ec2().createManagedPrefixList(r -> r.prefixListName("x").addressFamily("IPv6").maxEntries(2).clientToken("t-1")
                .entries(entry("2001:db8::1/32"))).prefixList();
        var again = ec2().createManagedPrefixList(r -> r.prefixListName("x").addressFamily("IPv6").maxEntries(2).clientToken("t-1")).prefixList();
        assertThat(again.prefixListId()).isEqualTo(first.prefixListId());
        assertThat(ec2().getManagedPrefixListEntries(r -> r.prefixListId(first.prefixListId())).entries()).extracting(PrefixListEntry::cidr)
                .containsExactly("2001:db8::/32");
    }

    @Test
    void routesAndSecurityGroupsUseListsAndKeepThemAlive() {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String igw = ec2().createInternetGateway().internetGateway().internetGatewayId();
        ec2().attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpcId));
        String table = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
        String id = ec2().createManagedPrefixList(r -> r.prefixListName("partners").addressFamily("IPv4").maxEntries(5)
                .entries(entry("192.0.2.0/24"))).prefixList().prefixListId();

        ec2().createRoute(r -> r.routeTableId(table).destinationPrefixListId(id).gatewayId(igw));
        assertThat(ec2().describeRouteTables(r -> r.filters(filter("route.destination-prefix-list-id", id))).routeTables().get(0).routes())
                .extracting(Route::destinationPrefixListId).contains(id);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(table).destinationPrefixListId("pl-0123456789abcdef0").gatewayId(igw)),
                "InvalidPrefixListID.NotFound", 400);

        String group = ec2().createSecurityGroup(r -> r.vpcId(vpcId).groupName("web").description("web")).groupId();
        ec2().authorizeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(443).toPort(443)
                .prefixListIds(PrefixListId.builder().prefixListId(id).build()).build()));
        assertAwsError(() -> ec2().authorizeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(IpPermission.builder().ipProtocol("tcp")
                .fromPort(22).toPort(22).prefixListIds(PrefixListId.builder().prefixListId("pl-0123456789abcdef0").build()).build())),
                "InvalidPrefixListID.NotFound", 400);

        var refused = assertAwsError(() -> ec2().deleteManagedPrefixList(r -> r.prefixListId(id)), "DependencyViolation", 400);
        assertThat(refused.awsErrorDetails().errorMessage()).contains(table).contains(group);
        ec2().deleteRoute(r -> r.routeTableId(table).destinationPrefixListId(id));
        ec2().deleteSecurityGroup(r -> r.groupId(group));
        assertThat(ec2().deleteManagedPrefixList(r -> r.prefixListId(id)).prefixList().stateAsString()).isEqualTo("delete-in-progress");
        assertAwsError(() -> ec2().describeManagedPrefixLists(r -> r.prefixListIds(id)), "InvalidPrefixListID.NotFound", 400);
    }
}
