package dev.netsim.ec2.vpc;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import dev.netsim.ec2.tag.Tagged;

@Mapper
interface VpcViewMapper {

    @Mapping(target = "vpcId", source = "resource.id")
    @Mapping(target = "ownerId", source = "resource.account")
    @Mapping(target = "state", source = "resource.state")
    @Mapping(target = "cidrBlock", source = "resource.cidrBlock")
    @Mapping(target = "cidrBlockAssociations", source = "resource.cidrBlocks")
    @Mapping(target = "ipv6CidrBlockAssociations", source = "resource.ipv6CidrBlocks")
    @Mapping(target = "dhcpOptionsId", source = "resource.dhcpOptionsId")
    @Mapping(target = "instanceTenancy", source = "resource.instanceTenancy")
    @Mapping(target = "isDefault", source = "resource.defaultVpc")
    @Mapping(target = "enableDnsSupport", source = "resource.enableDnsSupport")
    @Mapping(target = "enableDnsHostnames", source = "resource.enableDnsHostnames")
    @Mapping(target = "tags", source = "tags")
    VpcView toView(Tagged<Vpc> vpc);

    VpcView.CidrBlockAssociationView toView(VpcCidrBlock block);

    VpcView.Ipv6CidrBlockAssociationView toView(VpcIpv6CidrBlock block);
}
