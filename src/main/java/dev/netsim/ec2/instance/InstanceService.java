package dev.netsim.ec2.instance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.Ec2Ids;
import dev.netsim.ec2.Ec2Quotas;
import dev.netsim.ec2.Ec2Settings;
import dev.netsim.ec2.RegionQuotaLock;
import dev.netsim.ec2.ResourceLifecycle;
import dev.netsim.ec2.Unsuccessful;
import dev.netsim.ec2.address.ElasticIpService;
import dev.netsim.ec2.eni.NetworkInterface;
import dev.netsim.ec2.eni.NetworkInterfaceService;
import dev.netsim.ec2.placement.PlacementGroup;
import dev.netsim.ec2.placement.PlacementGroupMembers;
import dev.netsim.ec2.placement.PlacementGroupService;
import dev.netsim.ec2.security.SecurityGroupService;
import dev.netsim.ec2.subnet.PrivateIpAllocator;
import dev.netsim.ec2.subnet.Subnet;
import dev.netsim.ec2.subnet.SubnetLookup;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.VpcLookup;

/** Instances: launch into a subnet with addresses and groups, the state machine, describe. */
@Service
@Transactional
public class InstanceService implements PlacementGroupMembers {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("i", "InvalidInstanceID", "InvalidInstanceID.NotFound", "instance", 5, 1000);
    private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9]+");


    private final InstanceRepository instances;
    private final SubnetLookup subnets;
    private final VpcLookup vpcs;
    private final PrivateIpAllocator privateIps;
    private final NetworkInterfaceService interfaces;
    private final ElasticIpService elasticIps;
    private final SecurityGroupService securityGroups;
    private final PlacementGroupService placementGroups;
    private final InstanceCandidates candidates;
    private final TagService tags;
    private final IdGenerator ids;
    private final Ec2Quotas quotas;
    private final Ec2Settings settings;
    private final ResourceLifecycle lifecycle;
    private final Clock clock;
    private final RegionQuotaLock quotaLock;

    public InstanceService(InstanceRepository instances, SubnetLookup subnets, VpcLookup vpcs, PrivateIpAllocator privateIps,
                           NetworkInterfaceService interfaces, ElasticIpService elasticIps, SecurityGroupService securityGroups, PlacementGroupService placementGroups,
                           InstanceCandidates candidates, TagService tags, IdGenerator ids,
                           Ec2Quotas quotas, Ec2Settings settings, ResourceLifecycle lifecycle, Clock clock, RegionQuotaLock quotaLock) {
        this.instances = instances;
        this.subnets = subnets;
        this.vpcs = vpcs;
        this.privateIps = privateIps;
        this.interfaces = interfaces;
        this.elasticIps = elasticIps;
        this.securityGroups = securityGroups;
        this.placementGroups = placementGroups;
        this.candidates = candidates;
        this.tags = tags;
        this.ids = ids;
        this.quotas = quotas;
        this.settings = settings;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.quotaLock = quotaLock;
    }


    /** A launched reservation. */
    public record Reservation(String reservationId, List<InstanceDetails> instances) {
    }

    /** RunInstances: MinCount to MaxCount instances in one subnet, as many as its free addresses allow. */
    public Reservation run(Scope scope, InstanceLaunch launch) {
        if (launch.clientToken() != null) {
            List<Instance> earlier = instances.findByAccountAndRegionAndClientToken(scope.account(), scope.region(), launch.clientToken());
            if (!earlier.isEmpty()) {
                return sameRequestOrMismatch(scope, launch, earlier);
            }
        }
        validate(launch);
        Subnet subnet = subnet(scope, launch);
        if (launch.availabilityZone() != null && !launch.availabilityZone().equals(subnet.getAvailabilityZone())) {
            throw new AwsException("InvalidParameterValue", "Subnet " + subnet.getId() + " is in " + subnet.getAvailabilityZone()
                    + ", not in the requested availability zone " + launch.availabilityZone() + ".");
        }
        PlacementGroup group = launch.placementGroup() == null && launch.placementGroupId() == null ? null
                : placementGroups.resolve(scope, launch.placementGroup(), launch.placementGroupId());
        Map<String, String> groupNames = securityGroups.namedGroupsForInterface(scope, subnet.getVpcId(), launch.securityGroupIds(),
                launch.securityGroupNames());
        List<String> groupIds = List.copyOf(groupNames.keySet());
        quotaLock.hold(scope);
        long running = instances.countByAccountAndRegionAndStateNot(scope.account(), scope.region(), InstanceState.TERMINATED);
        if (running + launch.minCount() > quotas.instancesPerRegion()) {
            throw new AwsException("InstanceLimitExceeded", "You have requested more instances (" + launch.minCount()
                    + ") than your current instance limit of " + quotas.instancesPerRegion() + " allows.");
        }
        long free = privateIps.lockAndCountFree(subnet);
        long count = Math.min(Math.min(launch.maxCount(), free), quotas.instancesPerRegion() - running);
        if (count < launch.minCount()) {
            throw new AwsException("InsufficientFreeAddressesInSubnet", "There are not enough free addresses in subnet '" + subnet.getId()
                    + "' to satisfy the requested number of instances.");
        }
        List<Integer> partitions = null;
        if (group != null) {
            partitions = placementGroups.place(group, subnet.getAvailabilityZone(), launch.partitionNumber(),
                    members(scope, group.getGroupName(), null), launch.minCount(), (int) count).partitions();
            count = partitions.size();
        }
        boolean publicIp = launch.associatePublicIpAddress() != null ? launch.associatePublicIpAddress() : subnet.isMapPublicIpOnLaunch();
        String reservationId = ids.ec2Id("r");
        Instant now = clock.instant();
        // the answer is built from what was just written: nothing to read back
        List<InstanceDetails> launched = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            String instanceId = ids.ec2Id("i");
            Tagged<NetworkInterface> primary = interfaces.createPrimary(scope, subnet, instanceId, groupIds, launch.privateIpAddress(),
                    publicIp, launch.options().ipv6(), launch.interfaceTags());
            NetworkInterface eni = primary.resource();
            InstanceLaunch.Options options = launch.options();
            // the answer shows what was assigned without reading it back (a launch of many costs what a launch of one does)
            Map<String, List<String>> addresses = Map.of();
            if (!options.secondaryPrivateIps().isEmpty() || options.secondaryPrivateIpCount() != null) {
                List<String> all = new ArrayList<>(List.of(eni.getPrivateIp()));
                all.addAll(interfaces.assignPrivateIps(scope, eni.getId(), options.secondaryPrivateIps(), options.secondaryPrivateIpCount()));
                addresses = Map.of(eni.getId(), all);
            }
            boolean ipv6Assigned = options.ipv6().given() || subnet.isAssignIpv6AddressOnCreation() && subnet.getIpv6CidrBlock() != null;
            Map<String, List<String>> ipv6 = ipv6Assigned ? interfaces.ipv6Of(List.of(eni.getId())) : Map.of();
            Instance fresh = new Instance(instanceId, scope.account(), scope.region(), reservationId, launch,
                    subnet.getVpcId(), subnet.getId(), subnet.getAvailabilityZone(), eni.getId(), index, publicIp, now);
            if (group != null) {
                fresh.placeIn(group.getGroupName(), partitions.get(index));
            }
            Instance instance = instances.save(fresh);
            Map<String, String> instanceTags = tags.tagNew(scope, instanceId, "instance", launch.instanceTags());
            launched.add(new InstanceDetails(instance, InstanceState.PENDING, eni, List.of(eni), addresses, ipv6, groupNames, instanceTags,
                    Map.of(eni.getId(), primary.tags())));
        }
        return new Reservation(reservationId, launched);
    }

    /** Running instances of a placement group: what its rules count. */
    private List<PlacementGroupService.Member> members(Scope scope, String groupName, String except) {
        return instances.findByAccountAndRegionAndPlacementGroupName(scope.account(), scope.region(), groupName).stream()
                .filter(i -> i.getState() == InstanceState.RUNNING && !i.getId().equals(except))
                .map(i -> new PlacementGroupService.Member(i.getAvailabilityZone(), i.getPartitionNumber())).toList();
    }

    /** Instances in a placement group that keep it from being deleted (all but terminated ones). */
    @Transactional(readOnly = true)
    @Override
    public List<String> inPlacementGroup(Scope scope, String groupName) {
        return instances.findByAccountAndRegionAndPlacementGroupName(scope.account(), scope.region(), groupName).stream()
                .filter(i -> i.getState() != InstanceState.TERMINATED).map(Instance::getId).toList();
    }

    private Reservation sameRequestOrMismatch(Scope scope, InstanceLaunch launch, List<Instance> earlier) {
        Instance first = earlier.get(0);
        boolean same = first.getImageId().equals(launch.imageId()) && (launch.subnetId() == null || launch.subnetId().equals(first.getSubnetId()));
        if (!same) {
            throw new AwsException("IdempotentParameterMismatch", "The client token " + launch.clientToken() + " was already used with other parameters.");
        }
        return new Reservation(first.getReservationId(), details(earlier, null));
    }

    private static void validate(InstanceLaunch launch) {
        if (launch.imageId() == null || launch.imageId().isEmpty()) {
            throw Ec2Errors.missing("ImageId");
        }
        Ec2Ids.requireWellFormed(launch.imageId(), "ami", "InvalidAMIID");
        if (launch.minCount() == null) {
            throw Ec2Errors.missing("MinCount");
        }
        if (launch.maxCount() == null) {
            throw Ec2Errors.missing("MaxCount");
        }
        if (launch.minCount() < 1 || launch.maxCount() < launch.minCount()) {
            throw new AwsException("InvalidParameterValue", "MinCount must be at least 1 and MaxCount at least MinCount: "
                    + launch.minCount() + ", " + launch.maxCount());
        }
        if (!INSTANCE_TYPE.matcher(launch.instanceType()).matches()) {
            throw Ec2Errors.invalidValue("InstanceType", launch.instanceType(), "This is not a valid instance type.");
        }
        InstanceLaunch.Options options = launch.options();
        if ((launch.privateIpAddress() != null || !options.secondaryPrivateIps().isEmpty() || !options.ipv6().addresses().isEmpty())
                && launch.maxCount() > 1) {
            throw new AwsException("InvalidParameterCombination", "A PrivateIpAddress can only be given when launching one instance.");
        }
        if (!options.secondaryPrivateIps().isEmpty() && options.secondaryPrivateIpCount() != null) {
            throw new AwsException("InvalidParameterCombination", "Give either secondary PrivateIpAddresses or SecondaryPrivateIpAddressCount.");
        }
        if (options.cpuCredits() != null) {
            CpuCredits.check(options.cpuCredits());
            if (!CpuCredits.burstable(launch.instanceType())) {
                throw new AwsException("InvalidParameterCombination", "CreditSpecification is only supported for burstable performance instances "
                        + "(T2, T3, T3a, T4g), not " + launch.instanceType() + ".");
            }
        }
        if (!Set.of("optional", "required").contains(launch.httpTokens()) || !Set.of("enabled", "disabled").contains(launch.httpEndpoint())
                || launch.httpPutResponseHopLimit() < 1 || launch.httpPutResponseHopLimit() > 64) {
            throw new AwsException("InvalidParameterValue", "Invalid metadata options: HttpTokens optional|required, HttpEndpoint "
                    + "enabled|disabled, HttpPutResponseHopLimit 1-64.");
        }
    }

    /** The subnet named, or the default VPC's default subnet (in the requested zone). */
    private Subnet subnet(Scope scope, InstanceLaunch launch) {
        if (launch.subnetId() != null) {
            // locked now, so the free addresses counted next are still free when they are allocated
            return subnets.lock(scope, launch.subnetId());
        }
        String defaultVpc = vpcs.defaultVpc(scope).map(v -> v.getId()).orElseThrow(() ->
                new AwsException("VPCIdNotSpecified", "No default VPC for this user: specify a SubnetId."));
        return subnets.defaultSubnet(defaultVpc, launch.availabilityZone()).orElseThrow(() ->
                new AwsException("MissingInput", "No default subnet for availability zone: '" + launch.availabilityZone() + "'."));
    }

    /** A state change of one instance: what it was and what it shows now. */
    public record StateChange(String instanceId, InstanceState previous, InstanceState current) {
    }

    /** TerminateInstances: refused whole while one of the instances is protected (DisableApiTermination). */
    public List<StateChange> terminate(Scope scope, List<String> instanceIds) {
        for (Instance instance : find(scope, instanceIds)) {
            if (instance.isDisableApiTermination() && !instance.isTerminated()) {
                throw new AwsException("OperationNotPermitted", "The instance '" + instance.getId() + "' may not be terminated. Modify its "
                        + "'disableApiTermination' instance attribute and try again.");
            }
        }
        return change(scope, instanceIds, InstanceState.TERMINATED, instance -> {
            // secondary interfaces are detached and stay; the primary one goes with the instance
            interfaces.attachedTo(List.of(instance.getId())).getOrDefault(instance.getId(), List.of()).stream()
                    .filter(eni -> !eni.getId().equals(instance.getNetworkInterfaceId()))
                    .forEach(eni -> interfaces.detach(scope, eni.getAttachmentId()));
            elasticIps.releaseFromInterface(scope, instance.getNetworkInterfaceId());
            interfaces.deleteWithInstance(instance.getNetworkInterfaceId());
        });
    }

    public List<StateChange> stop(Scope scope, List<String> instanceIds) {
        return change(scope, instanceIds, InstanceState.STOPPED, instance -> {
            if (instance.isAutoPublicIp() && !elasticIps.isOnInterface(scope, instance.getNetworkInterfaceId())) {
                interfaces.setPublicIp(instance.getNetworkInterfaceId(), false); // an auto-assigned address does not survive a stop
            }
        });
    }

    public List<StateChange> start(Scope scope, List<String> instanceIds) {
        return change(scope, instanceIds, InstanceState.RUNNING, instance -> {
            if (instance.getPlacementGroupName() != null) {
                // a started instance counts again towards its group's rule (7 running per zone in a spread group)
                placementGroups.place(placementGroups.resolve(scope, instance.getPlacementGroupName(), null), instance.getAvailabilityZone(),
                        instance.getPartitionNumber(), members(scope, instance.getPlacementGroupName(), instance.getId()), 1, 1);
            }
            if (instance.isAutoPublicIp() && !elasticIps.isOnInterface(scope, instance.getNetworkInterfaceId())) {
                interfaces.setPublicIp(instance.getNetworkInterfaceId(), true);
            }
        });
    }

    /** RebootInstances: running instances reboot in place; terminated ones cannot. */
    public void reboot(Scope scope, List<String> instanceIds) {
        for (Instance instance : find(scope, instanceIds)) {
            if (instance.isTerminated()) {
                throw incorrectState(instance, currentState(instance), "reboot");
            }
        }
    }

    private List<StateChange> change(Scope scope, List<String> instanceIds, InstanceState target, java.util.function.Consumer<Instance> effect) {
        List<Instance> selected = find(scope, instanceIds);
        for (Instance instance : selected) {
            boolean allowed = switch (target) {
                case TERMINATED -> true;
                case STOPPED, RUNNING -> !instance.isTerminated();
                default -> false;
            };
            if (!allowed) {
                throw incorrectState(instance, currentState(instance), target == InstanceState.RUNNING ? "start" : "stop");
            }
        }
        List<StateChange> changes = new ArrayList<>();
        Instant now = clock.instant();
        for (Instance instance : selected) {
            InstanceState previous = currentState(instance);
            if (instance.getState() != target) {
                instance.moveTo(target, now);
                effect.accept(instance);
                changes.add(new StateChange(instance.getId(), previous, target.transitional()));
            } else {
                changes.add(new StateChange(instance.getId(), previous, previous));
            }
        }
        return changes;
    }

    private static AwsException incorrectState(Instance instance, InstanceState state, String operation) {
        return new AwsException("IncorrectInstanceState", "The instance '" + instance.getId() + "' is not in a state from which it can be "
                + switch (operation) {
                    case "reboot" -> "rebooted";
                    case "start" -> "started";
                    case "modify" -> "modified (it must be stopped)";
                    default -> "stopped";
                } + " (" + state.apiName() + ").");
    }

    /** ModifyInstanceAttribute for the instance type and user data, which need a stopped instance. */
    public void modifyStoppedAttribute(Scope scope, String instanceId, String instanceType, String userData) {
        Instance instance = find(scope, List.of(instanceId)).get(0);
        if (currentState(instance) != InstanceState.STOPPED) {
            throw incorrectState(instance, currentState(instance), "modify");
        }
        if (instanceType != null) {
            if (!INSTANCE_TYPE.matcher(instanceType).matches()) {
                throw Ec2Errors.invalidValue("InstanceType", instanceType, "This is not a valid instance type.");
            }
            instance.setInstanceType(instanceType);
        }
        if (userData != null) {
            instance.setUserData(userData);
        }
    }

    /** ModifyInstanceAttribute DisableApiTermination: termination protection, on or off, in any state but terminated. */
    public void modifyTerminationProtection(Scope scope, String instanceId, boolean protect) {
        Instance instance = find(scope, List.of(instanceId)).get(0);
        if (instance.isTerminated()) {
            throw incorrectState(instance, currentState(instance), "modify");
        }
        instance.setDisableApiTermination(protect);
    }

    /** ModifyInstanceAttribute EbsOptimized: a stopped instance only, as AWS requires. */
    public void modifyEbsOptimized(Scope scope, String instanceId, boolean optimized) {
        Instance instance = find(scope, List.of(instanceId)).get(0);
        if (currentState(instance) != InstanceState.STOPPED) {
            throw incorrectState(instance, currentState(instance), "modify");
        }
        instance.setEbsOptimized(optimized);
    }

    /** One instance's CPU credit option. */
    public record CreditSpecification(String instanceId, String cpuCredits) {
    }

    /**
     * DescribeInstanceCreditSpecifications: the burstable instances named (each must be one), or
     * all of them in the Region that are not terminated, in id order, a page at a time.
     */
    @Transactional(readOnly = true)
    public Page<CreditSpecification> creditSpecifications(Scope scope, List<String> instanceIds, Integer maxResults, String nextToken) {
        if (maxResults != null && !instanceIds.isEmpty()) {
            throw new AwsException("InvalidParameterCombination", "MaxResults cannot be given with InstanceIds.");
        }
        List<Instance> selected;
        if (instanceIds.isEmpty()) {
            selected = instances.findByAccountAndRegionAndStateNot(scope.account(), scope.region(), InstanceState.TERMINATED).stream()
                    .filter(i -> CpuCredits.burstable(i.getInstanceType())).sorted(java.util.Comparator.comparing(Instance::getId)).toList();
        } else {
            selected = find(scope, instanceIds);
            selected.stream().filter(i -> !CpuCredits.burstable(i.getInstanceType())).findFirst().ifPresent(i -> {
                throw CpuCredits.notBurstable(i.getId());
            });
        }
        List<CreditSpecification> all = selected.stream().map(i -> new CreditSpecification(i.getId(), CpuCredits.of(i))).toList();
        return Pager.page(all, CreditSpecification::instanceId, maxResults, nextToken, "InvalidNextToken");
    }

    /** ModifyInstanceCreditSpecification: per instance, done or the error for it. */
    public List<Unsuccessful> modifyCredits(Scope scope, Map<String, String> creditsByInstance) {
        if (creditsByInstance.isEmpty()) {
            throw Ec2Errors.missing("InstanceCreditSpecification");
        }
        List<Unsuccessful> failed = new ArrayList<>();
        creditsByInstance.forEach((instanceId, credits) -> {
            try {
                CpuCredits.check(credits);
                Instance instance = find(scope, List.of(instanceId)).get(0);
                if (!CpuCredits.burstable(instance.getInstanceType())) {
                    throw CpuCredits.notBurstable(instanceId);
                }
                if (instance.isTerminated()) {
                    throw incorrectState(instance, currentState(instance), "modify");
                }
                instance.setCpuCredits(credits);
            } catch (AwsException e) {
                failed.add(Unsuccessful.of(instanceId, e));
            }
        });
        return failed;
    }

    /** ModifyInstanceAttribute for Groups or SourceDestCheck: they belong to the primary interface. */
    public void modifyInterfaceAttribute(Scope scope, String instanceId, List<String> groupIds, Boolean sourceDestCheck) {
        Instance instance = find(scope, List.of(instanceId)).get(0);
        if (instance.isTerminated()) {
            throw incorrectState(instance, currentState(instance), "modify");
        }
        interfaces.modify(scope, instance.getNetworkInterfaceId(), groupIds, sourceDestCheck, null);
    }

    /** AttachNetworkInterface: to a running or stopped instance in the interface's zone, at a free device index. */
    public String attachInterface(Scope scope, String interfaceId, String instanceId, Integer deviceIndex) {
        Instance instance = find(scope, List.of(instanceId)).get(0);
        if (instance.isTerminated()) {
            throw incorrectState(instance, currentState(instance), "modify");
        }
        if (deviceIndex == null) {
            throw Ec2Errors.missing("DeviceIndex");
        }
        boolean taken = interfaces.attachedTo(List.of(instanceId)).getOrDefault(instanceId, List.of()).stream()
                .anyMatch(e -> deviceIndex.equals(e.getDeviceIndex()));
        if (taken || deviceIndex < 1) {
            throw new AwsException("InvalidParameterValue", "Instance '" + instanceId + "' already has an interface attached at device index '"
                    + deviceIndex + "'.");
        }
        return interfaces.attach(scope, interfaceId, instanceId, instance.getAvailabilityZone(), deviceIndex);
    }

    /** ModifyInstanceMetadataOptions: unset options keep their values. */
    public Instance modifyMetadataOptions(Scope scope, String instanceId, String httpTokens, String httpEndpoint, Integer hopLimit) {
        Instance instance = find(scope, List.of(instanceId)).get(0);
        String tokens = httpTokens == null ? instance.getHttpTokens() : httpTokens;
        String endpoint = httpEndpoint == null ? instance.getHttpEndpoint() : httpEndpoint;
        int hops = hopLimit == null ? instance.getHttpPutResponseHopLimit() : hopLimit;
        if (!Set.of("optional", "required").contains(tokens) || !Set.of("enabled", "disabled").contains(endpoint) || hops < 1 || hops > 64) {
            throw new AwsException("InvalidParameterValue", "Invalid metadata options: HttpTokens optional|required, HttpEndpoint "
                    + "enabled|disabled, HttpPutResponseHopLimit 1-64.");
        }
        instance.setMetadataOptions(tokens, endpoint, hops);
        return instance;
    }

    /** One instance with its details, for DescribeInstanceAttribute and the metadata service. */
    @Transactional(readOnly = true)
    public InstanceDetails get(Scope scope, String instanceId) {
        return details(find(scope, List.of(instanceId)), null).get(0);
    }

    /** The current states of the scope's instances among {@code instanceIds}, in one query; ids of none are left out. */
    @Transactional(readOnly = true)
    public Map<String, InstanceState> states(Scope scope, java.util.Collection<String> instanceIds) {
        Map<String, InstanceState> states = new java.util.HashMap<>();
        if (!instanceIds.isEmpty()) {
            instances.findAmong(instanceIds.toArray(String[]::new)).stream()
                    .filter(i -> i.getAccount().equals(scope.account()) && i.getRegion().equals(scope.region()))
                    .forEach(i -> states.put(i.getId(), currentState(i)));
        }
        return states;
    }

    private InstanceState currentState(Instance instance) {
        return instance.stateAt(clock.instant(), settings.stateTransitionDelay());
    }

    /**
     * DescribeInstances. Instances are many (thousands per account), so only ids are read whole;
     * indexed lookups narrow them by the filters, and details are built a chunk at a time until the
     * page is full.
     */
    @Transactional(readOnly = true)
    public Page<InstanceDetails> describe(Scope scope, DescribeQuery query) {
        java.time.Instant cutoff = clock.instant().minus(settings.deletedResourcesVisibleFor());
        DescribeQuery.IdSource visible = new DescribeQuery.IdSource() {
            @Override
            public List<String> all() {
                return instances.visibleIds(scope.account(), scope.region(), InstanceState.TERMINATED, cutoff);
            }

            @Override
            public List<String> among(Collection<String> ids) {
                return instances.visibleIdsAmong(scope.account(), scope.region(), InstanceState.TERMINATED.name(), cutoff, ids.toArray(String[]::new));
            }
        };
        Page<Tagged<InstanceDetails>> page = query.applyInChunks(KIND, visible, candidates.narrow(scope, query.filters()),
                ids -> details(instances.findAmong(ids.toArray(String[]::new)), null)
                        .stream().map(d -> new Tagged<>(d, d.tags())).toList(),
                d -> d.instance().getId(), InstanceFilters.DESCRIBE);
        return new Page<>(page.items().stream().map(Tagged::resource).toList(), page.nextToken());
    }

    /**
     * DescribeInstanceStatus: running instances, or all visible ones with {@code includeAll}; a
     * running instance passes its status checks, a pending one is initializing.
     */
    @Transactional(readOnly = true)
    public Page<InstanceDetails> describeStatus(Scope scope, DescribeQuery query, boolean includeAll) {
        List<Instance> selected = visible(scope).stream()
                .filter(i -> includeAll || i.stateAt(clock.instant(), settings.stateTransitionDelay()) == InstanceState.RUNNING).toList();
        return describe(scope, query, selected, InstanceFilters.STATUS);
    }

    /** The outcome of an instance's status checks in its state: {@code ok}, {@code initializing} or {@code not-applicable}. */
    public static String statusCheck(InstanceState state) {
        return switch (state) {
            case RUNNING -> "ok";
            case PENDING -> "initializing";
            default -> "not-applicable";
        };
    }

    /** The reachability check's result in that state: {@code passed}, {@code initializing} or {@code not-applicable}. */
    public static String reachability(InstanceState state) {
        return switch (state) {
            case RUNNING -> "passed";
            case PENDING -> "initializing";
            default -> "not-applicable";
        };
    }

    private Page<InstanceDetails> describe(Scope scope, DescribeQuery query, List<Instance> candidates, FilterSpec<Tagged<InstanceDetails>> filters) {
        Page<Tagged<InstanceDetails>> page = query.apply(KIND, details(candidates, null).stream().map(d -> new Tagged<>(d, d.tags())).toList(),
                d -> d.instance().getId(), filters);
        return new Page<>(page.items().stream().map(Tagged::resource).toList(), page.nextToken());
    }

    /** Instances of the scope, terminated ones only for a while after termination. */
    private List<Instance> visible(Scope scope) {
        return instances.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                .filter(i -> lifecycle.visible(i.isTerminated() ? i.getStateChangedAt() : null))
                .toList();
    }

    /** Instances with their interfaces, group names and tags, read in bulk; {@code shownState} overrides the derived state. */
    private List<InstanceDetails> details(Collection<Instance> list, InstanceState shownState) {
        Map<String, List<NetworkInterface>> attached = interfaces.attachedTo(list.stream().map(Instance::getId).toList());
        List<String> interfaceIds = attached.values().stream().flatMap(List::stream).map(NetworkInterface::getId).toList();
        Map<String, List<String>> addresses = interfaces.addressesOf(interfaceIds);
        Map<String, List<String>> ipv6 = interfaces.ipv6Of(interfaceIds);
        Set<String> groupIds = attached.values().stream().flatMap(List::stream).flatMap(e -> e.getGroupIds().stream()).collect(Collectors.toSet());
        Map<String, String> names = securityGroups.namesOf(groupIds);
        List<String> tagged = new ArrayList<>(list.stream().map(Instance::getId).toList());
        attached.values().forEach(enisOf -> enisOf.forEach(e -> tagged.add(e.getId())));
        Map<String, Map<String, String>> tagsById = tags.tagsOf(tagged);
        return list.stream().map(i -> {
            // the primary interface is never detached, so it is among the attached ones unless it is gone
            NetworkInterface eni = attached.getOrDefault(i.getId(), List.of()).stream()
                    .filter(e -> e.getId().equals(i.getNetworkInterfaceId())).findFirst().orElse(null);
            Map<String, String> groups = new java.util.LinkedHashMap<>();
            if (eni != null) {
                eni.getGroupIds().forEach(g -> groups.put(g, names.getOrDefault(g, "")));
            }
            return new InstanceDetails(i, shownState != null ? shownState : currentState(i), eni, attached.getOrDefault(i.getId(), List.of()),
                    addresses, ipv6, groups, tagsById.getOrDefault(i.getId(), Map.of()), tagsById);
        }).toList();
    }

    private List<Instance> find(Scope scope, List<String> instanceIds) {
        if (instanceIds.isEmpty()) {
            throw Ec2Errors.missing("InstanceId");
        }
        instanceIds.forEach(id -> Ec2Ids.requireWellFormed(id, "i", "InvalidInstanceID"));
        Map<String, Instance> byId = instances.findAmong(instanceIds.toArray(String[]::new)).stream()
                .filter(i -> i.getAccount().equals(scope.account()) && i.getRegion().equals(scope.region()))
                .collect(Collectors.toMap(Instance::getId, i -> i));
        List<String> missing = instanceIds.stream().filter(id -> !byId.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            throw new AwsException("InvalidInstanceID.NotFound", "The instance ID" + (missing.size() > 1 ? "s '" : " '")
                    + String.join(", ", missing) + (missing.size() > 1 ? "' do not exist" : "' does not exist"));
        }
        return instanceIds.stream().distinct().map(byId::get).toList();
    }

    /** The account and region an instance lives in, for the metadata service, which is addressed by instance id alone. */
    @Transactional(readOnly = true)
    public java.util.Optional<Scope> scopeOf(String instanceId) {
        return instances.findById(instanceId).map(i -> new Scope(i.getAccount(), i.getRegion()));
    }

    public boolean exists(Scope scope, String instanceId) {
        return instances.findById(instanceId).filter(i -> i.getAccount().equals(scope.account()) && i.getRegion().equals(scope.region())).isPresent();
    }
}
