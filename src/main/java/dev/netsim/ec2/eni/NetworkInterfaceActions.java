package dev.netsim.ec2.eni;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesResponse;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.ModifyNetworkInterfaceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyNetworkInterfaceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAssociation;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAttachment;
import software.amazon.awssdk.services.ec2.model.NetworkInterfacePrivateIpAddress;

/** EC2 wire handlers for network interfaces (describe, so far). */
@Component
class NetworkInterfaceActions {

    private final NetworkInterfaceService interfaces;

    NetworkInterfaceActions(NetworkInterfaceService interfaces) {
        this.interfaces = interfaces;
    }

    @AwsAction(WireService.EC2)
    DescribeNetworkInterfacesResponse describeNetworkInterfaces(DescribeNetworkInterfacesRequest r, Scope scope) {
        Page<Tagged<NetworkInterface>> page = interfaces.describe(scope,
                Ec2Wire.query(r.networkInterfaceIds(), r.filters(), r.maxResults(), r.nextToken()));
        return DescribeNetworkInterfacesResponse.builder().networkInterfaces(page.items().stream().map(NetworkInterfaceActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    ModifyNetworkInterfaceAttributeResponse modifyNetworkInterfaceAttribute(ModifyNetworkInterfaceAttributeRequest r, Scope scope) {
        if (r.attachment() != null || r.enaSrdSpecification() != null || r.enablePrimaryIpv6() != null || r.connectionTrackingSpecification() != null
                || r.associatePublicIpAddress() != null || r.associatedSubnetIds() != null && !r.associatedSubnetIds().isEmpty()) {
            throw new dev.netsim.common.AwsException("InvalidParameterValue", "Netsim supports Groups, SourceDestCheck and Description here so far.");
        }
        interfaces.modify(scope, r.networkInterfaceId(), r.groups(), r.sourceDestCheck() == null ? null : r.sourceDestCheck().value(),
                r.description() == null ? null : r.description().value());
        return ModifyNetworkInterfaceAttributeResponse.builder().build();
    }

    static software.amazon.awssdk.services.ec2.model.NetworkInterface toSdk(Tagged<NetworkInterface> tagged) {
        NetworkInterface eni = tagged.resource();
        NetworkInterfaceAssociation association = eni.getPublicIp() == null ? null
                : NetworkInterfaceAssociation.builder().publicIp(eni.getPublicIp()).ipOwnerId("amazon").build();
        return software.amazon.awssdk.services.ec2.model.NetworkInterface.builder()
                .networkInterfaceId(eni.getId()).subnetId(eni.getSubnetId()).vpcId(eni.getVpcId()).availabilityZone(eni.getAvailabilityZone())
                .ownerId(eni.getAccount()).requesterManaged(false).status(eni.status()).macAddress(eni.getMacAddress())
                .privateIpAddress(eni.getPrivateIp()).sourceDestCheck(eni.isSourceDestCheck()).interfaceType(eni.getInterfaceType())
                .description(eni.getDescription())
                .groups(eni.getGroupIds().stream().map(g -> GroupIdentifier.builder().groupId(g).build()).toList())
                .attachment(eni.getInstanceId() == null ? null : NetworkInterfaceAttachment.builder().attachmentId(eni.getAttachmentId())
                        .instanceId(eni.getInstanceId()).instanceOwnerId(eni.getAccount()).deviceIndex(eni.getDeviceIndex())
                        .status("attached").attachTime(eni.getAttachTime()).deleteOnTermination(eni.getDeleteOnTermination()).build())
                .association(association)
                .privateIpAddresses(NetworkInterfacePrivateIpAddress.builder().primary(true).privateIpAddress(eni.getPrivateIp())
                        .association(association).build())
                .tagSet(Ec2Wire.tags(tagged.tags()))
                .build();
    }
}
