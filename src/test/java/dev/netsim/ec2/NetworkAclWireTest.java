package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.NetworkAcl;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.RuleAction;

class NetworkAclWireTest extends NetsimIntegrationTest {

    private String vpcId;
    private String subnetId;

    @BeforeEach
    void network() {
        vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        subnetId = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24")).subnet().subnetId();
    }

    private NetworkAcl acl(String id) {
        return ec2().describeNetworkAcls(r -> r.networkAclIds(id)).networkAcls().get(0);
    }

    private void allowTcp(String aclId, int rule, boolean egress, int from, int to) {
        ec2().createNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(rule).egress(egress).protocol("6").ruleAction(RuleAction.ALLOW)
                .cidrBlock("0.0.0.0/0").portRange(p -> p.from(from).to(to)));
    }

    @Test
    void aCustomAclDeniesEverythingUntilEntriesAreAdded() {
        NetworkAcl created = ec2().createNetworkAcl(r -> r.vpcId(vpcId)).networkAcl();
        assertThat(created.networkAclId()).matches("acl-[0-9a-f]{17}");
        assertThat(created.isDefault()).isFalse();
        assertThat(created.associations()).isEmpty();
        assertThat(created.entries()).extracting(e -> e.ruleNumber() + " " + e.ruleActionAsString())
                .containsExactly("32767 deny", "32767 deny");

        String aclId = created.networkAclId();
        allowTcp(aclId, 200, false, 443, 443);
        allowTcp(aclId, 100, false, 80, 80);
        allowTcp(aclId, 100, true, 1024, 65535);
        ec2().createNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(110).egress(false).protocol("icmp").ruleAction(RuleAction.DENY)
                .cidrBlock("10.9.9.9/32").icmpTypeCode(i -> i.type(8).code(-1)));

        assertThat(acl(aclId).entries()).extracting(e -> e.ruleNumber() + " " + e.egress() + " " + e.protocol() + " " + e.ruleActionAsString())
                .containsExactly("100 false 6 allow", "110 false 1 deny", "200 false 6 allow", "32767 false -1 deny", "100 true 6 allow", "32767 true -1 deny");
        NetworkAclEntry icmp = acl(aclId).entries().get(1);
        assertThat(icmp.icmpTypeCode().type()).isEqualTo(8);
        assertThat(acl(aclId).entries().get(0).portRange().from()).isEqualTo(80);
        assertThat(ec2().describeNetworkAcls(r -> r.filters(filter("entry.port-range.from", "443"))).networkAcls()).hasSize(1);
    }

    @Test
    void entryRules() {
        String aclId = ec2().createNetworkAcl(r -> r.vpcId(vpcId)).networkAcl().networkAclId();
        allowTcp(aclId, 100, false, 80, 80);
        assertAwsError(() -> allowTcp(aclId, 100, false, 81, 81), "NetworkAclEntryAlreadyExists", 400);
        allowTcp(aclId, 100, true, 80, 80); // same number, other direction
        assertAwsError(() -> allowTcp(aclId, 0, false, 80, 80), "InvalidParameterValue", 400);
        assertAwsError(() -> allowTcp(aclId, 32767, false, 80, 80), "InvalidParameterValue", 400);
        assertAwsError(() -> allowTcp(aclId, 120, false, 90, 80), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(130).egress(false).protocol("6")
                .ruleAction(RuleAction.ALLOW).cidrBlock("0.0.0.0/0")), "MissingParameter", 400);
        assertAwsError(() -> ec2().createNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(130).egress(false).protocol("-1")
                .ruleAction(RuleAction.ALLOW).cidrBlock("0.0.0.0/33")), "InvalidParameterValue", 400);

        ec2().replaceNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(100).egress(false).protocol("-1").ruleAction(RuleAction.DENY)
                .cidrBlock("10.0.0.0/8"));
        assertThat(acl(aclId).entries().get(0)).satisfies(e -> {
            assertThat(e.ruleActionAsString()).isEqualTo("deny");
            assertThat(e.cidrBlock()).isEqualTo("10.0.0.0/8");
            assertThat(e.portRange()).isNull();
        });
        assertAwsError(() -> ec2().replaceNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(999).egress(false).protocol("-1")
                .ruleAction(RuleAction.DENY).cidrBlock("10.0.0.0/8")), "InvalidNetworkAclEntry.NotFound", 400);
        ec2().deleteNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(100).egress(false));
        assertAwsError(() -> ec2().deleteNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(100).egress(false)), "InvalidNetworkAclEntry.NotFound", 400);

        for (int i = 1; i <= 19; i++) {
            int rule = i;
            allowTcp(aclId, rule, true, 1000 + rule, 1000 + rule);
        }
        assertAwsError(() -> allowTcp(aclId, 500, true, 5000, 5000), "NetworkAclEntryLimitExceeded", 400);
    }

    @Test
    void subnetsMoveBetweenAclsOfTheirVpc() {
        String aclId = ec2().createNetworkAcl(r -> r.vpcId(vpcId)).networkAcl().networkAclId();
        NetworkAcl defaultAcl = ec2().describeNetworkAcls(r -> r.filters(filter("association.subnet-id", subnetId))).networkAcls().get(0);
        String associationId = defaultAcl.associations().stream().filter(a -> a.subnetId().equals(subnetId)).findFirst().orElseThrow()
                .networkAclAssociationId();

        String moved = ec2().replaceNetworkAclAssociation(r -> r.associationId(associationId).networkAclId(aclId)).newAssociationId();
        assertThat(moved).startsWith("aclassoc-");
        assertThat(acl(aclId).associations()).singleElement().satisfies(a -> assertThat(a.subnetId()).isEqualTo(subnetId));
        assertAwsError(() -> ec2().deleteNetworkAcl(r -> r.networkAclId(aclId)), "DependencyViolation", 400);
        assertAwsError(() -> ec2().deleteNetworkAcl(r -> r.networkAclId(defaultAcl.networkAclId())), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().replaceNetworkAclAssociation(r -> r.associationId(associationId).networkAclId(aclId)),
                "InvalidAssociationID.NotFound", 400);
        String otherVpcAcl = ec2().createNetworkAcl(r -> r.vpcId(ec2().createVpc(v -> v.cidrBlock("10.1.0.0/16")).vpc().vpcId()))
                .networkAcl().networkAclId();
        assertAwsError(() -> ec2().replaceNetworkAclAssociation(r -> r.associationId(moved).networkAclId(otherVpcAcl)), "InvalidParameterValue", 400);

        ec2().replaceNetworkAclAssociation(r -> r.associationId(moved).networkAclId(defaultAcl.networkAclId()));
        ec2().deleteNetworkAcl(r -> r.networkAclId(aclId));
        assertAwsError(() -> ec2().describeNetworkAcls(r -> r.networkAclIds(aclId)), "InvalidNetworkAclID.NotFound", 400);
    }

    @Test
    void aVpcWithACustomAclCannotBeDeleted() {
        String aclId = ec2().createNetworkAcl(r -> r.vpcId(vpcId)).networkAcl().networkAclId();
        ec2().deleteSubnet(r -> r.subnetId(subnetId));
        var e = assertAwsError(() -> ec2().deleteVpc(r -> r.vpcId(vpcId)), "DependencyViolation", 400);
        assertThat(e.awsErrorDetails().errorMessage()).contains(aclId);
        ec2().deleteNetworkAcl(r -> r.networkAclId(aclId));
        ec2().deleteVpc(r -> r.vpcId(vpcId));
    }
}
