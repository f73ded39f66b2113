package dev.netsim.ec2.nat;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
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
import software.amazon.awssdk.services.ec2.model.NatGatewayAddress;

/** EC2 wire handlers for NAT gateways. */
@Component
class NatGatewayActions {

    private final NatGatewayService gateways;

    NatGatewayActions(NatGatewayService gateways) {
        this.gateways = gateways;
    }

    @AwsAction(WireService.EC2)
    CreateNatGatewayResponse createNatGateway(CreateNatGatewayRequest r, Scope scope) {
        if (!r.secondaryAllocationIds().isEmpty() || !r.secondaryPrivateIpAddresses().isEmpty() || r.secondaryPrivateIpAddressCount() != null) {
            throw new AwsException("InvalidParameterValue", "Netsim does not support secondary NAT gateway addresses yet.");
        }
        Tagged<NatGatewayService.NatGatewayView> created = gateways.create(scope, new NatGatewayService.NatGatewayRequest(r.subnetId(),
                r.allocationId(), r.connectivityTypeAsString(), r.privateIpAddress(), r.clientToken(),
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
                .natGatewayAddresses(List.of(NatGatewayAddress.builder()
                        .allocationId(g.getAllocationId())
                        .publicIp(g.getPublicIp())
                        .privateIp(g.getPrivateIp())
                        .networkInterfaceId(g.getNetworkInterfaceId())
                        .isPrimary(true)
                        .status("succeeded")
                        .build()))
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }
}
