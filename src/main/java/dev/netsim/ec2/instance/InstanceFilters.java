package dev.netsim.ec2.instance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.netsim.ec2.InstanceNames;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.ec2.eni.NetworkInterface;
import dev.netsim.ec2.region.RegionCatalog;
import dev.netsim.ec2.tag.Tagged;

/**
 * The filters of DescribeInstances and DescribeInstanceStatus: every name the EC2 API documents,
 * over the values Describe renders (constants for what Netsim renders as such; nothing for
 * features it does not model).
 */
final class InstanceFilters {

    private InstanceFilters() {
    }

    static final FilterSpec<Tagged<InstanceDetails>> DESCRIBE = FilterSpec.<Tagged<InstanceDetails>>builder(Tagged::tags)
            .on("instance-id", t -> t.resource().instance().getId())
            .on("instance-state-name", t -> t.resource().state().apiName())
            .on("instance-state-code", t -> t.resource().state().code())
            .on("instance-type", t -> t.resource().instance().getInstanceType())
            .on("image-id", t -> t.resource().instance().getImageId())
            .on("vpc-id", t -> t.resource().instance().getVpcId())
            .on("subnet-id", t -> t.resource().instance().getSubnetId())
            .on("availability-zone", t -> t.resource().instance().getAvailabilityZone())
            .on("reservation-id", t -> t.resource().instance().getReservationId())
            .on("owner-id", t -> t.resource().instance().getAccount())
            .on("key-name", t -> t.resource().instance().getKeyName())
            .on("launch-index", t -> t.resource().instance().getAmiLaunchIndex())
            .on("private-ip-address", t -> eni(t) == null ? null : eni(t).getPrivateIp())
            .on("ip-address", t -> eni(t) == null ? null : eni(t).getPublicIp())
            .on("private-dns-name", t -> eni(t) == null ? null : InstanceNames.privateDnsName(eni(t).getPrivateIp(), t.resource().instance().getRegion()))
            .on("tenancy", t -> "default")
            .on("availability-zone-id", t -> RegionCatalog.zoneIdOf(t.resource().instance().getRegion(), t.resource().instance().getAvailabilityZone()))
            .on("client-token", t -> t.resource().instance().getClientToken())
            .on("dns-name", t -> eni(t) == null || eni(t).getPublicIp() == null ? null
                    : InstanceNames.publicDnsName(eni(t).getPublicIp(), t.resource().instance().getRegion()))
            .on("ebs-optimized", t -> t.resource().instance().isEbsOptimized())
            .on("ena-support", t -> true)
            .on("enclave-options.enabled", t -> false)
            .on("hibernation-options.configured", t -> t.resource().instance().isHibernationConfigured())
            .on("hypervisor", t -> "xen")
            .on("virtualization-type", t -> "hvm")
            .on("launch-time", t -> t.resource().instance().getLaunchTime())
            .on("maintenance-options.auto-recovery", t -> "default")
            .on("metadata-options.http-protocol-ipv4", t -> "enabled")
            .on("metadata-options.http-protocol-ipv6", t -> "disabled")
            .on("metadata-options.http-put-response-hop-limit", t -> t.resource().instance().getHttpPutResponseHopLimit())
            .on("metadata-options.instance-metadata-tags", t -> "disabled")
            .on("metadata-options.state", t -> "applied")
            .on("operator.managed", t -> false)
            .on("platform-details", t -> "Linux/UNIX")
            .on("usage-operation", t -> "RunInstances")
            .on("usage-operation-update-time", t -> t.resource().instance().getLaunchTime())
            .on("private-dns-name-options.hostname-type", t -> "ip-name")
            .on("private-dns-name-options.enable-resource-name-dns-a-record", t -> false)
            .on("private-dns-name-options.enable-resource-name-dns-aaaa-record", t -> false)
            .on("reason", t -> t.resource().instance().getStateTransitionReason())
            .on("state-reason-code", t -> t.resource().instance().getStateReasonCode())
            .on("state-reason-message", t -> t.resource().instance().getStateReasonMessage())
            .on("root-device-name", t -> "/dev/xvda")
            .on("source-dest-check", t -> eni(t) == null ? null : eni(t).isSourceDestCheck())
            // attributes of features Netsim does not model: instances never have them, so these match nothing
            .on("affinity", t -> null)
            .on("boot-mode", t -> null)
            .on("current-instance-boot-mode", t -> null)
            .on("capacity-reservation-id", t -> null)
            .on("capacity-reservation-specification.capacity-reservation-preference", t -> null)
            .on("capacity-reservation-specification.capacity-reservation-target.capacity-reservation-id", t -> null)
            .on("capacity-reservation-specification.capacity-reservation-target.capacity-reservation-resource-group-arn", t -> null)
            .on("host-id", t -> null)
            .on("iam-instance-profile.arn", t -> null)
            .on("iam-instance-profile.id", t -> null)
            .on("instance-lifecycle", t -> null)
            .on("kernel-id", t -> null)
            .on("ramdisk-id", t -> null)
            .on("network-performance-options.bandwidth-weighting", t -> null)
            .on("operator.principal", t -> null)
            .on("outpost-arn", t -> null)
            .on("platform", t -> null)
            .on("requester-id", t -> null)
            .on("spot-instance-request-id", t -> null)
            .on("tpm-support", t -> null)
            .onEach("ipv6-address", t -> List.copyOf(t.resource().allIpv6Addresses()))
            .onEach("product-code", t -> List.of())
            .onEach("product-code.type", t -> List.of())
            .onEach("block-device-mapping.attach-time", t -> List.of())
            .onEach("block-device-mapping.delete-on-termination", t -> List.of())
            .onEach("block-device-mapping.device-name", t -> List.of())
            .onEach("block-device-mapping.status", t -> List.of())
            .onEach("block-device-mapping.volume-id", t -> List.of())
            .on("placement-group-name", t -> t.resource().instance().getPlacementGroupName())
            .on("placement-partition-number", t -> t.resource().instance().getPartitionNumber())
            .on("architecture", t -> "x86_64")
            .on("root-device-type", t -> "ebs")
            .on("monitoring-state", t -> t.resource().instance().isMonitoring() ? "enabled" : "disabled")
            .on("metadata-options.http-tokens", t -> t.resource().instance().getHttpTokens())
            .on("metadata-options.http-endpoint", t -> t.resource().instance().getHttpEndpoint())
            .onEach("network-interface.addresses.primary", t -> interfaces(t).flatMap(e -> t.resource().addressesOf(e).stream()
                    .map(a -> a.equals(e.getPrivateIp()))).map(b -> (Object) b).toList())
            .onEach("network-interface.addresses.private-dns-name", t -> interfaces(t).flatMap(e -> t.resource().addressesOf(e).stream())
                    .map(a -> (Object) InstanceNames.privateDnsName(a, t.resource().instance().getRegion())).toList())
            .onEach("network-interface.addresses.association.public-ip", t -> publicIps(t))
            .onEach("network-interface.association.public-ip", t -> publicIps(t))
            .onEach("network-interface.addresses.association.ip-owner-id", t -> interfaces(t).filter(e -> e.getPublicIp() != null)
                    .map(e -> (Object) "amazon").toList())
            .onEach("network-interface.association.ip-owner-id", t -> interfaces(t).filter(e -> e.getPublicIp() != null)
                    .map(e -> (Object) "amazon").toList())
            .onEach("network-interface.addresses.association.public-dns-name", t -> publicDnsNames(t))
            .onEach("network-interface.association.public-dns-name", t -> publicDnsNames(t))
            .onEach("network-interface.public-dns-name", t -> publicDnsNames(t))
            .onEach("network-interface.attachment.attach-time", t -> each(t, NetworkInterface::getAttachTime))
            .onEach("network-interface.attachment.attachment-id", t -> each(t, NetworkInterface::getAttachmentId))
            .onEach("network-interface.attachment.delete-on-termination", t -> each(t, NetworkInterface::getDeleteOnTermination))
            .onEach("network-interface.attachment.instance-id", t -> each(t, NetworkInterface::getInstanceId))
            .onEach("network-interface.attachment.instance-owner-id", t -> each(t, NetworkInterface::getAccount))
            .onEach("network-interface.attachment.status", t -> each(t, e -> "attached"))
            .onEach("network-interface.availability-zone", t -> each(t, NetworkInterface::getAvailabilityZone))
            .onEach("network-interface.description", t -> each(t, NetworkInterface::getDescription))
            .onEach("network-interface.group-name", t -> List.copyOf(t.resource().groupNames().values()))
            .onEach("network-interface.owner-id", t -> each(t, NetworkInterface::getAccount))
            .onEach("network-interface.private-dns-name", t -> each(t, e -> InstanceNames.privateDnsName(e.getPrivateIp(),
                    t.resource().instance().getRegion())))
            .onEach("network-interface.requester-managed", t -> each(t, NetworkInterface::isRequesterManaged))
            .onEach("network-interface.tag-key", t -> interfaces(t).flatMap(e -> t.resource().interfaceTags()
                    .getOrDefault(e.getId(), Map.of()).keySet().stream()).map(k -> (Object) k).toList())
            .onEach("network-interface.tag-value", t -> interfaces(t).flatMap(e -> t.resource().interfaceTags()
                    .getOrDefault(e.getId(), Map.of()).values().stream()).map(v -> (Object) v).toList())
            .onEach("network-interface.ipv6-native", t -> each(t, e -> false))
            // interface features Netsim does not model: never present, so these match nothing
            .onEach("network-interface.addresses.association.allocation-id", t -> List.of())
            .onEach("network-interface.addresses.association.association-id", t -> List.of())
            .onEach("network-interface.addresses.association.carrier-ip", t -> List.of())
            .onEach("network-interface.addresses.association.customer-owned-ip", t -> List.of())
            .onEach("network-interface.association.allocation-id", t -> List.of())
            .onEach("network-interface.association.association-id", t -> List.of())
            .onEach("network-interface.association.carrier-ip", t -> List.of())
            .onEach("network-interface.association.customer-owned-ip", t -> List.of())
            .onEach("network-interface.attachment.network-card-index", t -> List.of())
            .onEach("network-interface.deny-all-igw-traffic", t -> List.of())
            .onEach("network-interface.ipv4-prefixes.ipv4-prefix", t -> List.of())
            .onEach("network-interface.ipv6-address", t -> List.of())
            .onEach("network-interface.ipv6-addresses.ipv6-address", t -> List.copyOf(t.resource().allIpv6Addresses()))
            .onEach("network-interface.ipv6-addresses.is-primary-ipv6", t -> List.of())
            .onEach("network-interface.ipv6-prefixes.ipv6-prefix", t -> List.of())
            .onEach("network-interface.operator.managed", t -> List.of())
            .onEach("network-interface.operator.principal", t -> List.of())
            .onEach("network-interface.outpost-arn", t -> List.of())
            .onEach("network-interface.requester-id", t -> List.of())
            .on("network-interface.network-interface-id", t -> t.resource().instance().getNetworkInterfaceId())
            .on("network-interface.subnet-id", t -> eni(t) == null ? null : eni(t).getSubnetId())
            .on("network-interface.vpc-id", t -> eni(t) == null ? null : eni(t).getVpcId())
            .on("network-interface.private-ip-address", t -> eni(t) == null ? null : eni(t).getPrivateIp())
            .on("network-interface.addresses.private-ip-address", t -> eni(t) == null ? null : eni(t).getPrivateIp())
            .on("network-interface.mac-address", t -> eni(t) == null ? null : eni(t).getMacAddress())
            .on("network-interface.status", t -> eni(t) == null ? null : eni(t).status())
            .on("network-interface.source-dest-check", t -> eni(t) == null ? null : eni(t).isSourceDestCheck())
            .on("network-interface.attachment.device-index", t -> eni(t) == null ? null : eni(t).getDeviceIndex())
            .on("network-interface.association.public-ip", t -> eni(t) == null ? null : eni(t).getPublicIp())
            .onEach("network-interface.group-id", t -> List.copyOf(t.resource().groupNames().keySet()))
            .onEach("instance.group-id", t -> List.copyOf(t.resource().groupNames().keySet()))
            .onEach("instance.group-name", t -> List.copyOf(t.resource().groupNames().values()))
            .onEach("group-id", t -> List.copyOf(t.resource().groupNames().keySet()))
            .onEach("group-name", t -> List.copyOf(t.resource().groupNames().values()))
            .build();

