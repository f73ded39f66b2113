package dev.netsim.ec2.peering;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.AcceptVpcPeeringConnectionRequest;
import software.amazon.awssdk.services.ec2.model.AcceptVpcPeeringConnectionResponse;
import software.amazon.awssdk.services.ec2.model.CidrBlock;
import software.amazon.awssdk.services.ec2.model.CreateVpcPeeringConnectionRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcPeeringConnectionResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVpcPeeringConnectionRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVpcPeeringConnectionResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcPeeringConnectionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcPeeringConnectionsResponse;
import software.amazon.awssdk.services.ec2.model.RejectVpcPeeringConnectionRequest;
import software.amazon.awssdk.services.ec2.model.RejectVpcPeeringConnectionResponse;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnectionStateReason;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnectionVpcInfo;

/** EC2 wire handlers for VPC peering connections. */
@Component
class VpcPeeringActions {

    private final VpcPeeringService peerings;

    VpcPeeringActions(VpcPeeringService peerings) {
        this.peerings = peerings;
    }

    @AwsAction(WireService.EC2)
    CreateVpcPeeringConnectionResponse createVpcPeeringConnection(CreateVpcPeeringConnectionRequest r, Scope scope) {
        Tagged<VpcPeeringService.PeeringView> created = peerings.create(scope, r.vpcId(), r.peerVpcId(), r.peerOwnerId(), r.peerRegion(),
                Ec2Wire.tagsFor(r.tagSpecifications(), "vpc-peering-connection"));
        return CreateVpcPeeringConnectionResponse.builder().vpcPeeringConnection(toSdk(created)).build();
    }

    @AwsAction(WireService.EC2)
    AcceptVpcPeeringConnectionResponse acceptVpcPeeringConnection(AcceptVpcPeeringConnectionRequest r, Scope scope) {
        return AcceptVpcPeeringConnectionResponse.builder()
                .vpcPeeringConnection(toSdk(new Tagged<>(peerings.accept(scope, r.vpcPeeringConnectionId()), java.util.Map.of()))).build();
    }

    @AwsAction(WireService.EC2)
    RejectVpcPeeringConnectionResponse rejectVpcPeeringConnection(RejectVpcPeeringConnectionRequest r, Scope scope) {
        peerings.reject(scope, r.vpcPeeringConnectionId());
        return RejectVpcPeeringConnectionResponse.builder().returnValue(true).build();
    }

    @AwsAction(WireService.EC2)
    DeleteVpcPeeringConnectionResponse deleteVpcPeeringConnection(DeleteVpcPeeringConnectionRequest r, Scope scope) {
        peerings.delete(scope, r.vpcPeeringConnectionId());
        return DeleteVpcPeeringConnectionResponse.builder().returnValue(true).build();
    }

    @AwsAction(WireService.EC2)
    DescribeVpcPeeringConnectionsResponse describeVpcPeeringConnections(DescribeVpcPeeringConnectionsRequest r, Scope scope) {
        Page<Tagged<VpcPeeringService.PeeringView>> page = peerings.describe(scope,
                Ec2Wire.query(r.vpcPeeringConnectionIds(), r.filters(), r.maxResults(), r.nextToken()));
        return DescribeVpcPeeringConnectionsResponse.builder().vpcPeeringConnections(page.items().stream().map(VpcPeeringActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    static software.amazon.awssdk.services.ec2.model.VpcPeeringConnection toSdk(Tagged<VpcPeeringService.PeeringView> tagged) {
        VpcPeeringConnection c = tagged.resource().connection();
        return software.amazon.awssdk.services.ec2.model.VpcPeeringConnection.builder()
                .vpcPeeringConnectionId(c.getId())
                .status(VpcPeeringConnectionStateReason.builder().code(tagged.resource().status()).message(c.getStatusMessage()).build())
                .expirationTime(c.getExpiresAt())
                .requesterVpcInfo(info(c.getRequesterVpcId(), c.requesterScope(), c.getRequesterCidr()))
                .accepterVpcInfo(info(c.getAccepterVpcId(), c.accepterScope(), c.getAccepterCidr()))
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }

    private static VpcPeeringConnectionVpcInfo info(String vpcId, Scope scope, String cidr) {
        return VpcPeeringConnectionVpcInfo.builder().vpcId(vpcId).ownerId(scope.account()).region(scope.region()).cidrBlock(cidr)
                .cidrBlockSet(cidr == null ? List.of() : List.of(CidrBlock.builder().cidrBlock(cidr).build())).build();
    }
}
