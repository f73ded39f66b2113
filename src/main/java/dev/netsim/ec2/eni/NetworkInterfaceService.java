package dev.netsim.ec2.eni;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.Ec2Ids;
import dev.netsim.ec2.ResourceDeletedEvent;
import dev.netsim.ec2.publicip.PublicIpPool;
import dev.netsim.ec2.InstanceNames;
import dev.netsim.ec2.region.RegionCatalog;
import dev.netsim.ec2.security.SecurityGroupService;
import dev.netsim.ec2.subnet.PrivateIpAllocator;
import dev.netsim.ec2.subnet.Subnet;
import dev.netsim.ec2.subnet.SubnetLookup;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;

/** Network interfaces. So far each is an instance's primary interface, created and deleted with it. */
@Service
@Transactional
public class NetworkInterfaceService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("eni", "InvalidNetworkInterfaceID",
            "InvalidNetworkInterfaceID.NotFound", "network interface", 5, 1000);

    /** DescribeNetworkInterfaces' filters; the interfaces' IPv6 addresses are read for the call. */
    private static FilterSpec<Tagged<NetworkInterface>> filters(Map<String, List<String>> ipv6ByInterface) {
        return FilterSpec.<Tagged<NetworkInterface>>builder(Tagged::tags)
            .on("network-interface-id", t -> t.resource().getId())
            .on("subnet-id", t -> t.resource().getSubnetId())
            .on("vpc-id", t -> t.resource().getVpcId())
            .on("availability-zone", t -> t.resource().getAvailabilityZone())
            .on("private-ip-address", t -> t.resource().getPrivateIp())
            .on("addresses.private-ip-address", t -> t.resource().getPrivateIp())
            .on("mac-address", t -> t.resource().getMacAddress())
            .on("status", t -> t.resource().status())
            .on("owner-id", t -> t.resource().getAccount())
            .on("description", t -> t.resource().getDescription())
            .on("interface-type", t -> t.resource().getInterfaceType())
            .on("source-dest-check", t -> t.resource().isSourceDestCheck())
            .on("attachment.instance-id", t -> t.resource().getInstanceId())
            .on("attachment.attachment-id", t -> t.resource().getAttachmentId())
            .on("attachment.device-index", t -> t.resource().getDeviceIndex())
            .on("attachment.status", t -> t.resource().getInstanceId() == null ? null : "attached")
            .on("association.public-ip", t -> t.resource().getPublicIp())
            .on("addresses.association.public-ip", t -> t.resource().getPublicIp())
            .on("association.ip-owner-id", t -> t.resource().getPublicIp() == null ? null : "amazon")
            .on("addresses.association.owner-id", t -> t.resource().getPublicIp() == null ? null : "amazon")
            .on("addresses.primary", t -> true)
            .on("attachment.attach-time", t -> t.resource().getAttachTime())
            .on("attachment.delete-on-termination", t -> t.resource().getDeleteOnTermination())
            .on("attachment.instance-owner-id", t -> t.resource().getInstanceId() == null ? null : t.resource().getAccount())
            .on("availability-zone-id", t -> RegionCatalog.zoneIdOf(t.resource().getRegion(), t.resource().getAvailabilityZone()))
            .on("private-dns-name", t -> InstanceNames.privateDnsName(t.resource().getPrivateIp(), t.resource().getRegion()))
            .on("requester-managed", t -> t.resource().isRequesterManaged())
            // features Netsim does not model: never present, so these match nothing
            .on("association.allocation-id", t -> null)
            .on("association.association-id", t -> null)
            .on("association.public-dns-name", t -> null)
            .on("operator.managed", t -> null)
            .on("operator.principal", t -> null)
            .on("requester-id", t -> null)
            .onEach("ipv6-addresses.ipv6-address", t -> List.copyOf(ipv6ByInterface.getOrDefault(t.resource().getId(), List.of())))
            .onEach("group-id", t -> List.copyOf(t.resource().getGroupIds()))
            .build();
    }

    private final NetworkInterfaceRepository interfaces;
    private final SubnetLookup subnets;
    private final SecurityGroupService securityGroups;
    private final PrivateIpAllocator privateIps;
    private final PublicIpPool publicIps;
    private final TagService tags;
    private final IdGenerator ids;
    private final RandomGenerator random;
    private final Ipv6Addresses ipv6Addresses;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public NetworkInterfaceService(NetworkInterfaceRepository interfaces, SubnetLookup subnets,
                                   SecurityGroupService securityGroups,
                                   PrivateIpAllocator privateIps, PublicIpPool publicIps,
                                   TagService tags, IdGenerator ids, RandomGenerator random, Clock clock,
                                   ApplicationEventPublisher events, Ipv6Addresses ipv6Addresses) {
        this.ipv6Addresses = ipv6Addresses;
        this.interfaces = interfaces;
        this.subnets = subnets;
        this.securityGroups = securityGroups;
        this.privateIps = privateIps;
        this.publicIps = publicIps;
        this.tags = tags;
        this.ids = ids;
        this.random = random;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The primary interface (device index 0) of a new instance: a private address of the subnet
     * (the requested one, or the lowest free), and a public address from the pool if asked for.
     */
    public Tagged<NetworkInterface> createPrimary(Scope scope, Subnet subnet, String instanceId, List<String> groupIds, String privateIp,
                                                  boolean publicIp, Ipv6Request ipv6, Map<String, String> newTags) {
        String id = ids.ec2Id("eni");
        String address = privateIps.allocate(scope, subnet.getId(), id, privateIp);
        NetworkInterface eni = new NetworkInterface(id, scope.account(), scope.region(), subnet.getVpcId(), subnet.getId(),
                subnet.getAvailabilityZone(), address, macAddress(), groupIds, clock.instant());
        eni.attach(ids.ec2Id("eni-attach"), instanceId, 0, clock.instant());
        if (publicIp) {
            eni.markAutoPublicIp();
            eni.assignPublicIp(publicIps.allocate());
        }
        interfaces.save(eni);
        assignIpv6OnCreation(subnet, eni, ipv6);
        return new Tagged<>(eni, tags.tagNew(scope, id, "network-interface", newTags));
    }

    /** A new interface gets the IPv6 addresses asked for, or one when its subnet assigns IPv6 on creation. */
    private void assignIpv6OnCreation(Subnet subnet, NetworkInterface eni, Ipv6Request ipv6) {
        if (ipv6.given()) {
            ipv6Addresses.assign(subnet, eni.getId(), ipv6.addresses(), ipv6.count());
        } else if (subnet.isAssignIpv6AddressOnCreation() && subnet.getIpv6CidrBlock() != null) {
            ipv6Addresses.assign(subnet, eni.getId(), List.of(), 1);
        }
    }

    /** CreateNetworkInterface: an available interface in a subnet with a primary and any number of secondary addresses. */
    public Tagged<NetworkInterface> create(Scope scope, String subnetId, String description, String privateIp, List<String> groupIds,
                                           List<String> secondaryIps, Integer secondaryCount, Ipv6Request ipv6, Map<String, String> newTags) {
        Subnet subnet = subnets.find(scope, subnetId);
        List<String> groups = securityGroups.groupsForInterface(scope, subnet.getVpcId(), groupIds, List.of());
        String id = ids.ec2Id("eni");
        String address = privateIps.allocate(scope, subnet.getId(), id, privateIp);
        NetworkInterface eni = new NetworkInterface(id, scope.account(), scope.region(), subnet.getVpcId(), subnet.getId(),
                subnet.getAvailabilityZone(), address, macAddress(), groups, clock.instant());
        if (description != null) {
            eni.setDescription(description);
        }
        interfaces.save(eni);
        assignSecondary(scope, eni, secondaryIps, secondaryCount);
        assignIpv6OnCreation(subnet, eni, ipv6);
        return new Tagged<>(eni, tags.tagNew(scope, id, "network-interface", newTags));
    }

    /**
     * An interface a service owns (interface type {@code vpc_endpoint}, …, or {@code interface} with the
     * requester that asked for it, such as {@code amazon-elb}) in a subnet, with the given groups (the
     * VPC's default group when none).
     */
    public NetworkInterface createManaged(Scope scope, String subnetId, List<String> groupIds, String interfaceType, String description,
                                          String requesterId) {
        return createManaged(scope, subnetId, null, groupIds, true, interfaceType, description, requesterId);
    }

    /**
     * As {@link #createManaged(Scope, String, List, String, String, String)}, at {@code privateIp} when
     * it is given; without {@code defaultGroupWhenNone} an interface given no groups has none (an NLB's
     * nodes when the NLB has no security groups).
     */
    public NetworkInterface createManaged(Scope scope, String subnetId, String privateIp, List<String> groupIds, boolean defaultGroupWhenNone,
                                          String interfaceType, String description, String requesterId) {
        Subnet subnet = subnets.find(scope, subnetId);
        List<String> groups = groupIds.isEmpty() && !defaultGroupWhenNone ? List.of()
                : securityGroups.groupsForInterface(scope, subnet.getVpcId(), groupIds, List.of());
        String id = ids.ec2Id("eni");
        String address = privateIps.allocate(scope, subnet.getId(), id, privateIp);
        NetworkInterface eni = new NetworkInterface(id, scope.account(), scope.region(), subnet.getVpcId(), subnet.getId(),
                subnet.getAvailabilityZone(), address, macAddress(), groups, clock.instant());
        eni.manageFor(interfaceType, description, requesterId);
        return interfaces.save(eni);
    }

    /** Replaces the groups of a service-owned interface (ModifyVpcEndpoint's security groups). */
    public void setManagedGroups(Scope scope, String interfaceId, List<String> groupIds) {
        NetworkInterface eni = find(scope, interfaceId);
        eni.replaceGroups(securityGroups.groupsForInterface(scope, eni.getVpcId(), groupIds, List.of()));
    }

    /** DeleteNetworkInterface: only while detached, and never one a service owns. */
    public void delete(Scope scope, String interfaceId) {
        NetworkInterface eni = find(scope, interfaceId);
        if (eni.isRequesterManaged()) {
            throw new AwsException("OperationNotPermitted", "The network interface " + interfaceId + " is managed by an AWS service ("
                    + eni.getDescription() + ") and cannot be deleted by you.");
        }
        if (eni.getInstanceId() != null) {
            throw new AwsException("InvalidNetworkInterface.InUse", "Interface: [" + interfaceId + "] in use.");
        }
        deleteWithInstance(interfaceId);
    }

    /** AssignPrivateIpAddresses: given addresses, or a count of the lowest free ones. */
    public List<String> assignPrivateIps(Scope scope, String interfaceId, List<String> addresses, Integer count) {
        NetworkInterface eni = find(scope, interfaceId);
        if (addresses.isEmpty() == (count == null)) {
            throw new AwsException("InvalidParameterCombination", "Give either PrivateIpAddress.N or SecondaryPrivateIpAddressCount.");
        }
        return assignSecondary(scope, eni, addresses, count);
    }

    /** UnassignPrivateIpAddresses: secondary addresses only; the primary stays. */
    public void unassignPrivateIps(Scope scope, String interfaceId, List<String> addresses) {
        NetworkInterface eni = find(scope, interfaceId);
        List<String> held = addressesOf(List.of(eni.getId())).getOrDefault(eni.getId(), List.of());
        for (String address : addresses) {
            if (address.equals(eni.getPrivateIp()) || !held.contains(address)) {
                throw new AwsException("InvalidParameterValue", "Some of the specified addresses are not assigned to interface "
                        + interfaceId + " as secondary addresses: " + address);
            }
        }
        addresses.forEach(address -> privateIps.release(eni.getId(), address));
    }

    private List<String> assignSecondary(Scope scope, NetworkInterface eni, List<String> addresses, Integer count) {
        List<String> assigned = new ArrayList<>();
        for (String address : addresses) {
            assigned.add(privateIps.allocate(scope, eni.getSubnetId(), eni.getId(), address));
        }
        for (int i = 0; count != null && i < count; i++) {
            assigned.add(privateIps.allocate(scope, eni.getSubnetId(), eni.getId(), null));
        }
        return assigned;
    }

    /** AssignIpv6Addresses: these addresses of the interface's subnet, or this many. */
    public List<String> assignIpv6(Scope scope, String interfaceId, List<String> addresses, Integer count) {
        NetworkInterface eni = find(scope, interfaceId);
        return ipv6Addresses.assign(subnets.find(scope, eni.getSubnetId()), eni.getId(), addresses, count);
    }

    /** UnassignIpv6Addresses: addresses the interface holds. */
    public List<String> unassignIpv6(Scope scope, String interfaceId, List<String> addresses) {
        return ipv6Addresses.unassign(find(scope, interfaceId).getId(), addresses);
    }

    /** Every IPv6 address of the interfaces, in address order. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> ipv6Of(Collection<String> interfaceIds) {
        return ipv6Addresses.of(interfaceIds);
    }

    /** Every private address of the interfaces, primary first. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> addressesOf(Collection<String> interfaceIds) {
        Map<String, List<String>> byInterface = new HashMap<>();
        privateIps.addressesOfOwners(interfaceIds).forEach(e -> byInterface.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byInterface;
    }

    /** Interfaces attached to the instances, by device index. */
    @Transactional(readOnly = true)
    public Map<String, List<NetworkInterface>> attachedTo(Collection<String> instanceIds) {
        return interfaces.findByInstanceIdInOrderByDeviceIndex(instanceIds).stream()
                .collect(Collectors.groupingBy(NetworkInterface::getInstanceId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Attaches a detached interface (the instance's checks are the caller's). */
    public String attach(Scope scope, String interfaceId, String instanceId, String availabilityZone, int deviceIndex) {
        NetworkInterface eni = find(scope, interfaceId);
        if (eni.getInstanceId() != null) {
            throw new AwsException("InvalidNetworkInterface.InUse", "Interface: [" + interfaceId + "] in use.");
        }
        if (!eni.getAvailabilityZone().equals(availabilityZone)) {
            throw new AwsException("InvalidParameterValue", "The network interface " + interfaceId + " is in "
                    + eni.getAvailabilityZone() + " and the instance " + instanceId + " in " + availabilityZone + ".");
        }
        String attachmentId = ids.ec2Id("eni-attach");
        eni.attach(attachmentId, instanceId, deviceIndex, clock.instant());
        return attachmentId;
    }

    /** DetachNetworkInterface: never the primary interface (device index 0). */
    public void detach(Scope scope, String attachmentId) {
        NetworkInterface eni = interfaces.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                .filter(e -> attachmentId != null && attachmentId.equals(e.getAttachmentId())).findFirst()
                .orElseThrow(() -> new AwsException("InvalidAttachmentID.NotFound", "The attachment ID '" + attachmentId + "' does not exist"));
        if (Integer.valueOf(0).equals(eni.getDeviceIndex())) {
            throw new AwsException("OperationNotPermitted", "The network interface at device index 0 cannot be detached.");
        }
        eni.detach();
    }

    /** Terminating an instance deletes its primary interface, freeing its addresses. */
    public void deleteWithInstance(String interfaceId) {
        interfaces.findById(interfaceId).ifPresent(eni -> {
            privateIps.releaseAll(eni.getId());
            tags.forget(eni.getId());
            interfaces.delete(eni);
            events.publishEvent(new ResourceDeletedEvent(eni.getId()));
        });
    }

    /** Stopping an instance gives its auto-assigned public address back; starting it gets a new one. */
    public void setPublicIp(String interfaceId, boolean wanted) {
        interfaces.findById(interfaceId).ifPresent(eni -> eni.assignPublicIp(wanted ? publicIps.allocate() : null));
    }

    /** The interface an Elastic IP goes on: given directly, or an instance's primary interface. */
    public NetworkInterface findForAddress(Scope scope, String interfaceId, String instanceId) {
        if ((interfaceId == null) == (instanceId == null)) {
            throw new AwsException(interfaceId == null ? "MissingParameter" : "InvalidParameterCombination",
                    "The request must contain exactly one of InstanceId or NetworkInterfaceId.");
        }
        if (instanceId == null) {
            return find(scope, interfaceId);
        }
        Ec2Ids.requireWellFormed(instanceId, "i", "InvalidInstanceID");
        return interfaces.findByInstanceIdAndDeviceIndex(instanceId, 0)
                .filter(e -> e.getAccount().equals(scope.account()) && e.getRegion().equals(scope.region()))
                .orElseThrow(() -> Ec2Errors.notFound("InvalidInstanceID", "instance", instanceId));
    }

    /** The account's interface in this Region (InvalidNetworkInterfaceID.NotFound otherwise). */
    @Transactional(readOnly = true)
    public NetworkInterface get(Scope scope, String interfaceId) {
        return find(scope, interfaceId);
    }

    private NetworkInterface find(Scope scope, String interfaceId) {
        return KIND.require("NetworkInterfaceId", interfaceId, id -> interfaces.findByIdAndAccountAndRegion(id, scope.account(), scope.region()));
    }

    /** An Elastic IP takes the place of the interface's public address (an auto-assigned one is given back). */
    public void putElasticIp(NetworkInterface eni, String publicIp) {
        eni.assignPublicIp(publicIp != null ? publicIp : eni.isAutoPublicIp() ? publicIps.allocate() : null);
    }

    /**
     * ModifyNetworkInterfaceAttribute (and the instance-level Groups / SourceDestCheck, which act on
     * the primary interface): exactly one attribute per call.
     */
    public void modify(Scope scope, String interfaceId, List<String> groupIds, Boolean sourceDestCheck, String description) {
        NetworkInterface eni = find(scope, interfaceId);
        int given = (groupIds.isEmpty() ? 0 : 1) + (sourceDestCheck == null ? 0 : 1) + (description == null ? 0 : 1);
        if (given != 1) {
            throw new AwsException("InvalidParameterCombination", "Exactly one attribute must be modified per call.");
        }
        if (!groupIds.isEmpty()) {
            eni.replaceGroups(securityGroups.groupsForInterface(scope, eni.getVpcId(), groupIds, List.of()));
        } else if (sourceDestCheck != null) {
            eni.setSourceDestCheck(sourceDestCheck);
        } else {
            eni.setDescription(description);
        }
    }

    /** Public addresses mapped in a VPC keep its internet gateway from being detached. */
    @Transactional(readOnly = true)
    public long publicAddressesIn(String vpcId) {
        return interfaces.countByVpcIdAndPublicIpNotNull(vpcId);
    }

    @Transactional(readOnly = true)
    public Map<String, NetworkInterface> byIds(List<String> interfaceIds) {
        return interfaces.findAmong(interfaceIds.toArray(String[]::new)).stream().collect(Collectors.toMap(NetworkInterface::getId, e -> e));
    }

    @Transactional(readOnly = true)
    public Page<Tagged<NetworkInterface>> describe(Scope scope, DescribeQuery query) {
        List<Tagged<NetworkInterface>> all = tags.withTags(scope, interfaces.findByAccountAndRegionOrderById(scope.account(), scope.region()),
                NetworkInterface::getId);
        return query.apply(KIND, all, NetworkInterface::getId, filters(ipv6Addresses.of(all.stream().map(t -> t.resource().getId()).toList())));
    }

    /** Instances whose primary interface has one of the private addresses (an indexed lookup for DescribeInstances). */
    @Transactional(readOnly = true)
    public List<String> instancesWithPrimaryPrivateIp(Scope scope, Collection<String> addresses) {
        return interfaces.instancesWithPrimaryPrivateIp(scope.account(), scope.region(), addresses.toArray(String[]::new));
    }

    public boolean exists(Scope scope, String interfaceId) {
        return interfaces.existsByIdAndAccountAndRegion(interfaceId, scope.account(), scope.region());
    }

    /** A locally administered unicast MAC, as AWS gives ENIs (02:…). */
    private String macAddress() {
        byte[] bytes = new byte[5];
        random.nextBytes(bytes);
        return "02:" + HexFormat.ofDelimiter(":").formatHex(bytes);
    }
}
