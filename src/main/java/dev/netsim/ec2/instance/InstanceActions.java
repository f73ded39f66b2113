package dev.netsim.ec2.instance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.ec2.InstanceNames;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.ec2.Unsuccessful;
import dev.netsim.ec2.eni.Ipv6Request;
import dev.netsim.ec2.region.RegionCatalog;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.eni.NetworkInterface;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.InstanceIpv6Address;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceCreditSpecificationsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceCreditSpecificationsResponse;
import software.amazon.awssdk.services.ec2.model.InstanceCreditSpecification;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceCreditSpecificationRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceCreditSpecificationResponse;
import software.amazon.awssdk.services.ec2.model.StateReason;
import software.amazon.awssdk.services.ec2.model.SuccessfulInstanceCreditSpecificationItem;
import software.amazon.awssdk.services.ec2.model.UnsuccessfulInstanceCreditSpecificationItem;
import software.amazon.awssdk.services.ec2.model.PrivateIpAddressSpecification;
import software.amazon.awssdk.services.ec2.model.AttachNetworkInterfaceRequest;
import software.amazon.awssdk.services.ec2.model.AttachNetworkInterfaceResponse;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceStatusRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMetadataOptionsRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMetadataOptionsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceStatusResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.InstanceMetadataOptionsResponse;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterface;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceAssociation;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceAttachment;
import software.amazon.awssdk.services.ec2.model.InstancePrivateIpAddress;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.InstanceStatus;
import software.amazon.awssdk.services.ec2.model.InstanceStatusDetails;
import software.amazon.awssdk.services.ec2.model.InstanceStatusSummary;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceSpecification;
import software.amazon.awssdk.services.ec2.model.Monitoring;
import software.amazon.awssdk.services.ec2.model.Placement;
import software.amazon.awssdk.services.ec2.model.EnclaveOptions;
import software.amazon.awssdk.services.ec2.model.HibernationOptions;
import software.amazon.awssdk.services.ec2.model.InstanceMaintenanceOptions;
import software.amazon.awssdk.services.ec2.model.OperatorResponse;
import software.amazon.awssdk.services.ec2.model.PrivateDnsNameOptionsResponse;
import software.amazon.awssdk.services.ec2.model.RebootInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RebootInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.StartInstancesRequest;
import software.amazon.awssdk.services.ec2.model.StartInstancesResponse;
import software.amazon.awssdk.services.ec2.model.StopInstancesRequest;
import software.amazon.awssdk.services.ec2.model.StopInstancesResponse;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesRequest;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesResponse;

/** EC2 wire handlers for instances. */
@Component
class InstanceActions {

    private final InstanceService instances;

    InstanceActions(InstanceService instances) {
        this.instances = instances;
    }

