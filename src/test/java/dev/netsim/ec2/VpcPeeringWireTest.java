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
        // the answer to the request says initiating-request, as AWS's example shows; then it waits for the accepter
        assertThat(requested.status().codeAsString()).isEqualTo("initiating-request");
        assertThat(requested.status().message()).isEqualTo("Initiating Request to " + ACCOUNT_B);
        assertThat(requested.expirationTime()).isNotNull();
        assertThat(b.describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(pcx)).vpcPeeringConnections()).singleElement()
                .satisfies(c -> assertThat(c.status().codeAsString()).isEqualTo("pending-acceptance"));

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

        String overlapping = ec2().createVpcPeeringConnection(r -> r.vpcId(vpc1).peerVpcId(vpc2)).vpcPeeringConnection().vpcPeeringConnectionId();
        assertThat(ec2().describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(overlapping)).vpcPeeringConnections().get(0).status()
                .codeAsString()).isEqualTo("failed");
        assertAwsError(() -> ec2().createVpcPeeringConnection(r -> r.vpcId(vpc1).peerVpcId("vpc-0123456789abcdef0")), "InvalidVpcID.NotFound", 400);
        assertAwsError(() -> ec2().createVpcPeeringConnection(r -> r.vpcId(vpc1).peerVpcId(vpc1)), "InvalidParameterValue", 400);

        String pcx = ec2().createVpcPeeringConnection(r -> r.vpcId(vpc1).peerVpcId(vpc3)).vpcPeeringConnection().vpcPeeringConnectionId();
        ec2().rejectVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx));
        assertThat(ec2().describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(pcx)).vpcPeeringConnections().get(0).status().codeAsString())
                .isEqualTo("rejected");
        assertAwsError(() -> ec2().deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)), "InvalidStateTransition", 400);
        ec2().deleteVpc(r -> r.vpcId(vpc3));
    }

    /**
     * ModifyVpcPeeringConnectionOptions: each side by its owner in its Region, only once active; the
     * options then show in each side's VpcInfo. Accepting from the wrong Region gets AWS's message.
     */
    @Test
    void peeringOptionsAreSetPerSideByItsOwnerOnActiveConnections() {
        Ec2Client east = ec2(ACCOUNT_A, Region.US_EAST_1);
        Ec2Client west = ec2(ACCOUNT_A, Region.US_WEST_2);
        String vpcEast = east.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String vpcWest = west.createVpc(r -> r.cidrBlock("10.2.0.0/16")).vpc().vpcId();
        String pcx = east.createVpcPeeringConnection(r -> r.vpcId(vpcEast).peerVpcId(vpcWest).peerRegion("us-west-2")).vpcPeeringConnection()
                .vpcPeeringConnectionId();
        var pending = assertAwsError(() -> east.modifyVpcPeeringConnectionOptions(r -> r.vpcPeeringConnectionId(pcx)
                .requesterPeeringConnectionOptions(o -> o.allowDnsResolutionFromRemoteVpc(true))), "OperationNotPermitted", 400);
        assertThat(pending.awsErrorDetails().errorMessage()).isEqualTo("Peering " + pcx + " is not active. Peering options can be added only to "
                + "active peerings.");
        var wrongRegion = assertAwsError(() -> east.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)), "OperationNotPermitted", 400);
        assertThat(wrongRegion.awsErrorDetails().errorMessage()).isEqualTo("Incorrect region (us-east-1) specified for this request. VPC peering "
                + "connection " + pcx + " must be accepted in region us-west-2.");
        west.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx));

        assertAwsError(() -> east.modifyVpcPeeringConnectionOptions(r -> r.vpcPeeringConnectionId(pcx)
                .accepterPeeringConnectionOptions(o -> o.allowDnsResolutionFromRemoteVpc(true))), "OperationNotPermitted", 400);
        assertAwsError(() -> east.modifyVpcPeeringConnectionOptions(r -> r.vpcPeeringConnectionId(pcx)
                .requesterPeeringConnectionOptions(o -> o.allowEgressFromLocalClassicLinkToRemoteVpc(true))), "UnsupportedOperation", 400);
        assertAwsError(() -> east.modifyVpcPeeringConnectionOptions(r -> r.vpcPeeringConnectionId("pcx-0123456789abcdef0")
                .requesterPeeringConnectionOptions(o -> o.allowDnsResolutionFromRemoteVpc(true))), "InvalidVpcPeeringConnectionID.NotFound", 400);
        var modified = east.modifyVpcPeeringConnectionOptions(r -> r.vpcPeeringConnectionId(pcx)
                .requesterPeeringConnectionOptions(o -> o.allowDnsResolutionFromRemoteVpc(true)));
        assertThat(modified.requesterPeeringConnectionOptions().allowDnsResolutionFromRemoteVpc()).isTrue();
        assertThat(modified.accepterPeeringConnectionOptions()).isNull();
        west.modifyVpcPeeringConnectionOptions(r -> r.vpcPeeringConnectionId(pcx).accepterPeeringConnectionOptions(o -> o
                .allowDnsResolutionFromRemoteVpc(false)));

        var described = east.describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(pcx)).vpcPeeringConnections().get(0);
        assertThat(described.requesterVpcInfo().peeringOptions().allowDnsResolutionFromRemoteVpc()).isTrue();
        assertThat(described.accepterVpcInfo().peeringOptions().allowDnsResolutionFromRemoteVpc()).isFalse();
        assertThat(described.accepterVpcInfo().peeringOptions().allowEgressFromLocalVpcToRemoteClassicLink()).isFalse();
    }
}
