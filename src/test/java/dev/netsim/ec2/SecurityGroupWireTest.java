package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

class SecurityGroupWireTest extends NetsimIntegrationTest {

    private String vpcId;

    @BeforeEach
    void createVpc() {
        vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    }

    private String group(String name) {
        return ec2().createSecurityGroup(r -> r.groupName(name).description(name + " tier").vpcId(vpcId)).groupId();
    }

    private SecurityGroup describe(String groupId) {
        return ec2().describeSecurityGroups(r -> r.groupIds(groupId)).securityGroups().get(0);
    }

    private static IpPermission tcp(int from, int to, String cidr) {
        return IpPermission.builder().ipProtocol("tcp").fromPort(from).toPort(to).ipRanges(IpRange.builder().cidrIp(cidr).build()).build();
    }

    @Test
    void aNewGroupAllowsAllEgressAndNoIngress() {
        String groupId = group("web");
        assertThat(groupId).matches("sg-[0-9a-f]{17}");
        SecurityGroup group = describe(groupId);
        assertThat(group.groupName()).isEqualTo("web");
        assertThat(group.description()).isEqualTo("web tier");
        assertThat(group.ipPermissions()).isEmpty();
        assertThat(group.ipPermissionsEgress()).singleElement().satisfies(p -> {
            assertThat(p.ipProtocol()).isEqualTo("-1");
            assertThat(p.ipRanges()).extracting(IpRange::cidrIp).containsExactly("0.0.0.0/0");
        });
    }

    @Test
    void groupNamesFollowAwsRules() {
        group("web");
        assertAwsError(() -> group("web"), "InvalidGroup.Duplicate", 400);
        assertAwsError(() -> group("default"), "InvalidGroup.Duplicate", 400);
        assertAwsError(() -> group("sg-web"), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createSecurityGroup(r -> r.groupName("x").vpcId(vpcId)), "MissingParameter", 400);
        assertAwsError(() -> ec2().createSecurityGroup(r -> r.groupName("x").description("x").vpcId("vpc-0123456789abcdef0")),
                "InvalidVpcID.NotFound", 400);
        String inDefaultVpc = ec2().createSecurityGroup(r -> r.groupName("web").description("default vpc web")).groupId();
        assertThat(describe(inDefaultVpc).vpcId()).isNotEqualTo(vpcId);
    }

