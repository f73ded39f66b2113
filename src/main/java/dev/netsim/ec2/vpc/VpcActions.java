package dev.netsim.ec2.vpc;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.ModifyVpcTenancyRequest;
import software.amazon.awssdk.services.ec2.model.ModifyVpcTenancyResponse;
import software.amazon.awssdk.services.ec2.model.AssociateVpcCidrBlockRequest;
import software.amazon.awssdk.services.ec2.model.AssociateVpcCidrBlockResponse;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.CreateVpcRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVpcRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVpcResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsResponse;
import software.amazon.awssdk.services.ec2.model.DisassociateVpcCidrBlockRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateVpcCidrBlockResponse;
import software.amazon.awssdk.services.ec2.model.ModifyVpcAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyVpcAttributeResponse;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockAssociation;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockState;
import software.amazon.awssdk.services.ec2.model.VpcIpv6CidrBlockAssociation;

/** EC2 wire handlers for VPCs. */
@Component
public class VpcActions {

    private final VpcService vpcs;

    VpcActions(VpcService vpcs) {
        this.vpcs = vpcs;
    }

    @AwsAction(WireService.EC2)
    CreateVpcResponse createVpc(CreateVpcRequest request, Scope scope) {
        rejectByoipIpv6(request.ipv6Pool(), request.ipv6CidrBlock(), request.ipv6IpamPoolId());
        Tagged<Vpc> vpc = vpcs.create(scope, request.cidrBlock(), request.instanceTenancyAsString(),
                Boolean.TRUE.equals(request.amazonProvidedIpv6CidrBlock()), Ec2Wire.tagsFor(request.tagSpecifications(), "vpc"));
        return CreateVpcResponse.builder().vpc(toSdk(vpc)).build();
    }