    @AwsAction(WireService.EC2)
    RunInstancesResponse runInstances(RunInstancesRequest r, Scope scope) {
        InstanceNetworkInterfaceSpecification primary = primaryInterface(r);
        String subnetId = r.subnetId();
        List<String> groupIds = new ArrayList<>(r.securityGroupIds());
        Boolean publicIp = null;
        String privateIp = r.privateIpAddress();
        List<String> secondaryIps = List.of();
        Integer secondaryCount = null;
        List<String> ipv6Addresses = r.ipv6Addresses().stream().map(InstanceIpv6Address::ipv6Address).toList();
        Integer ipv6Count = r.ipv6AddressCount();
        if (primary != null) {
            // the CLI moves SubnetId and groups into NetworkInterface.1 with --associate-public-ip-address
            subnetId = primary.subnetId();
            groupIds.addAll(primary.groups());
            publicIp = primary.associatePublicIpAddress();
            String listedPrimary = primary.privateIpAddresses().stream().filter(a -> Boolean.TRUE.equals(a.primary()))
                    .map(PrivateIpAddressSpecification::privateIpAddress).findFirst().orElse(null);
            if (privateIp != null && (primary.privateIpAddress() != null || listedPrimary != null)) {
                throw new AwsException("InvalidParameterCombination", "Network interfaces and an instance-level private IP address may not be "
                        + "specified on the same request");
            }
            if (primary.privateIpAddress() != null && listedPrimary != null && !primary.privateIpAddress().equals(listedPrimary)) {
                throw new AwsException("InvalidParameterCombination", "The interface's PrivateIpAddress and its primary PrivateIpAddresses entry "
                        + "differ: " + primary.privateIpAddress() + ", " + listedPrimary);
            }
            privateIp = privateIp != null ? privateIp : primary.privateIpAddress() != null ? primary.privateIpAddress() : listedPrimary;
            secondaryIps = primary.privateIpAddresses().stream().filter(a -> !Boolean.TRUE.equals(a.primary()))
                    .map(PrivateIpAddressSpecification::privateIpAddress).toList();
            secondaryCount = primary.secondaryPrivateIpAddressCount();
            if (!primary.ipv6Addresses().isEmpty() || primary.ipv6AddressCount() != null) {
                if (!ipv6Addresses.isEmpty() || ipv6Count != null) {
                    throw new AwsException("InvalidParameterCombination", "Network interfaces and instance-level IPv6 addresses may not be "
                            + "specified on the same request");
                }
                ipv6Addresses = primary.ipv6Addresses().stream().map(InstanceIpv6Address::ipv6Address).toList();
                ipv6Count = primary.ipv6AddressCount();
            }
        }
        String cpuCredits = r.creditSpecification() == null ? null : r.creditSpecification().cpuCredits();
        InstanceLaunch.Options options = new InstanceLaunch.Options(r.monitoring() != null && Boolean.TRUE.equals(r.monitoring().enabled()),
                Boolean.TRUE.equals(r.ebsOptimized()), r.hibernationOptions() != null && Boolean.TRUE.equals(r.hibernationOptions().configured()),
                Boolean.TRUE.equals(r.disableApiTermination()), cpuCredits, secondaryIps, secondaryCount, new Ipv6Request(ipv6Addresses, ipv6Count));
        var metadata = r.metadataOptions();
        InstanceLaunch launch = new InstanceLaunch(r.imageId(), r.instanceTypeAsString() == null ? "m1.small" : r.instanceTypeAsString(),
                r.minCount(), r.maxCount(), subnetId, groupIds, r.securityGroups(), privateIp, publicIp,
                r.placement() == null ? null : r.placement().availabilityZone(), r.placement() == null ? null : r.placement().groupName(),
                r.placement() == null ? null : r.placement().groupId(), r.placement() == null ? null : r.placement().partitionNumber(),
                r.keyName(), r.userData(), r.clientToken(),
                metadata == null || metadata.httpTokensAsString() == null ? "optional" : metadata.httpTokensAsString(),
                metadata == null || metadata.httpEndpointAsString() == null ? "enabled" : metadata.httpEndpointAsString(),
                metadata == null || metadata.httpPutResponseHopLimit() == null ? 1 : metadata.httpPutResponseHopLimit(),
                tagsFor(r, "instance"), tagsFor(r, "network-interface"), options);
        InstanceService.Reservation reservation = instances.run(scope, launch);
        return RunInstancesResponse.builder().reservationId(reservation.reservationId()).ownerId(scope.account()).groups(List.of())
                .instances(reservation.instances().stream().map(InstanceActions::toSdk).toList()).build();
    }

    /** The device-0 interface specification, when the caller describes the instance's network that way. */
    private static InstanceNetworkInterfaceSpecification primaryInterface(RunInstancesRequest r) {
        if (r.networkInterfaces().size() > 1) {
            throw new AwsException("InvalidParameterValue", "Netsim launches instances with one network interface so far.");
        }
        if (r.networkInterfaces().isEmpty()) {
            return null;
        }
        InstanceNetworkInterfaceSpecification spec = r.networkInterfaces().get(0);
        if (spec.networkInterfaceId() != null) {
            throw new AwsException("InvalidParameterValue", "Netsim does not launch instances on existing network interfaces yet.");
        }
        if (r.subnetId() != null) {
            throw new AwsException("InvalidParameterCombination", "Network interfaces and an instance-level subnet ID may not be specified on the "
                    + "same request");
        }
        if (!r.securityGroupIds().isEmpty() && !spec.groups().isEmpty()) {
            throw new AwsException("InvalidParameterCombination", "Network interfaces and an instance-level security groups may not be specified "
                    + "on the same request");
        }
        return spec;
    }

