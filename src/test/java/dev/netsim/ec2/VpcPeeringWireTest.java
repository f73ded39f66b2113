package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

class VpcPeeringWireTest extends NetsimIntegrationTest {

    @Test
    void requestAcceptRouteAndDeleteAcrossAccountsAndRegions() {
        Ec2Client a = ec2(ACCOUNT_A, Region.US_EAST_1);
        Ec2Client b = ec2(ACCOUNT_B, Region.EU_WEST_1);
        String vpcA = a.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String vpcB = b.createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();

        var requested = a.createVpcPeeringConnection(r -> r.vpcId(vpcA).peerVpcId(vpcB).peerOwnerId(ACCOUNT_B).peerRegion("eu-west-1"))
                .vpcPeeringConnection();
        String pcx = requested.vpcPeeringConnectionId();
        assertThat(pcx).matches("pcx-[0-9a-f]{17}");
        assertThat(requested.status().codeAsString()).isEqualTo("pending-acceptance");
        assertThat(requested.expirationTime()).isNotNull();
        assertThat(b.describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(pcx)).vpcPeeringConnections()).hasSize(1);

        assertAwsError(() -> a.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)), "OperationNotPermitted", 400);
        var accepted = b.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)).vpcPeeringConnection();
        assertThat(accepted.status().codeAsString()).isEqualTo("active");
        assertThat(accepted.accepterVpcInfo().cidrBlock()).isEqualTo("10.1.0.0/16");
        assertAwsError(() -> b.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)), "InvalidStateTransition", 400);

        String table = a.describeRouteTables(r -> r.filters(filter("vpc-id", vpcA))).routeTables().get(0).routeTableId();
        a.createRoute(r -> r.routeTableId(table).destinationCidrBlock("10.1.0.0/16").vpcPeeringConnectionId(pcx));
        assertThat(a.describeRouteTables(r -> r.routeTableIds(table)).routeTables().get(0).routes().get(1).stateAsString()).isEqualTo("active");
        assertAwsError(() -> a.createVpcPeeringConnection(r -> r.vpcId(vpcA).peerVpcId(vpcB).peerOwnerId(ACCOUNT_B).peerRegion("eu-west-1")),
                "VpcPeeringConnectionAlreadyExists", 400);
        assertAwsError(() -> a.deleteVpc(r -> r.vpcId(vpcA)), "DependencyViolation", 400);

        b.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx));
        assertThat(a.describeVpcPeeringConnections(r -> r.filters(filter("status-code", "deleted"))).vpcPeeringConnections()).hasSize(1);
        assertThat(a.describeRouteTables(r -> r.routeTableIds(table)).routeTables().get(0).routes().get(1).stateAsString()).isEqualTo("blackhole");
        assertAwsError(() -> a.describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds("pcx-0123456789abcdef0")),
                "InvalidVpcPeeringConnectionID.NotFound", 400);
    }

    @Test
    void overlappingCidrsFailAndRejectedRequestsEnd() {
        String vpc1 = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String vpc2 = ec2().createVpc(r -> r.cidrBlock("10.0.128.0/17")).vpc().vpcId();
        String vpc3 = ec2().createVpc(r -> r.cidrBlock("192.168.0.0/16")).vpc().vpcId();

        assertThat(ec2().createVpcPeeringConnection(r -> r.vpcId(vpc1).peerVpcId(vpc2)).vpcPeeringConnection().status().codeAsString())
                .isEqualTo("failed");
        assertAwsError(() -> ec2().createVpcPeeringConnection(r -> r.vpcId(vpc1).peerVpcId("vpc-0123456789abcdef0")), "InvalidVpcID.NotFound", 400);
        assertAwsError(() -> ec2().createVpcPeeringConnection(r -> r.vpcId(vpc1).peerVpcId(vpc1)), "InvalidParameterValue", 400);

        String pcx = ec2().createVpcPeeringConnection(r -> r.vpcId(vpc1).peerVpcId(vpc3)).vpcPeeringConnection().vpcPeeringConnectionId();
        ec2().rejectVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx));
        assertThat(ec2().describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(pcx)).vpcPeeringConnections().get(0).status().codeAsString())
                .isEqualTo("rejected");
        assertAwsError(() -> ec2().deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)), "InvalidStateTransition", 400);
        ec2().deleteVpc(r -> r.vpcId(vpc3));
    }
}
