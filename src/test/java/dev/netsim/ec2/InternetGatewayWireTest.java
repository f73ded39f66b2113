package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

class InternetGatewayWireTest extends NetsimIntegrationTest {

    private String vpcId;

    @BeforeEach
    void createVpc() {
        vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    }

    private InternetGateway create() {
        return ec2().createInternetGateway(r -> r.tagSpecifications(TagSpecification.builder()
                .resourceType(ResourceType.INTERNET_GATEWAY).tags(Tag.builder().key("Name").value("igw").build()).build())).internetGateway();
    }

    @Test
    void createAttachDetachDelete() {
        InternetGateway gateway = create();
        assertThat(gateway.internetGatewayId()).matches("igw-[0-9a-f]{17}");
        assertThat(gateway.attachments()).isEmpty();
        assertThat(gateway.tags()).extracting(Tag::value).containsExactly("igw");

        ec2().attachInternetGateway(r -> r.internetGatewayId(gateway.internetGatewayId()).vpcId(vpcId));
        var described = ec2().describeInternetGateways(r -> r.filters(filter("attachment.vpc-id", vpcId))).internetGateways();
        assertThat(described).singleElement().satisfies(g -> assertThat(g.attachments()).singleElement().satisfies(a -> {
            assertThat(a.vpcId()).isEqualTo(vpcId);
            assertThat(a.stateAsString()).isEqualTo("available");
        }));

        assertAwsError(() -> ec2().deleteInternetGateway(r -> r.internetGatewayId(gateway.internetGatewayId())), "DependencyViolation", 400);
        assertAwsError(() -> ec2().deleteVpc(r -> r.vpcId(vpcId)), "DependencyViolation", 400);

        ec2().detachInternetGateway(r -> r.internetGatewayId(gateway.internetGatewayId()).vpcId(vpcId));
        ec2().deleteInternetGateway(r -> r.internetGatewayId(gateway.internetGatewayId()));
        assertAwsError(() -> ec2().describeInternetGateways(r -> r.internetGatewayIds(gateway.internetGatewayId())),
                "InvalidInternetGatewayID.NotFound", 400);
        ec2().deleteVpc(r -> r.vpcId(vpcId));
    }

    @Test
    void oneGatewayPerVpcAndOneVpcPerGateway() {
        InternetGateway first = create();
        InternetGateway second = create();
        String otherVpc = ec2().createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        ec2().attachInternetGateway(r -> r.internetGatewayId(first.internetGatewayId()).vpcId(vpcId));

        assertAwsError(() -> ec2().attachInternetGateway(r -> r.internetGatewayId(second.internetGatewayId()).vpcId(vpcId)),
                "Resource.AlreadyAssociated", 400);
        assertAwsError(() -> ec2().attachInternetGateway(r -> r.internetGatewayId(first.internetGatewayId()).vpcId(otherVpc)),
                "Resource.AlreadyAssociated", 400);
        assertAwsError(() -> ec2().detachInternetGateway(r -> r.internetGatewayId(first.internetGatewayId()).vpcId(otherVpc)),
                "Gateway.NotAttached", 400);
        assertAwsError(() -> ec2().detachInternetGateway(r -> r.internetGatewayId(second.internetGatewayId()).vpcId(vpcId)),
                "Gateway.NotAttached", 400);
    }

    @Test
    void unknownIdsAreReported() {
        InternetGateway gateway = create();
        assertAwsError(() -> ec2().attachInternetGateway(r -> r.internetGatewayId("igw-0123456789abcdef0").vpcId(vpcId)),
                "InvalidInternetGatewayID.NotFound", 400);
        assertAwsError(() -> ec2().attachInternetGateway(r -> r.internetGatewayId(gateway.internetGatewayId()).vpcId("vpc-0123456789abcdef0")),
                "InvalidVpcID.NotFound", 400);
        assertAwsError(() -> ec2().deleteInternetGateway(r -> r.internetGatewayId("igw-bad")), "InvalidInternetGatewayId.Malformed", 400);
        assertThat(ec2().describeInternetGateways(r -> r.filters(filter("attachment.state", "available"))).internetGateways()).hasSize(1);
        assertThat(ec2().describeInternetGateways(r -> r.filters(filter("tag:Name", "igw"))).internetGateways()).hasSize(1);
    }
}
