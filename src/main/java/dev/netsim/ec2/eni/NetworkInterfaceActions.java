package dev.netsim.ec2.eni;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;

import dev.netsim.common.Scope;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.security.SecurityGroupService;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.InstanceNames;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.AssignIpv6AddressesRequest;
import software.amazon.awssdk.services.ec2.model.AssignIpv6AddressesResponse;
import software.amazon.awssdk.services.ec2.model.InstanceIpv6Address;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceIpv6Address;
import software.amazon.awssdk.services.ec2.model.UnassignIpv6AddressesRequest;
import software.amazon.awssdk.services.ec2.model.UnassignIpv6AddressesResponse;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfaceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfaceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.AssignPrivateIpAddressesRequest;
import software.amazon.awssdk.services.ec2.model.AssignPrivateIpAddressesResponse;
import software.amazon.awssdk.services.ec2.model.AssignedPrivateIpAddress;
import software.amazon.awssdk.services.ec2.model.CreateNetworkInterfaceRequest;
import software.amazon.awssdk.services.ec2.model.CreateNetworkInterfaceResponse;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkInterfaceRequest;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkInterfaceResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesRequest;
import software.amazon.awssdk.services.ec2.model.DetachNetworkInterfaceRequest;
import software.amazon.awssdk.services.ec2.model.DetachNetworkInterfaceResponse;
import software.amazon.awssdk.services.ec2.model.PrivateIpAddressSpecification;
import software.amazon.awssdk.services.ec2.model.UnassignPrivateIpAddressesRequest;
import software.amazon.awssdk.services.ec2.model.UnassignPrivateIpAddressesResponse;
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
    private final SecurityGroupService groups;

    NetworkInterfaceActions(NetworkInterfaceService interfaces, SecurityGroupService groups) {
        this.interfaces = interfaces;
        this.groups = groups;
    }

    @AwsAction(WireService.EC2)
    DescribeNetworkInterfacesResponse describeNetworkInterfaces(DescribeNetworkInterfacesRequest r, Scope scope) {
        Page<Tagged<NetworkInterface>> page = interfaces.describe(scope,
                Ec2Wire.query(r.networkInterfaceIds(), r.filters(), r.maxResults(), r.nextToken()));
        Map<String, List<String>> addresses = interfaces.addressesOf(page.items().stream().map(t -> t.resource().getId()).toList());
        Map<String, List<String>> ipv6 = interfaces.ipv6Of(page.items().stream().map(t -> t.resource().getId()).toList());
        Map<String, String> names = groups.namesOf(page.items().stream().flatMap(t -> t.resource().getGroupIds().stream()).distinct().toList());
        return DescribeNetworkInterfacesResponse.builder().networkInterfaces(page.items().stream()
                .map(t -> toSdk(t, addresses.getOrDefault(t.resource().getId(), List.of()), ipv6.getOrDefault(t.resource().getId(), List.of()),
                        names)).toList()).nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    CreateNetworkInterfaceResponse createNetworkInterface(CreateNetworkInterfaceRequest r, Scope scope) {
        if (r.interfaceTypeAsString() != null || !r.ipv6Prefixes().isEmpty() || r.ipv6PrefixCount() != null) {
            throw new AwsException("InvalidParameterValue", "Netsim creates interfaces of type interface, without IPv6 prefixes, so far.");
        }
        List<String> secondary = r.privateIpAddresses().stream().filter(p -> !Boolean.TRUE.equals(p.primary()))
                .map(PrivateIpAddressSpecification::privateIpAddress).toList();
        String primary = r.privateIpAddress() != null ? r.privateIpAddress() : r.privateIpAddresses().stream()
                .filter(p -> Boolean.TRUE.equals(p.primary())).map(PrivateIpAddressSpecification::privateIpAddress).findFirst().orElse(null);
        Ipv6Request ipv6 = new Ipv6Request(r.ipv6Addresses().stream().map(InstanceIpv6Address::ipv6Address).toList(), r.ipv6AddressCount());
        Tagged<NetworkInterface> eni = interfaces.create(scope, r.subnetId(), r.description(), primary, r.groups(), secondary,
                r.secondaryPrivateIpAddressCount(), ipv6, Ec2Wire.tagsFor(r.tagSpecifications(), "network-interface"));
        String id = eni.resource().getId();
        return CreateNetworkInterfaceResponse.builder().networkInterface(toSdk(eni, interfaces.addressesOf(List.of(id)).getOrDefault(id, List.of()),
                interfaces.ipv6Of(List.of(id)).getOrDefault(id, List.of()), groups.namesOf(eni.resource().getGroupIds())))
                .clientToken(r.clientToken()).build();
    }

    @AwsAction(WireService.EC2)
    DeleteNetworkInterfaceResponse deleteNetworkInterface(DeleteNetworkInterfaceRequest r, Scope scope) {
        interfaces.delete(scope, r.networkInterfaceId());
        return DeleteNetworkInterfaceResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DetachNetworkInterfaceResponse detachNetworkInterface(DetachNetworkInterfaceRequest r, Scope scope) {
        interfaces.detach(scope, r.attachmentId());
        return DetachNetworkInterfaceResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    AssignPrivateIpAddressesResponse assignPrivateIpAddresses(AssignPrivateIpAddressesRequest r, Scope scope) {
        if (!r.ipv4Prefixes().isEmpty() || r.ipv4PrefixCount() != null) {
            throw new AwsException("InvalidParameterValue", "Netsim does not support IPv4 prefix delegation yet.");
        }
        List<String> assigned = interfaces.assignPrivateIps(scope, r.networkInterfaceId(), r.privateIpAddresses(), r.secondaryPrivateIpAddressCount());
        return AssignPrivateIpAddressesResponse.builder().networkInterfaceId(r.networkInterfaceId())
                .assignedPrivateIpAddresses(assigned.stream().map(a -> AssignedPrivateIpAddress.builder().privateIpAddress(a).build()).toList()).build();
    }

    @AwsAction(WireService.EC2)
    UnassignPrivateIpAddressesResponse unassignPrivateIpAddresses(UnassignPrivateIpAddressesRequest r, Scope scope) {
        interfaces.unassignPrivateIps(scope, r.networkInterfaceId(), r.privateIpAddresses());
        return UnassignPrivateIpAddressesResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    ModifyNetworkInterfaceAttributeResponse modifyNetworkInterfaceAttribute(ModifyNetworkInterfaceAttributeRequest r, Scope scope) {
        if (r.attachment() != null || r.enaSrdSpecification() != null || r.enablePrimaryIpv6() != null || r.connectionTrackingSpecification() != null
                || r.associatePublicIpAddress() != null || !r.associatedSubnetIds().isEmpty()) {
            throw new AwsException("InvalidParameterValue", "Netsim supports Groups, SourceDestCheck and Description here so far.");
        }
        interfaces.modify(scope, r.networkInterfaceId(), r.groups(), r.sourceDestCheck() == null ? null : r.sourceDestCheck().value(),
                r.description() == null ? null : r.description().value());
        return ModifyNetworkInterfaceAttributeResponse.builder().build();
    }

    /**
     * DescribeNetworkInterfaceAttribute: one attribute of the interface, beside its id, as
     * DescribeNetworkInterfaces shows it.
     */
    @AwsAction(WireService.EC2)
    DescribeNetworkInterfaceAttributeResponse describeNetworkInterfaceAttribute(DescribeNetworkInterfaceAttributeRequest r, Scope scope) {
        if (r.attribute() == null) {
            throw Ec2Errors.missing("Attribute");
        }
        NetworkInterface eni = interfaces.get(scope, r.networkInterfaceId());
        var response = DescribeNetworkInterfaceAttributeResponse.builder().networkInterfaceId(eni.getId());
        switch (r.attribute()) {
            case DESCRIPTION -> response.description(AttributeValue.builder().value(eni.getDescription() == null ? "" : eni.getDescription())
                    .build());
            case GROUP_SET -> response.groups(groupIdentifiers(eni.getGroupIds(), groups.namesOf(eni.getGroupIds())));
            case SOURCE_DEST_CHECK -> response.sourceDestCheck(AttributeBooleanValue.builder().value(eni.isSourceDestCheck()).build());
            case ATTACHMENT -> response.attachment(attachment(eni));
            case ASSOCIATE_PUBLIC_IP_ADDRESS -> response.associatePublicIpAddress(eni.getPublicIp() != null);
            default -> throw Ec2Errors.invalidValue("Attribute", r.attributeAsString(), "Valid values are description, groupSet, sourceDestCheck, "
                    + "attachment and associatePublicIpAddress.");
        }
        return response.build();
    }

    /** Each group with its name, as AWS lists an interface's groups. */
    private static List<GroupIdentifier> groupIdentifiers(List<String> groupIds, Map<String, String> names) {
        return groupIds.stream().map(g -> GroupIdentifier.builder().groupId(g).groupName(names.get(g)).build()).toList();
    }

    private static NetworkInterfaceAttachment attachment(NetworkInterface eni) {
        return eni.getInstanceId() == null ? null : NetworkInterfaceAttachment.builder().attachmentId(eni.getAttachmentId())
                .instanceId(eni.getInstanceId()).instanceOwnerId(eni.getAccount()).deviceIndex(eni.getDeviceIndex())
                .status("attached").attachTime(eni.getAttachTime()).deleteOnTermination(eni.getDeleteOnTermination()).build();
    }

    @AwsAction(WireService.EC2)
    AssignIpv6AddressesResponse assignIpv6Addresses(AssignIpv6AddressesRequest r, Scope scope) {
        if (!r.ipv6Prefixes().isEmpty() || r.ipv6PrefixCount() != null) {
            throw new AwsException("InvalidParameterValue", "Netsim does not support IPv6 prefix delegation yet.");
        }
        List<String> assigned = interfaces.assignIpv6(scope, r.networkInterfaceId(), r.ipv6Addresses(), r.ipv6AddressCount());
        return AssignIpv6AddressesResponse.builder().networkInterfaceId(r.networkInterfaceId()).assignedIpv6Addresses(assigned).build();
    }

    @AwsAction(WireService.EC2)
    UnassignIpv6AddressesResponse unassignIpv6Addresses(UnassignIpv6AddressesRequest r, Scope scope) {
        if (!r.ipv6Prefixes().isEmpty()) {
            throw new AwsException("InvalidParameterValue", "Netsim does not support IPv6 prefix delegation yet.");
        }
        List<String> removed = interfaces.unassignIpv6(scope, r.networkInterfaceId(), r.ipv6Addresses());
        return UnassignIpv6AddressesResponse.builder().networkInterfaceId(r.networkInterfaceId()).unassignedIpv6Addresses(removed).build();
    }

    static software.amazon.awssdk.services.ec2.model.NetworkInterface toSdk(Tagged<NetworkInterface> tagged, List<String> allAddresses,
                                                                             List<String> ipv6, Map<String, String> groupNames) {
        NetworkInterface eni = tagged.resource();
        NetworkInterfaceAssociation association = eni.getPublicIp() == null ? null
                : NetworkInterfaceAssociation.builder().publicIp(eni.getPublicIp()).ipOwnerId("amazon").build();
        return software.amazon.awssdk.services.ec2.model.NetworkInterface.builder()
                .networkInterfaceId(eni.getId()).subnetId(eni.getSubnetId()).vpcId(eni.getVpcId()).availabilityZone(eni.getAvailabilityZone())
                .ownerId(eni.getAccount()).requesterManaged(eni.isRequesterManaged()).requesterId(eni.getRequesterId()).status(eni.status()).macAddress(eni.getMacAddress())
                .privateIpAddress(eni.getPrivateIp()).privateDnsName(InstanceNames.privateDnsName(eni.getPrivateIp(), eni.getRegion()))
                .sourceDestCheck(eni.isSourceDestCheck()).interfaceType(eni.getInterfaceType())
                .description(eni.getDescription())
                .groups(groupIdentifiers(eni.getGroupIds(), groupNames))
                .attachment(attachment(eni))
                .association(association)
                .privateIpAddresses(java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(NetworkInterfacePrivateIpAddress.builder().primary(true).privateIpAddress(eni.getPrivateIp())
                                .association(association).build()),
                        allAddresses.stream().filter(a -> !a.equals(eni.getPrivateIp())).sorted()
                                .map(a -> NetworkInterfacePrivateIpAddress.builder().primary(false).privateIpAddress(a).build())).toList())
                .ipv6Addresses(ipv6.stream().map(a -> NetworkInterfaceIpv6Address.builder().ipv6Address(a).isPrimaryIpv6(false).build()).toList())
                .tagSet(Ec2Wire.tags(tagged.tags()))
                .build();
    }
}