    @AwsAction(WireService.EC2)
    DescribeVpcsResponse describeVpcs(DescribeVpcsRequest request, Scope scope) {
        Page<Tagged<Vpc>> page = vpcs.describe(scope, Ec2Wire.query(request.vpcIds(), request.filters(), request.maxResults(), request.nextToken()));
        return DescribeVpcsResponse.builder().vpcs(page.items().stream().map(VpcActions::toSdk).toList()).nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    DeleteVpcResponse deleteVpc(DeleteVpcRequest request, Scope scope) {
        vpcs.delete(scope, request.vpcId());
        return DeleteVpcResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    ModifyVpcAttributeResponse modifyVpcAttribute(ModifyVpcAttributeRequest request, Scope scope) {
        vpcs.modifyAttribute(scope, request.vpcId(), Ec2Wire.value(request.enableDnsSupport()), Ec2Wire.value(request.enableDnsHostnames()),
                Ec2Wire.value(request.enableNetworkAddressUsageMetrics()));
        return ModifyVpcAttributeResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    ModifyVpcTenancyResponse modifyVpcTenancy(ModifyVpcTenancyRequest request, Scope scope) {
        vpcs.modifyTenancy(scope, request.vpcId(), request.instanceTenancyAsString());
        return ModifyVpcTenancyResponse.builder().returnValue(true).build();
    }

    @AwsAction(WireService.EC2)
    DescribeVpcAttributeResponse describeVpcAttribute(DescribeVpcAttributeRequest request, Scope scope) {
        String attribute = request.attributeAsString();
        AttributeBooleanValue value = AttributeBooleanValue.builder().value(vpcs.attribute(scope, request.vpcId(), attribute)).build();
        DescribeVpcAttributeResponse.Builder response = DescribeVpcAttributeResponse.builder().vpcId(request.vpcId());
        switch (attribute) {
            case "enableDnsSupport" -> response.enableDnsSupport(value);
            case "enableDnsHostnames" -> response.enableDnsHostnames(value);
            default -> response.enableNetworkAddressUsageMetrics(value);
        }
        return response.build();
    }

    @AwsAction(WireService.EC2)
    AssociateVpcCidrBlockResponse associateVpcCidrBlock(AssociateVpcCidrBlockRequest request, Scope scope) {
        rejectByoipIpv6(request.ipv6Pool(), request.ipv6CidrBlock(), request.ipv6IpamPoolId());
        VpcService.CidrAssociation added = vpcs.associateCidr(scope, request.vpcId(), request.cidrBlock(),
                Boolean.TRUE.equals(request.amazonProvidedIpv6CidrBlock()));
        AssociateVpcCidrBlockResponse.Builder response = AssociateVpcCidrBlockResponse.builder().vpcId(request.vpcId());
        return added.ipv6() != null ? response.ipv6CidrBlockAssociation(ipv6Association(added.ipv6(), "associating")).build()
                : response.cidrBlockAssociation(association(added.ipv4().getAssociationId(), added.ipv4().getCidrBlock(), "associating")).build();
    }

    @AwsAction(WireService.EC2)
    DisassociateVpcCidrBlockResponse disassociateVpcCidrBlock(DisassociateVpcCidrBlockRequest request, Scope scope) {
        VpcService.VpcCidrAssociationResult result = vpcs.disassociateCidr(scope, request.associationId());
        DisassociateVpcCidrBlockResponse.Builder response = DisassociateVpcCidrBlockResponse.builder().vpcId(result.vpcId());
        if (result.ipv6()) {
            return response.ipv6CidrBlockAssociation(VpcIpv6CidrBlockAssociation.builder().associationId(result.associationId())
                    .ipv6CidrBlock(result.cidrBlock()).ipv6CidrBlockState(VpcCidrBlockState.builder().state("disassociating").build())
                    .build()).build();
        }
        return response.cidrBlockAssociation(association(result.associationId(), result.cidrBlock(), "disassociating")).build();
    }

    /** Netsim has Amazon's pool only: bring-your-own and IPAM pools are refused rather than ignored. */
    private static void rejectByoipIpv6(String pool, String cidr, String ipamPool) {
        if (pool != null || cidr != null || ipamPool != null) {
            throw new AwsException("InvalidParameterValue", "Netsim provides IPv6 blocks from Amazon's pool only "
                    + "(AmazonProvidedIpv6CidrBlock); Ipv6Pool, Ipv6CidrBlock and Ipv6IpamPoolId are not supported.");
        }
    }

    private static VpcIpv6CidrBlockAssociation ipv6Association(VpcIpv6CidrBlock block, String state) {
        return VpcIpv6CidrBlockAssociation.builder().associationId(block.getAssociationId()).ipv6CidrBlock(block.getIpv6CidrBlock())
                .ipv6CidrBlockState(VpcCidrBlockState.builder().state(state).build())
                .networkBorderGroup(block.getNetworkBorderGroup()).ipv6Pool(block.getIpv6Pool()).build();
    }

    private static VpcCidrBlockAssociation association(String associationId, String cidr, String state) {
        return VpcCidrBlockAssociation.builder().associationId(associationId).cidrBlock(cidr)
                .cidrBlockState(VpcCidrBlockState.builder().state(state).build()).build();
    }

    public static software.amazon.awssdk.services.ec2.model.Vpc toSdk(Tagged<Vpc> tagged) {
        Vpc vpc = tagged.resource();
        return software.amazon.awssdk.services.ec2.model.Vpc.builder()
                .vpcId(vpc.getId())
                .ownerId(vpc.getAccount())
                .state(vpc.getState())
                .cidrBlock(vpc.getCidrBlock())
                .cidrBlockAssociationSet(vpc.getCidrBlocks().stream().map(b -> association(b.getAssociationId(), b.getCidrBlock(), b.getState())).toList())
                .ipv6CidrBlockAssociationSet(vpc.getIpv6CidrBlocks().stream().map(b -> ipv6Association(b, b.getState())).toList())
                .dhcpOptionsId(vpc.getDhcpOptionsId())
                .instanceTenancy(vpc.getInstanceTenancy())
                .isDefault(vpc.isDefaultVpc())
                .tags(Ec2Wire.tagsOrNone(tagged.tags()))
                .build();
    }
}