    @Test
    void authorizeAndRevokeIngressWithCidrsAndGroups() {
        String web = group("web");
        String db = group("db");
        var authorized = ec2().authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(tcp(80, 80, "0.0.0.0/0"), tcp(443, 443, "0.0.0.0/0")));
        assertThat(authorized.returnValue()).isTrue();
        assertThat(authorized.securityGroupRules()).hasSize(2).allSatisfy(rule -> {
            assertThat(rule.securityGroupRuleId()).startsWith("sgr-");
            assertThat(rule.isEgress()).isFalse();
            assertThat(rule.groupId()).isEqualTo(web);
        });
        ec2().authorizeSecurityGroupIngress(r -> r.groupId(db).ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(5432).toPort(5432)
                .userIdGroupPairs(UserIdGroupPair.builder().groupId(web).build()).build()));

        assertThat(describe(web).ipPermissions()).hasSize(2);
        assertThat(describe(db).ipPermissions()).singleElement().satisfies(p ->
                assertThat(p.userIdGroupPairs()).extracting(UserIdGroupPair::groupId).containsExactly(web));
        assertThat(ec2().describeSecurityGroups(r -> r.filters(filter("ip-permission.from-port", "443"))).securityGroups())
                .extracting(SecurityGroup::groupId).containsExactly(web);
        assertThat(ec2().describeSecurityGroups(r -> r.filters(filter("ip-permission.group-id", web))).securityGroups())
                .extracting(SecurityGroup::groupId).containsExactly(db);

        assertAwsError(() -> ec2().authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(tcp(80, 80, "0.0.0.0/0"))),
                "InvalidPermission.Duplicate", 400);
        assertAwsError(() -> ec2().deleteSecurityGroup(r -> r.groupId(web)), "DependencyViolation", 400);

        ec2().revokeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(tcp(80, 80, "0.0.0.0/0")));
        assertThat(describe(web).ipPermissions()).singleElement().satisfies(p -> assertThat(p.fromPort()).isEqualTo(443));
        assertAwsError(() -> ec2().revokeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(tcp(80, 80, "0.0.0.0/0"))),
                "InvalidPermission.NotFound", 400);

        ec2().revokeSecurityGroupIngress(r -> r.groupId(db).ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(5432).toPort(5432)
                .userIdGroupPairs(UserIdGroupPair.builder().groupId(web).build()).build()));
        ec2().deleteSecurityGroup(r -> r.groupId(web));
        assertAwsError(() -> ec2().describeSecurityGroups(r -> r.groupIds(web)), "InvalidGroup.NotFound", 400);
    }

    @Test
    void rulesSharingProtocolAndPortsAreListedAsOnePermission() {
        String web = group("web");
        ec2().authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(22).toPort(22)
                .ipRanges(IpRange.builder().cidrIp("10.0.0.0/8").build(), IpRange.builder().cidrIp("192.168.1.7/32").description("admin").build()).build()));
        assertThat(describe(web).ipPermissions()).singleElement().satisfies(p ->
                assertThat(p.ipRanges()).extracting(IpRange::cidrIp).containsExactly("10.0.0.0/8", "192.168.1.7/32"));
        assertThat(ec2().describeSecurityGroupRules(r -> r.filters(filter("group-id", web))).securityGroupRules()).hasSize(3);
    }

    @Test
    void protocolsAndPortsAreValidated() {
        String web = group("web");
        assertAwsError(() -> ec2().authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(tcp(90, 80, "0.0.0.0/0"))), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(tcp(0, 70000, "0.0.0.0/0"))), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(IpPermission.builder().ipProtocol("gre")
                .ipRanges(IpRange.builder().cidrIp("0.0.0.0/0").build()).build())), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(tcp(80, 80, "10.0.0.0/33"))), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(IpPermission.builder().ipProtocol("tcp")
                .fromPort(80).toPort(80).userIdGroupPairs(UserIdGroupPair.builder().groupId("sg-0123456789abcdef0").build()).build())),
                "InvalidGroup.NotFound", 400);
        // one bad permission rejects the whole call
        assertAwsError(() -> ec2().authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(tcp(80, 80, "0.0.0.0/0"), tcp(90, 80, "0.0.0.0/0"))),
                "InvalidParameterValue", 400);
        assertThat(describe(web).ipPermissions()).isEmpty();

        ec2().authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(IpPermission.builder().ipProtocol("6").fromPort(22).toPort(22)
                .ipRanges(IpRange.builder().cidrIp("10.1.2.3/8").build()).build(), IpPermission.builder().ipProtocol("icmp").fromPort(8).toPort(-1)
                .ipRanges(IpRange.builder().cidrIp("0.0.0.0/0").build()).build()));
        assertThat(describe(web).ipPermissions()).extracting(IpPermission::ipProtocol).containsExactly("tcp", "icmp");
        assertThat(describe(web).ipPermissions().get(0).ipRanges().get(0).cidrIp()).isEqualTo("10.0.0.0/8");
    }

    @Test
    void theRuleQuotaIsEnforced() {
        String web = group("web");
        for (int batch = 0; batch < 6; batch++) {
            int base = batch * 10;
            ec2().authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(java.util.stream.IntStream.range(0, 10)
                    .mapToObj(i -> tcp(1000 + base + i, 1000 + base + i, "0.0.0.0/0")).toList()));
        }
        assertAwsError(() -> ec2().authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(tcp(9999, 9999, "0.0.0.0/0"))),
                "RulesPerSecurityGroupLimitExceeded", 400);
        assertThat(ec2().describeSecurityGroupRules(r -> r.filters(filter("group-id", web))).securityGroupRules()).hasSize(61);
    }

    /** UpdateSecurityGroupRuleDescriptions…: the rule found as Revoke finds it, or by its id in that direction. */
    @Test
    void ruleDescriptionsAreUpdatedByPermissionOrRuleId() {
        String web = group("web");
        ec2().authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(tcp(443, 443, "0.0.0.0/0"), tcp(22, 22, "10.0.0.0/8")));
        IpPermission described = tcp(443, 443, "0.0.0.0/0").toBuilder().ipRanges(IpRange.builder().cidrIp("0.0.0.0/0").description("https")
                .build()).build();
        ec2().updateSecurityGroupRuleDescriptionsIngress(r -> r.groupId(web).ipPermissions(described));
        assertThat(describe(web).ipPermissions()).filteredOn(p -> p.fromPort() == 443).singleElement()
                .satisfies(p -> assertThat(p.ipRanges().get(0).description()).isEqualTo("https"));

        String ssh = ec2().describeSecurityGroupRules(r -> r.filters(filter("group-id", web))).securityGroupRules().stream()
                .filter(rule -> !rule.isEgress() && rule.fromPort() == 22).findFirst().orElseThrow().securityGroupRuleId();
        ec2().updateSecurityGroupRuleDescriptionsIngress(r -> r.groupId(web).securityGroupRuleDescriptions(d -> d.securityGroupRuleId(ssh)
                .description("admin ssh")));
        assertThat(ec2().describeSecurityGroupRules(r -> r.securityGroupRuleIds(ssh)).securityGroupRules().get(0).description())
                .isEqualTo("admin ssh");
        String egress = ec2().describeSecurityGroupRules(r -> r.filters(filter("group-id", web))).securityGroupRules().stream()
                .filter(SecurityGroupRule::isEgress).findFirst().orElseThrow().securityGroupRuleId();
        ec2().updateSecurityGroupRuleDescriptionsEgress(r -> r.groupId(web).securityGroupRuleDescriptions(d -> d.securityGroupRuleId(egress)
                .description("anywhere")));
        assertThat(describe(web).ipPermissionsEgress().get(0).ipRanges().get(0).description()).isEqualTo("anywhere");

        // an ingress rule is not an egress one; unknown rules are AWS's errors
        assertAwsError(() -> ec2().updateSecurityGroupRuleDescriptionsEgress(r -> r.groupId(web).securityGroupRuleDescriptions(d -> d
                .securityGroupRuleId(ssh).description("x"))), "InvalidSecurityGroupRuleId.NotFound", 400);
        assertAwsError(() -> ec2().updateSecurityGroupRuleDescriptionsIngress(r -> r.groupId(web).ipPermissions(tcp(8080, 8080, "0.0.0.0/0"))),
                "InvalidPermission.NotFound", 400);
        assertAwsError(() -> ec2().updateSecurityGroupRuleDescriptionsIngress(r -> r.groupId(web).securityGroupRuleDescriptions(d -> d
                .securityGroupRuleId(ssh).description("x".repeat(256)))), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().updateSecurityGroupRuleDescriptionsIngress(r -> r.groupId("sg-0123456789abcdef0").ipPermissions(described)),
                "InvalidGroup.NotFound", 400);
    }

    /** Eight clients adding one rule at once: it is added once, the others get InvalidPermission.Duplicate. */
    @Test
    void aRuleAddedEightTimesAtOnceIsAddedOnce() throws Exception {
        String web = group("web");
        var outcomes = dev.netsim.support.Concurrently.outcomes(8, () -> ec2().authorizeSecurityGroupIngress(r -> r.groupId(web)
                .ipPermissions(tcp(443, 443, "0.0.0.0/0"))).securityGroupRules().get(0).securityGroupRuleId());
        assertThat(outcomes).as(outcomes.toString()).filteredOn(o -> o.startsWith("sgr-")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.startsWith("sgr-")).containsOnly("InvalidPermission.Duplicate");
        assertThat(describe(web).ipPermissions()).hasSize(1);
    }

    @Test
    void anEmptyDescriptionIsNone() {
        assertAwsError(() -> ec2().createSecurityGroup(r -> r.groupName("blank").description("").vpcId(vpcId)), "MissingParameter", 400);
    }

    @Test
    void egressRulesAndRuleIds() {
        String web = group("web");
        SecurityGroupRule allEgress = ec2().describeSecurityGroupRules(r -> r.filters(filter("group-id", web))).securityGroupRules().get(0);
        assertThat(allEgress.isEgress()).isTrue();
        ec2().revokeSecurityGroupEgress(r -> r.groupId(web).securityGroupRuleIds(allEgress.securityGroupRuleId()));
        assertThat(describe(web).ipPermissionsEgress()).isEmpty();

        String ruleId = ec2().authorizeSecurityGroupEgress(r -> r.groupId(web).ipPermissions(tcp(443, 443, "0.0.0.0/0")))
                .securityGroupRules().get(0).securityGroupRuleId();
        ec2().modifySecurityGroupRules(r -> r.groupId(web).securityGroupRules(u -> u.securityGroupRuleId(ruleId)
                .securityGroupRule(s -> s.ipProtocol("tcp").fromPort(8443).toPort(8443).cidrIpv4("10.0.0.0/16").description("api"))));
        assertThat(ec2().describeSecurityGroupRules(r -> r.securityGroupRuleIds(ruleId)).securityGroupRules()).singleElement().satisfies(rule -> {
            assertThat(rule.fromPort()).isEqualTo(8443);
            assertThat(rule.cidrIpv4()).isEqualTo("10.0.0.0/16");
            assertThat(rule.description()).isEqualTo("api");
            assertThat(rule.isEgress()).isTrue();
        });
        assertAwsError(() -> ec2().describeSecurityGroupRules(r -> r.securityGroupRuleIds("sgr-0123456789abcdef0")),
                "InvalidSecurityGroupRuleId.NotFound", 400);
    }

    @Test
    void theDefaultGroupCannotBeDeletedAndTheDefaultVpcForgivesUnknownRevokes() {
        String defaultGroup = ec2().describeSecurityGroups(r -> r.filters(filter("vpc-id", vpcId), filter("group-name", "default")))
                .securityGroups().get(0).groupId();
        assertAwsError(() -> ec2().deleteSecurityGroup(r -> r.groupId(defaultGroup)), "CannotDelete", 400);

        String inDefaultVpc = ec2().createSecurityGroup(r -> r.groupName("legacy").description("legacy")).groupId();
        var revoked = ec2().revokeSecurityGroupIngress(r -> r.groupName("legacy").ipPermissions(tcp(80, 80, "0.0.0.0/0")));
        assertThat(revoked.returnValue()).isTrue();
        assertThat(revoked.unknownIpPermissions()).singleElement().satisfies(p -> assertThat(p.fromPort()).isEqualTo(80));
        ec2().authorizeSecurityGroupIngress(r -> r.groupName("legacy").ipProtocol("tcp").fromPort(22).toPort(22).cidrIp("10.0.0.0/8"));
        assertThat(describe(inDefaultVpc).ipPermissions()).hasSize(1);
        ec2().deleteSecurityGroup(r -> r.groupName("legacy"));
    }
}
