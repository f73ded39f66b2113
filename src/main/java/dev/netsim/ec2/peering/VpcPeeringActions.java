package dev.netsim.ec2.peering;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
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
import software.amazon.awssdk.services.ec2.model.ModifyVpcPeeringConnectionOptionsRequest;
import software.amazon.awssdk.services.ec2.model.ModifyVpcPeeringConnectionOptionsResponse;
import software.amazon.awssdk.services.ec2.model.PeeringConnectionOptions;
import software.amazon.awssdk.services.ec2.model.PeeringConnectionOptionsRequest;
import software.amazon.awssdk.services.ec2.model.RejectVpcPeeringConnectionRequest;
import software.amazon.awssdk.services.ec2.model.RejectVpcPeeringConnectionResponse;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnectionOptionsDescription;
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
        // The answer to the request says initiating-request, as AWS's does; DescribeVpcPeeringConnections shows where it went.
        var connection = toSdk(created).toBuilder().status(VpcPeeringConnectionStateReason.builder().code("initiating-request")
                .message("Initiating Request to " + created.resource().connection().accepterScope().account()).build()).build();
        return CreateVpcPeeringConnectionResponse.builder().vpcPeeringConnection(connection).build();
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
    ModifyVpcPeeringConnectionOptionsResponse modifyVpcPeeringConnectionOptions(ModifyVpcPeeringConnectionOptionsRequest r, Scope scope) {
        Boolean requester = dnsOption(r.requesterPeeringConnectionOptions());
        Boolean accepter = dnsOption(r.accepterPeeringConnectionOptions());
        VpcPeeringService.PeeringView view = peerings.modifyOptions(scope, r.vpcPeeringConnectionId(), requester, accepter);
        VpcPeeringConnection c = view.connection();
        return ModifyVpcPeeringConnectionOptionsResponse.builder()
                .requesterPeeringConnectionOptions(requester == null ? null : options(c.isRequesterDnsResolution()))
                .accepterPeeringConnectionOptions(accepter == null ? null : options(c.isAccepterDnsResolution())).build();
    }

    /** The DNS option asked for; ClassicLink went with EC2-Classic, so its options may only be turned off. */
    private static Boolean dnsOption(PeeringConnectionOptionsRequest options) {
        if (options == null) {
            return null;
        }
        if (Boolean.TRUE.equals(options.allowEgressFromLocalClassicLinkToRemoteVpc())
                || Boolean.TRUE.equals(options.allowEgressFromLocalVpcToRemoteClassicLink())) {
            throw new AwsException("UnsupportedOperation", "ClassicLink is no longer supported (EC2-Classic was retired), so its peering options "
                    + "cannot be enabled.");
        }
        return options.allowDnsResolutionFromRemoteVpc() == null ? Boolean.FALSE : options.allowDnsResolutionFromRemoteVpc();
    }

    private static PeeringConnectionOptions options(boolean dns) {
        return PeeringConnectionOptions.builder().allowDnsResolutionFromRemoteVpc(dns).allowEgressFromLocalClassicLinkToRemoteVpc(false)
                .allowEgressFromLocalVpcToRemoteClassicLink(false).build();
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
                .requesterVpcInfo(info(c.getRequesterVpcId(), c.requesterScope(), c.getRequesterCidr(), active(tagged, c.isRequesterDnsResolution())))
                .accepterVpcInfo(info(c.getAccepterVpcId(), c.accepterScope(), c.getAccepterCidr(), active(tagged, c.isAccepterDnsResolution())))
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }

    /** An active connection shows each side's options. */
    private static VpcPeeringConnectionOptionsDescription active(Tagged<VpcPeeringService.PeeringView> tagged, boolean dns) {
        return !tagged.resource().status().equals("active") ? null : VpcPeeringConnectionOptionsDescription.builder()
                .allowDnsResolutionFromRemoteVpc(dns).allowEgressFromLocalClassicLinkToRemoteVpc(false)
                .allowEgressFromLocalVpcToRemoteClassicLink(false).build();
    }

    private static VpcPeeringConnectionVpcInfo info(String vpcId, Scope scope, String cidr, VpcPeeringConnectionOptionsDescription options) {
        return VpcPeeringConnectionVpcInfo.builder().vpcId(vpcId).ownerId(scope.account()).region(scope.region()).cidrBlock(cidr)
                .peeringOptions(options)
                .cidrBlockSet(cidr == null ? List.of() : List.of(CidrBlock.builder().cidrBlock(cidr).build())).build();
    }
}
