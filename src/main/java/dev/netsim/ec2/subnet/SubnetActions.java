package dev.netsim.ec2.subnet;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.CreateSubnetRequest;
import software.amazon.awssdk.services.ec2.model.CreateSubnetResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsResponse;
import software.amazon.awssdk.services.ec2.model.ModifySubnetAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifySubnetAttributeResponse;

/** EC2 wire handlers for subnets. */
@Component
class SubnetActions {

    private final SubnetService subnets;

    SubnetActions(SubnetService subnets) {
        this.subnets = subnets;
    }

    @AwsAction(WireService.EC2)
    CreateSubnetResponse createSubnet(CreateSubnetRequest request, Scope scope) {
        Tagged<Subnet> subnet = subnets.create(scope, new SubnetService.SubnetSpec(request.vpcId(), request.cidrBlock(),
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
        if (request.mapPublicIpOnLaunch() == null) {
            throw new AwsException("InvalidParameterCombination",
                    "Netsim supports ModifySubnetAttribute for MapPublicIpOnLaunch only; no supported attribute was given.");
        }
        subnets.setMapPublicIpOnLaunch(scope, request.subnetId(), Ec2Wire.value(request.mapPublicIpOnLaunch()));
        return ModifySubnetAttributeResponse.builder().build();
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
                .assignIpv6AddressOnCreation(false)
                .ipv6Native(false)
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }
}
