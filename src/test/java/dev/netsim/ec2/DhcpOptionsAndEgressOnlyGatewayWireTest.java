package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.DhcpConfiguration;
import software.amazon.awssdk.services.ec2.model.NewDhcpConfiguration;

class DhcpOptionsAndEgressOnlyGatewayWireTest extends NetsimIntegrationTest {

    private String vpcId;

    @BeforeEach
    void createVpc() {
        vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    }

    @Test
    void dhcpOptionsLifecycle() {
        var created = ec2().createDhcpOptions(r -> r.dhcpConfigurations(
                NewDhcpConfiguration.builder().key("domain-name").values("corp.example").build(),
                NewDhcpConfiguration.builder().key("domain-name-servers").values("AmazonProvidedDNS", "10.0.0.2").build())).dhcpOptions();
        String id = created.dhcpOptionsId();
        assertThat(id).matches("dopt-[0-9a-f]{17}");
        assertThat(created.dhcpConfigurations()).extracting(DhcpConfiguration::key).containsExactly("domain-name", "domain-name-servers");
        assertThat(created.dhcpConfigurations().get(1).values()).extracting(v -> v.value()).containsExactly("AmazonProvidedDNS", "10.0.0.2");

        ec2().associateDhcpOptions(r -> r.dhcpOptionsId(id).vpcId(vpcId));
        assertThat(ec2().describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0).dhcpOptionsId()).isEqualTo(id);
        assertThat(ec2().describeVpcs(r -> r.filters(filter("dhcp-options-id", id))).vpcs()).hasSize(1);
        assertThat(ec2().describeDhcpOptions(r -> r.filters(filter("key", "domain-name"), filter("value", "corp.example"))).dhcpOptions()).hasSize(1);
        assertAwsError(() -> ec2().deleteDhcpOptions(r -> r.dhcpOptionsId(id)), "DependencyViolation", 400);

        ec2().associateDhcpOptions(r -> r.dhcpOptionsId("default").vpcId(vpcId));
        ec2().deleteDhcpOptions(r -> r.dhcpOptionsId(id));
        assertAwsError(() -> ec2().describeDhcpOptions(r -> r.dhcpOptionsIds(id)), "InvalidDhcpOptionID.NotFound", 400);
        assertAwsError(() -> ec2().createDhcpOptions(r -> r.dhcpConfigurations(NewDhcpConfiguration.builder().key("colour").values("red").build())),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().associateDhcpOptions(r -> r.dhcpOptionsId("dopt-0123456789abcdef0").vpcId(vpcId)),
                "InvalidDhcpOptionID.NotFound", 400);
    }

    @Test
    void egressOnlyGatewaysBelongToAVpc() {
        var gateway = ec2().createEgressOnlyInternetGateway(r -> r.vpcId(vpcId)).egressOnlyInternetGateway();
        assertThat(gateway.egressOnlyInternetGatewayId()).matches("eigw-[0-9a-f]{17}");
        assertThat(gateway.attachments()).singleElement().satisfies(a -> {
            assertThat(a.vpcId()).isEqualTo(vpcId);
            assertThat(a.stateAsString()).isEqualTo("attached");
        });
        assertAwsError(() -> ec2().deleteVpc(r -> r.vpcId(vpcId)), "DependencyViolation", 400);
        assertThat(ec2().describeEgressOnlyInternetGateways().egressOnlyInternetGateways()).hasSize(1);
        assertThat(ec2().deleteEgressOnlyInternetGateway(r -> r.egressOnlyInternetGatewayId(gateway.egressOnlyInternetGatewayId())).returnCode()).isTrue();
        assertAwsError(() -> ec2().deleteEgressOnlyInternetGateway(r -> r.egressOnlyInternetGatewayId(gateway.egressOnlyInternetGatewayId())),
                "InvalidEgressOnlyInternetGatewayId.NotFound", 400);
        assertAwsError(() -> ec2().createEgressOnlyInternetGateway(r -> r.vpcId("vpc-0123456789abcdef0")), "InvalidVpcID.NotFound", 400);
        ec2().deleteVpc(r -> r.vpcId(vpcId));
    }
}