    static final FilterSpec<Tagged<InstanceDetails>> STATUS = FilterSpec.<Tagged<InstanceDetails>>builder(Tagged::tags)
            .on("instance-id", t -> t.resource().instance().getId())
            .on("instance-state-name", t -> t.resource().state().apiName())
            .on("instance-state-code", t -> t.resource().state().code())
            .on("availability-zone", t -> t.resource().instance().getAvailabilityZone())
            .on("availability-zone-id", t -> RegionCatalog.zoneIdOf(t.resource().instance().getRegion(), t.resource().instance().getAvailabilityZone()))
            .on("operator.managed", t -> false)
            .on("operator.principal", t -> null)
            .on("attached-ebs-status.status", t -> null)
            .onEach("event.instance-event-id", t -> List.of())
            .onEach("event.not-before-deadline", t -> List.of())
            .on("instance-status.status", t -> InstanceService.statusCheck(t.resource().state()))
            .on("system-status.status", t -> InstanceService.statusCheck(t.resource().state()))
            .on("instance-status.reachability", t -> InstanceService.reachability(t.resource().state()))
            .on("system-status.reachability", t -> InstanceService.reachability(t.resource().state()))
            .onEach("event.code", t -> List.of())
            .onEach("event.description", t -> List.of())
            .onEach("event.not-after", t -> List.of())
            .onEach("event.not-before", t -> List.of())
            .build();

    private static NetworkInterface eni(Tagged<InstanceDetails> details) {
        return details.resource().primaryInterface();
    }

    private static Stream<NetworkInterface> interfaces(Tagged<InstanceDetails> details) {
        return details.resource().attachedInterfaces().stream();
    }

    private static List<Object> each(Tagged<InstanceDetails> details, Function<NetworkInterface, Object> value) {
        return interfaces(details).map(value).filter(Objects::nonNull).toList();
    }

    private static List<Object> publicIps(Tagged<InstanceDetails> details) {
        return each(details, NetworkInterface::getPublicIp);
    }

    private static List<Object> publicDnsNames(Tagged<InstanceDetails> details) {
        return each(details, e -> e.getPublicIp() == null ? null : InstanceNames.publicDnsName(e.getPublicIp(), details.resource().instance().getRegion()));
    }
}
