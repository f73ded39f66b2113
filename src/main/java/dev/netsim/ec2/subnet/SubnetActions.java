package dev.netsim.ec2.subnet;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.AssociateSubnetCidrBlockRequest;
import software.amazon.awssdk.services.ec2.model.AssociateSubnetCidrBlockResponse;
import software.amazon.awssdk.services.ec2.model.CreateSubnetRequest;
import software.amazon.awssdk.services.ec2.model.CreateSubnetResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsResponse;
import software.amazon.awssdk.services.ec2.model.DisassociateSubnetCidrBlockRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateSubnetCidrBlockResponse;
import software.amazon.awssdk.services.ec2.model.ModifySubnetAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifySubnetAttributeResponse;
import software.amazon.awssdk.services.ec2.model.PrivateDnsNameOptionsOnLaunch;
import software.amazon.awssdk.services.ec2.model.SubnetCidrBlockState;
import software.amazon.awssdk.services.ec2.model.SubnetIpv6CidrBlockAssociation;

/** EC2 wire handlers for subnets. */
@Component
class SubnetActions {

    private final SubnetService subnets;

    SubnetActions(SubnetService subnets) {
        this.subnets = subnets;
    }

    @AwsAction(WireService.EC2)
    CreateSubnetResponse createSubnet(CreateSubnetRequest request, Scope scope) {
        Tagged<Subnet> subnet = subnets.create(scope, new SubnetService.SubnetSpec(request.vpcId(), request.cidrBlock(), request.ipv6CidrBlock(),
                request.availabilityZone(), request.availabilityZoneId(), Ec2Wire.tagsFor(request.tagSpecifications(), "subnet")));
        return CreateSubnetResponse.builder().subnet(toSdk(subnet)).build();
    }

    @AwsAction(WireService.EC2)
    DescribeSubnetsResponse describeSubnets(DescribeSubnetsRequest request, Scope scope) {
        Page<Tagged<Subnet>> page = subnets.describe(scope, Ec2Wire.query(request.subnetIds(), request.filters(), request.maxResults(), request.nextToken()));
        return DescribeSubnetsResponse.builder().subnets(page.items().stream().map(SubnetActions::toSdk).toList()).nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    DeleteSubnetResponse deleteSubnet(DeleteSubnetRequest request, Scope scope) {
        subnets.delete(scope, request.subnetId());
        return DeleteSubnetResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    ModifySubnetAttributeResponse modifySubnetAttribute(ModifySubnetAttributeRequest request, Scope scope) {
        subnets.modifyAttribute(scope, request.subnetId(), Ec2Wire.value(request.mapPublicIpOnLaunch()),
                Ec2Wire.value(request.assignIpv6AddressOnCreation()));
        return ModifySubnetAttributeResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    AssociateSubnetCidrBlockResponse associateSubnetCidrBlock(AssociateSubnetCidrBlockRequest request, Scope scope) {
        if (request.ipv6IpamPoolId() != null || request.ipv6NetmaskLength() != null) {
            throw new AwsException("InvalidParameterValue", "Netsim does not support IPAM pools; give Ipv6CidrBlock.");
        }
        Subnet subnet = subnets.associateIpv6(scope, request.subnetId(), request.ipv6CidrBlock());
        return AssociateSubnetCidrBlockResponse.builder().subnetId(subnet.getId())
                .ipv6CidrBlockAssociation(ipv6Association(subnet.getIpv6AssociationId(), subnet.getIpv6CidrBlock(), "associating")).build();
    }

    @AwsAction(WireService.EC2)
    DisassociateSubnetCidrBlockResponse disassociateSubnetCidrBlock(DisassociateSubnetCidrBlockRequest request, Scope scope) {
        SubnetService.Ipv6Disassociation gone = subnets.disassociateIpv6(scope, request.associationId());
        return DisassociateSubnetCidrBlockResponse.builder().subnetId(gone.subnetId())
                .ipv6CidrBlockAssociation(ipv6Association(gone.associationId(), gone.ipv6CidrBlock(), "disassociating")).build();
    }

    private static SubnetIpv6CidrBlockAssociation ipv6Association(String associationId, String cidr, String state) {
        return SubnetIpv6CidrBlockAssociation.builder().associationId(associationId).ipv6CidrBlock(cidr)
                .ipv6CidrBlockState(SubnetCidrBlockState.builder().state(state).build()).build();
    }

    static software.amazon.awssdk.services.ec2.model.Subnet toSdk(Tagged<Subnet> tagged) {
        Subnet s = tagged.resource();
        return software.amazon.awssdk.services.ec2.model.Subnet.builder()
                .subnetId(s.getId())
                .subnetArn(s.arn())
                .vpcId(s.getVpcId())
                .ownerId(s.getAccount())
                .state(s.getState())
                .cidrBlock(s.getCidrBlock())
                .availabilityZone(s.getAvailabilityZone())
                .availabilityZoneId(s.getAvailabilityZoneId())
                .availableIpAddressCount((int) s.availableIpAddressCount())
                .defaultForAz(s.isDefaultForAz())
                .mapPublicIpOnLaunch(s.isMapPublicIpOnLaunch())
                .mapCustomerOwnedIpOnLaunch(false)
                .assignIpv6AddressOnCreation(s.isAssignIpv6AddressOnCreation())
                .ipv6CidrBlockAssociationSet(s.getIpv6CidrBlock() == null ? List.of()
                        : List.of(ipv6Association(s.getIpv6AssociationId(), s.getIpv6CidrBlock(), "associated")))
                .ipv6Native(false)
                .enableDns64(false)
                .privateDnsNameOptionsOnLaunch(PrivateDnsNameOptionsOnLaunch.builder().hostnameType("ip-name")
                        .enableResourceNameDnsARecord(false).enableResourceNameDnsAAAARecord(false).build())
                .tags(Ec2Wire.tagsOrNone(tagged.tags()))
                .build();
    }
}