    /** Tags per resource type; EBS volumes are not modelled, so tags for them are refused rather than dropped. */
    private static Map<String, String> tagsFor(RunInstancesRequest r, String type) {
        Map<String, String> tags = new LinkedHashMap<>();
        r.tagSpecifications().forEach(spec -> {
            String resourceType = spec.resourceTypeAsString();
            if (!"instance".equals(resourceType) && !"network-interface".equals(resourceType)) {
                throw new AwsException("InvalidParameterValue", "'" + resourceType + "' is not a taggable resource type Netsim models for RunInstances.");
            }
            if (type.equals(resourceType)) {
                spec.tags().forEach(t -> tags.put(t.key(), t.value() == null ? "" : t.value()));
            }
        });
        return tags;
    }

    @AwsAction(WireService.EC2)
    DescribeInstancesResponse describeInstances(DescribeInstancesRequest r, Scope scope) {
        Page<InstanceDetails> page = instances.describe(scope, Ec2Wire.query(r.instanceIds(), r.filters(), r.maxResults(), r.nextToken()));
        Map<String, List<InstanceDetails>> byReservation = new LinkedHashMap<>();
        page.items().forEach(d -> byReservation.computeIfAbsent(d.instance().getReservationId(), k -> new ArrayList<>()).add(d));
        return DescribeInstancesResponse.builder().reservations(byReservation.entrySet().stream().map(e -> Reservation.builder()
                .reservationId(e.getKey()).ownerId(scope.account()).groups(List.of())
                .instances(e.getValue().stream().map(InstanceActions::toSdk).toList()).build()).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    TerminateInstancesResponse terminateInstances(TerminateInstancesRequest r, Scope scope) {
        return TerminateInstancesResponse.builder().terminatingInstances(changes(instances.terminate(scope, r.instanceIds()))).build();
    }

    @AwsAction(WireService.EC2)
    StopInstancesResponse stopInstances(StopInstancesRequest r, Scope scope) {
        return StopInstancesResponse.builder().stoppingInstances(changes(instances.stop(scope, r.instanceIds()))).build();
    }

    @AwsAction(WireService.EC2)
    StartInstancesResponse startInstances(StartInstancesRequest r, Scope scope) {
        return StartInstancesResponse.builder().startingInstances(changes(instances.start(scope, r.instanceIds()))).build();
    }

    @AwsAction(WireService.EC2)
    RebootInstancesResponse rebootInstances(RebootInstancesRequest r, Scope scope) {
        instances.reboot(scope, r.instanceIds());
        return RebootInstancesResponse.builder().build();
    }

    /** One attribute per call, as AWS takes them: interface ones, stopped-only ones, termination protection. */
    @AwsAction(WireService.EC2)
    ModifyInstanceAttributeResponse modifyInstanceAttribute(ModifyInstanceAttributeRequest r, Scope scope) {
        boolean interfaceLevel = !r.groups().isEmpty() || r.sourceDestCheck() != null;
        boolean stoppedLevel = r.instanceType() != null || r.userData() != null;
        boolean unsupported = r.attributeAsString() != null || r.disableApiStop() != null || r.enaSupport() != null || r.kernel() != null
                || r.ramdisk() != null || r.sriovNetSupport() != null || r.instanceInitiatedShutdownBehavior() != null
                || !r.blockDeviceMappings().isEmpty();
        long given = java.util.stream.Stream.of(interfaceLevel, stoppedLevel, r.disableApiTermination() != null, r.ebsOptimized() != null)
                .filter(b -> b).count();
        if (unsupported || given != 1) {
            throw new AwsException("InvalidParameterCombination", "Modify exactly one of Groups, SourceDestCheck, InstanceType, UserData, "
                    + "DisableApiTermination or EbsOptimized per call; Netsim supports those attributes.");
        }
        if (interfaceLevel) {
            instances.modifyInterfaceAttribute(scope, r.instanceId(), r.groups(), r.sourceDestCheck() == null ? null : r.sourceDestCheck().value());
        } else if (stoppedLevel) {
            instances.modifyStoppedAttribute(scope, r.instanceId(), r.instanceType() == null ? null : r.instanceType().value(),
                    r.userData() == null || r.userData().value() == null ? null : java.util.Base64.getEncoder().encodeToString(r.userData().value().asByteArray()));
        } else if (r.disableApiTermination() != null) {
            instances.modifyTerminationProtection(scope, r.instanceId(), Boolean.TRUE.equals(r.disableApiTermination().value()));
        } else {
            instances.modifyEbsOptimized(scope, r.instanceId(), Boolean.TRUE.equals(r.ebsOptimized().value()));
        }
        return ModifyInstanceAttributeResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DescribeInstanceCreditSpecificationsResponse describeInstanceCreditSpecifications(DescribeInstanceCreditSpecificationsRequest r, Scope scope) {
        if (!r.filters().isEmpty()) {
            throw new AwsException("InvalidParameterValue", "Netsim filters instance credit specifications by InstanceId only.");
        }
        Page<InstanceService.CreditSpecification> page = instances.creditSpecifications(scope, r.instanceIds(), r.maxResults(), r.nextToken());
        return DescribeInstanceCreditSpecificationsResponse.builder().instanceCreditSpecifications(page.items().stream()
                .map(c -> InstanceCreditSpecification.builder().instanceId(c.instanceId()).cpuCredits(c.cpuCredits()).build()).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    ModifyInstanceCreditSpecificationResponse modifyInstanceCreditSpecification(ModifyInstanceCreditSpecificationRequest r, Scope scope) {
        Map<String, String> wanted = new LinkedHashMap<>();
        r.instanceCreditSpecifications().forEach(c -> wanted.put(c.instanceId(), c.cpuCredits()));
        List<Unsuccessful> failed = instances.modifyCredits(scope, wanted);
        List<String> failedIds = failed.stream().map(Unsuccessful::resourceId).toList();
        return ModifyInstanceCreditSpecificationResponse.builder()
                .successfulInstanceCreditSpecifications(wanted.keySet().stream().filter(id -> !failedIds.contains(id))
                        .map(id -> SuccessfulInstanceCreditSpecificationItem.builder().instanceId(id).build()).toList())
                .unsuccessfulInstanceCreditSpecifications(failed.stream().map(f -> UnsuccessfulInstanceCreditSpecificationItem.builder()
                        .instanceId(f.resourceId()).error(e -> e.code(f.code()).message(f.message())).build()).toList()).build();
    }

    @AwsAction(WireService.EC2)
    DescribeInstanceAttributeResponse describeInstanceAttribute(DescribeInstanceAttributeRequest r, Scope scope) {
        if (r.attributeAsString() == null) {
            throw new AwsException("MissingParameter", "The request must contain the parameter Attribute");
        }
        InstanceDetails d = instances.get(scope, r.instanceId());
        Instance i = d.instance();
        var response = DescribeInstanceAttributeResponse.builder().instanceId(i.getId());
        switch (r.attributeAsString()) {
            case "instanceType" -> response.instanceType(value(i.getInstanceType()));
            case "userData" -> response.userData(value(i.getUserData()));
            case "groupSet" -> response.groups(d.groupNames().entrySet().stream()
                    .map(g -> GroupIdentifier.builder().groupId(g.getKey()).groupName(g.getValue()).build()).toList());
            case "sourceDestCheck" -> response.sourceDestCheck(bool(d.primaryInterface() == null || d.primaryInterface().isSourceDestCheck()));
            case "disableApiTermination" -> response.disableApiTermination(bool(i.isDisableApiTermination()));
            case "disableApiStop" -> response.disableApiStop(bool(false));
            case "instanceInitiatedShutdownBehavior" -> response.instanceInitiatedShutdownBehavior(value("stop"));
            case "rootDeviceName" -> response.rootDeviceName(value("/dev/xvda"));
            case "blockDeviceMapping" -> response.blockDeviceMappings(List.of());
            case "ebsOptimized" -> response.ebsOptimized(bool(i.isEbsOptimized()));
            case "enaSupport" -> response.enaSupport(bool(true));
            case "productCodes" -> response.productCodes(List.of());
            case "kernel" -> response.kernelId(value(null));
            case "ramdisk" -> response.ramdiskId(value(null));
            case "sriovNetSupport" -> response.sriovNetSupport(value(null));
            default -> throw new AwsException("InvalidParameterValue", "Value (" + r.attributeAsString() + ") for parameter attribute is invalid. Unknown attribute.");
        }
        return response.build();
    }

    @AwsAction(WireService.EC2)
    AttachNetworkInterfaceResponse attachNetworkInterface(AttachNetworkInterfaceRequest r, Scope scope) {
        if (r.networkCardIndex() != null && r.networkCardIndex() != 0) {
            throw new AwsException("InvalidParameterValue", "Netsim models network card 0 only.");
        }
        return AttachNetworkInterfaceResponse.builder().attachmentId(instances.attachInterface(scope, r.networkInterfaceId(), r.instanceId(),
                r.deviceIndex())).networkCardIndex(0).build();
    }

    @AwsAction(WireService.EC2)
    ModifyInstanceMetadataOptionsResponse modifyInstanceMetadataOptions(ModifyInstanceMetadataOptionsRequest r, Scope scope) {
        Instance i = instances.modifyMetadataOptions(scope, r.instanceId(), r.httpTokensAsString(), r.httpEndpointAsString(), r.httpPutResponseHopLimit());
        return ModifyInstanceMetadataOptionsResponse.builder().instanceId(i.getId()).instanceMetadataOptions(metadataOptions(i)).build();
    }

    private static AttributeValue value(String value) {
        return AttributeValue.builder().value(value).build();
    }

    private static AttributeBooleanValue bool(boolean value) {
        return AttributeBooleanValue.builder().value(value).build();
    }

    private static InstanceMetadataOptionsResponse metadataOptions(Instance i) {
        return InstanceMetadataOptionsResponse.builder().state("applied").httpTokens(i.getHttpTokens())
                .httpEndpoint(i.getHttpEndpoint()).httpPutResponseHopLimit(i.getHttpPutResponseHopLimit())
                .httpProtocolIpv6("disabled").instanceMetadataTags("disabled").build();
    }

    /** DescribeInstanceStatus: running instances (all with IncludeAllInstances); a running one passes its checks. */
    @AwsAction(WireService.EC2)
    DescribeInstanceStatusResponse describeInstanceStatus(DescribeInstanceStatusRequest r, Scope scope) {
        Page<InstanceDetails> page = instances.describeStatus(scope, Ec2Wire.query(r.instanceIds(), r.filters(), r.maxResults(), r.nextToken()),
                Boolean.TRUE.equals(r.includeAllInstances()));
        return DescribeInstanceStatusResponse.builder().instanceStatuses(page.items().stream().map(d -> {
            InstanceStatusSummary summary = InstanceStatusSummary.builder().status(InstanceService.statusCheck(d.state()))
                    .details(InstanceStatusDetails.builder().name("reachability").status(InstanceService.reachability(d.state())).build()).build();
            return InstanceStatus.builder().instanceId(d.instance().getId()).availabilityZone(d.instance().getAvailabilityZone())
                    .instanceState(state(d.state())).instanceStatus(summary).systemStatus(summary).events(List.of()).build();
        }).toList()).nextToken(page.nextToken()).build();
    }

    private static List<InstanceStateChange> changes(List<InstanceService.StateChange> changes) {
        return changes.stream().map(c -> InstanceStateChange.builder().instanceId(c.instanceId())
                .previousState(state(c.previous())).currentState(state(c.current())).build()).toList();
    }

    private static software.amazon.awssdk.services.ec2.model.InstanceState state(InstanceState state) {
        return software.amazon.awssdk.services.ec2.model.InstanceState.builder().code(state.code()).name(state.apiName()).build();
    }

    private static InstanceNetworkInterface interfaceToSdk(InstanceDetails d, NetworkInterface n, List<GroupIdentifier> primaryGroups) {
        String region = d.instance().getRegion();
        InstanceNetworkInterfaceAssociation association = n.getPublicIp() == null ? null : InstanceNetworkInterfaceAssociation.builder()
                .publicIp(n.getPublicIp()).publicDnsName(InstanceNames.publicDnsName(n.getPublicIp(), region)).ipOwnerId("amazon").build();
        List<String> secondary = d.addresses().getOrDefault(n.getId(), List.of()).stream().filter(a -> !a.equals(n.getPrivateIp())).sorted().toList();
        List<InstancePrivateIpAddress> addresses = new ArrayList<>();
        addresses.add(InstancePrivateIpAddress.builder().primary(true).privateIpAddress(n.getPrivateIp())
                .privateDnsName(InstanceNames.privateDnsName(n.getPrivateIp(), region)).association(association).build());
        secondary.forEach(a -> addresses.add(InstancePrivateIpAddress.builder().primary(false).privateIpAddress(a)
                .privateDnsName(InstanceNames.privateDnsName(a, region)).build()));
        return InstanceNetworkInterface.builder()
                .networkInterfaceId(n.getId()).subnetId(n.getSubnetId()).vpcId(n.getVpcId()).ownerId(n.getAccount())
                .status(n.status()).macAddress(n.getMacAddress()).privateIpAddress(n.getPrivateIp())
                .privateDnsName(InstanceNames.privateDnsName(n.getPrivateIp(), region))
                .sourceDestCheck(n.isSourceDestCheck()).interfaceType(n.getInterfaceType()).description(n.getDescription())
                .groups(n.getId().equals(d.instance().getNetworkInterfaceId()) ? primaryGroups
                        : n.getGroupIds().stream().map(g -> GroupIdentifier.builder().groupId(g).build()).toList())
                .attachment(InstanceNetworkInterfaceAttachment.builder().attachmentId(n.getAttachmentId()).deviceIndex(n.getDeviceIndex())
                        .status("attached").attachTime(n.getAttachTime()).deleteOnTermination(n.getDeleteOnTermination()).build())
                .association(association)
                .privateIpAddresses(addresses)
                .ipv6Addresses(d.ipv6Addresses().getOrDefault(n.getId(), List.of()).stream()
                        .map(a -> InstanceIpv6Address.builder().ipv6Address(a).isPrimaryIpv6(false).build()).toList())
                .build();
    }

    static software.amazon.awssdk.services.ec2.model.Instance toSdk(InstanceDetails d) {
        Instance i = d.instance();
        NetworkInterface eni = d.primaryInterface();
        List<GroupIdentifier> groups = d.groupNames().entrySet().stream()
                .map(g -> GroupIdentifier.builder().groupId(g.getKey()).groupName(g.getValue()).build()).toList();
        var builder = software.amazon.awssdk.services.ec2.model.Instance.builder()
                .instanceId(i.getId()).imageId(i.getImageId()).instanceType(i.getInstanceType()).state(state(d.state()))
                .launchTime(i.getLaunchTime()).amiLaunchIndex(i.getAmiLaunchIndex()).keyName(i.getKeyName())
                .placement(Placement.builder().availabilityZone(i.getAvailabilityZone())
                        .availabilityZoneId(RegionCatalog.zoneIdOf(i.getRegion(), i.getAvailabilityZone())).tenancy("default")
                        .groupName(i.getPlacementGroupName()).partitionNumber(i.getPartitionNumber()).build())
                .monitoring(Monitoring.builder().state(i.isMonitoring() ? "enabled" : "disabled").build())
                .subnetId(i.getSubnetId()).vpcId(i.getVpcId()).architecture("x86_64").rootDeviceType("ebs").rootDeviceName("/dev/xvda")
                .virtualizationType("hvm").hypervisor("xen").ebsOptimized(i.isEbsOptimized()).enaSupport(true).clientToken(i.getClientToken())
                .securityGroups(groups)
                .metadataOptions(metadataOptions(i))
                .stateTransitionReason(i.getStateTransitionReason())
                .stateReason(i.getStateReasonCode() == null ? null : StateReason.builder().code(i.getStateReasonCode())
                        .message(i.getStateReasonMessage()).build())
                .enclaveOptions(EnclaveOptions.builder().enabled(false).build())
                .hibernationOptions(HibernationOptions.builder().configured(i.isHibernationConfigured()).build())
                .maintenanceOptions(InstanceMaintenanceOptions.builder().autoRecovery("default").build())
                .privateDnsNameOptions(PrivateDnsNameOptionsResponse.builder().hostnameType("ip-name").enableResourceNameDnsARecord(false)
                        .enableResourceNameDnsAAAARecord(false).build())
                .operator(OperatorResponse.builder().managed(false).build())
                .platformDetails("Linux/UNIX").usageOperation("RunInstances").usageOperationUpdateTime(i.getLaunchTime())
                .tags(Ec2Wire.tagsOrNone(d.tags()));
        if (eni == null) {
            return builder.privateDnsName("").publicDnsName("").networkInterfaces(List.of()).build();
        }
        String privateDns = InstanceNames.privateDnsName(eni.getPrivateIp(), i.getRegion());
        return builder
                .privateIpAddress(eni.getPrivateIp()).privateDnsName(privateDns)
                .publicIpAddress(eni.getPublicIp())
                .publicDnsName(eni.getPublicIp() == null ? "" : InstanceNames.publicDnsName(eni.getPublicIp(), i.getRegion()))
                .sourceDestCheck(eni.isSourceDestCheck())
                .networkInterfaces(d.attachedInterfaces().stream().map(n -> interfaceToSdk(d, n, groups)).toList())
                .build();
    }
}
