package dev.netsim.ec2.address;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.AllocateAddressRequest;
import software.amazon.awssdk.services.ec2.model.AllocateAddressResponse;
import software.amazon.awssdk.services.ec2.model.AssociateAddressRequest;
import software.amazon.awssdk.services.ec2.model.AssociateAddressResponse;
import software.amazon.awssdk.services.ec2.model.DisassociateAddressRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateAddressResponse;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesResponse;
import software.amazon.awssdk.services.ec2.model.ReleaseAddressRequest;
import software.amazon.awssdk.services.ec2.model.ReleaseAddressResponse;

/** EC2 wire handlers for Elastic IPs. */
@Component
class ElasticIpActions {

    private final ElasticIpService addresses;

    ElasticIpActions(ElasticIpService addresses) {
        this.addresses = addresses;
    }

    @AwsAction(WireService.EC2)
    AllocateAddressResponse allocateAddress(AllocateAddressRequest r, Scope scope) {
        if (r.address() != null || r.publicIpv4Pool() != null || r.customerOwnedIpv4Pool() != null || r.ipamPoolId() != null) {
            throw new AwsException("InvalidParameterValue",
                    "Netsim allocates from its own public pool; Address, PublicIpv4Pool, CustomerOwnedIpv4Pool and IpamPoolId are not supported.");
        }
        Tagged<ElasticIp> address = addresses.allocate(scope, r.domainAsString(), Ec2Wire.tagsFor(r.tagSpecifications(), "elastic-ip"));
        return AllocateAddressResponse.builder().allocationId(address.resource().getAllocationId()).publicIp(address.resource().getPublicIp())
                .domain("vpc").networkBorderGroup(scope.region()).publicIpv4Pool("amazon").build();
    }

    @AwsAction(WireService.EC2)
    AssociateAddressResponse associateAddress(AssociateAddressRequest r, Scope scope) {
        ElasticIp address = addresses.associate(scope, r.allocationId(), r.instanceId(), r.networkInterfaceId(), r.privateIpAddress(),
                Boolean.TRUE.equals(r.allowReassociation()));
        return AssociateAddressResponse.builder().associationId(address.getAssociationId()).build();
    }

    @AwsAction(WireService.EC2)
    DisassociateAddressResponse disassociateAddress(DisassociateAddressRequest r, Scope scope) {
        addresses.disassociate(scope, r.associationId(), r.publicIp());
        return DisassociateAddressResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    ReleaseAddressResponse releaseAddress(ReleaseAddressRequest r, Scope scope) {
        addresses.release(scope, r.allocationId(), r.publicIp());
        return ReleaseAddressResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DescribeAddressesResponse describeAddresses(DescribeAddressesRequest r, Scope scope) {
        return DescribeAddressesResponse.builder().addresses(addresses.describe(scope, r.allocationIds(), r.publicIps(),
                Ec2Wire.filters(r.filters())).stream().map(ElasticIpActions::toSdk).toList()).build();
    }

    static Address toSdk(Tagged<ElasticIp> tagged) {
        ElasticIp a = tagged.resource();
        return Address.builder().allocationId(a.getAllocationId()).publicIp(a.getPublicIp()).domain("vpc")
                .associationId(a.getAssociationId()).networkInterfaceId(a.getNetworkInterfaceId())
                .instanceId(a.getAssociatedWith() != null && a.getAssociatedWith().startsWith("i-") ? a.getAssociatedWith() : null)
                .networkInterfaceOwnerId(a.getNetworkInterfaceId() == null ? null : a.getAccount()).privateIpAddress(a.getPrivateIp())
                .networkBorderGroup(a.getRegion()).publicIpv4Pool("amazon").tags(Ec2Wire.tags(tagged.tags())).build();
    }
}
