package dev.netsim.ec2.nat;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.CreateNatGatewayRequest;
import software.amazon.awssdk.services.ec2.model.CreateNatGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DeleteNatGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DeleteNatGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.AssignPrivateNatGatewayAddressRequest;
import software.amazon.awssdk.services.ec2.model.AssignPrivateNatGatewayAddressResponse;
import software.amazon.awssdk.services.ec2.model.AssociateNatGatewayAddressRequest;
import software.amazon.awssdk.services.ec2.model.AssociateNatGatewayAddressResponse;
import software.amazon.awssdk.services.ec2.model.DisassociateNatGatewayAddressRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateNatGatewayAddressResponse;
import software.amazon.awssdk.services.ec2.model.NatGatewayAddress;
import software.amazon.awssdk.services.ec2.model.UnassignPrivateNatGatewayAddressRequest;
import software.amazon.awssdk.services.ec2.model.UnassignPrivateNatGatewayAddressResponse;

/** EC2 wire handlers for NAT gateways. */
@Component
class NatGatewayActions {

    private final NatGatewayService gateways;

    NatGatewayActions(NatGatewayService gateways) {
        this.gateways = gateways;
    }

    @AwsAction(WireService.EC2)
    CreateNatGatewayResponse createNatGateway(CreateNatGatewayRequest r, Scope scope) {
        Tagged<NatGatewayService.NatGatewayView> created = gateways.create(scope, new NatGatewayService.NatGatewayRequest(r.subnetId(),
                r.allocationId(), r.connectivityTypeAsString(), r.privateIpAddress(), new NatGatewayService.Secondary(r.secondaryAllocationIds(),
                r.secondaryPrivateIpAddresses(), r.secondaryPrivateIpAddressCount()), r.clientToken(),
                Ec2Wire.tagsFor(r.tagSpecifications(), "natgateway")));
        return CreateNatGatewayResponse.builder().natGateway(toSdk(created)).clientToken(r.clientToken()).build();
    }

    @AwsAction(WireService.EC2)
    DeleteNatGatewayResponse deleteNatGateway(DeleteNatGatewayRequest r, Scope scope) {
        return DeleteNatGatewayResponse.builder().natGatewayId(gateways.delete(scope, r.natGatewayId())).build();
    }

    @AwsAction(WireService.EC2)
    DescribeNatGatewaysResponse describeNatGateways(DescribeNatGatewaysRequest r, Scope scope) {
        Page<Tagged<NatGatewayService.NatGatewayView>> page = gateways.describe(scope,
                Ec2Wire.query(r.natGatewayIds(), r.filter(), r.maxResults(), r.nextToken()));
        return DescribeNatGatewaysResponse.builder().natGateways(page.items().stream().map(NatGatewayActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    AssociateNatGatewayAddressResponse associateNatGatewayAddress(AssociateNatGatewayAddressRequest r, Scope scope) {
        List<NatSecondaryAddress> added = gateways.associateElasticIps(scope, r.natGatewayId(), r.allocationIds(), r.privateIpAddresses());
        return AssociateNatGatewayAddressResponse.builder().natGatewayId(r.natGatewayId())
                .natGatewayAddresses(added.stream().map(a -> secondary(a, null, "associating")).toList()).build();
    }

    @AwsAction(WireService.EC2)
    DisassociateNatGatewayAddressResponse disassociateNatGatewayAddress(DisassociateNatGatewayAddressRequest r, Scope scope) {
        List<NatSecondaryAddress> gone = gateways.disassociateElasticIps(scope, r.natGatewayId(), r.associationIds());
        return DisassociateNatGatewayAddressResponse.builder().natGatewayId(r.natGatewayId())
                .natGatewayAddresses(gone.stream().map(a -> secondary(a, null, "disassociating")).toList()).build();
    }

    @AwsAction(WireService.EC2)
    AssignPrivateNatGatewayAddressResponse assignPrivateNatGatewayAddress(AssignPrivateNatGatewayAddressRequest r, Scope scope) {
        List<NatSecondaryAddress> added = gateways.assignPrivateIps(scope, r.natGatewayId(), r.privateIpAddresses(), r.privateIpAddressCount());
        return AssignPrivateNatGatewayAddressResponse.builder().natGatewayId(r.natGatewayId())
                .natGatewayAddresses(added.stream().map(a -> secondary(a, null, "assigning")).toList()).build();
    }

    @AwsAction(WireService.EC2)
    UnassignPrivateNatGatewayAddressResponse unassignPrivateNatGatewayAddress(UnassignPrivateNatGatewayAddressRequest r, Scope scope) {
        List<NatSecondaryAddress> gone = gateways.unassignPrivateIps(scope, r.natGatewayId(), r.privateIpAddresses());
        return UnassignPrivateNatGatewayAddressResponse.builder().natGatewayId(r.natGatewayId())
                .natGatewayAddresses(gone.stream().map(a -> secondary(a, null, "unassigning")).toList()).build();
    }

    private static NatGatewayAddress secondary(NatSecondaryAddress a, String networkInterfaceId, String status) {
        return NatGatewayAddress.builder().allocationId(a.getAllocationId()).publicIp(a.getPublicIp()).privateIp(a.getPrivateIp())
                .associationId(a.getAssociationId()).networkInterfaceId(networkInterfaceId).isPrimary(false).status(status).build();
    }

    static software.amazon.awssdk.services.ec2.model.NatGateway toSdk(Tagged<NatGatewayService.NatGatewayView> tagged) {
        NatGateway g = tagged.resource().gateway();
        String state = tagged.resource().state();
        return software.amazon.awssdk.services.ec2.model.NatGateway.builder()
                .natGatewayId(g.getId())
                .vpcId(g.getVpcId())
                .subnetId(g.getSubnetId())
                .connectivityType(g.getConnectivityType())
                .state(state)
                .createTime(g.getCreatedAt())
                .deleteTime(g.getDeletedAt())
                .natGatewayAddresses(java.util.stream.Stream.concat(java.util.stream.Stream.of(NatGatewayAddress.builder()
                        .allocationId(g.getAllocationId())
                        .publicIp(g.getPublicIp())
                        .privateIp(g.getPrivateIp())
                        .networkInterfaceId(g.getNetworkInterfaceId())
                        .isPrimary(true)
                        .status("succeeded")
                        .build()), g.getSecondaryAddresses().stream().map(a -> secondary(a, g.getNetworkInterfaceId(), "succeeded"))).toList())
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }
}
