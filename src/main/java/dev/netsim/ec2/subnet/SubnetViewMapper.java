package dev.netsim.ec2.subnet;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import dev.netsim.ec2.tag.Tagged;

@Mapper
interface SubnetViewMapper {

    @Mapping(target = "subnetId", source = "resource.id")
    @Mapping(target = "subnetArn", expression = "java(subnet.resource().arn())")
    @Mapping(target = "vpcId", source = "resource.vpcId")
    @Mapping(target = "ownerId", source = "resource.account")
    @Mapping(target = "state", source = "resource.state")
    @Mapping(target = "cidrBlock", source = "resource.cidrBlock")
    @Mapping(target = "ipv6CidrBlock", source = "resource.ipv6CidrBlock")
    @Mapping(target = "assignIpv6AddressOnCreation", source = "resource.assignIpv6AddressOnCreation")
    @Mapping(target = "availabilityZone", source = "resource.availabilityZone")
    @Mapping(target = "availabilityZoneId", source = "resource.availabilityZoneId")
    @Mapping(target = "availableIpAddressCount", expression = "java(subnet.resource().availableIpAddressCount())")
    @Mapping(target = "defaultForAz", source = "resource.defaultForAz")
    @Mapping(target = "mapPublicIpOnLaunch", source = "resource.mapPublicIpOnLaunch")
    @Mapping(target = "tags", source = "tags")
    SubnetView toView(Tagged<Subnet> subnet);
}
