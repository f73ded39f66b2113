package dev.netsim.ec2.placement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.RegionQuotaLock;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;

/**
 * Placement groups and their rules for instances launched into them: a cluster group stays in one
 * zone, a rack spread group holds at most seven running instances per zone, a partition group
 * spreads instances over its partitions (or puts them in the one asked for).
 */
@Service
@Transactional
public class PlacementGroupService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("pg", "InvalidPlacementGroupId", "InvalidPlacementGroup.Unknown",
            "placement group", 5, 1000);
    static final int GROUPS_PER_REGION = 500;
    static final int SPREAD_PER_ZONE = 7;
    static final int MAX_PARTITIONS = 7;

    private static final FilterSpec<Tagged<PlacementGroup>> FILTERS = FilterSpec.<Tagged<PlacementGroup>>builder(Tagged::tags)
            .on("group-name", t -> t.resource().getGroupName())
            .on("group-arn", t -> t.resource().arn())
            .on("spread-level", t -> t.resource().getSpreadLevel())
            .on("state", t -> "available")
            .on("strategy", t -> t.resource().getStrategy())
            .build();

    /** An instance already in a group: where it runs. */
    public record Member(String availabilityZone, Integer partitionNumber) {
    }

    /** Where new instances go: the group, and each instance's partition (null outside partition groups). */
    public record Placed(PlacementGroup group, List<Integer> partitions) {
    }

    private final PlacementGroupRepository groups;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;
    private final RegionQuotaLock quotaLock;

    public PlacementGroupService(PlacementGroupRepository groups, TagService tags, IdGenerator ids, Clock clock, RegionQuotaLock quotaLock) {
        this.groups = groups;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
        this.quotaLock = quotaLock;
    }

    public Tagged<PlacementGroup> create(Scope scope, String name, String strategy, Integer partitionCount, String spreadLevel,
                                        Map<String, String> newTags) {
        if (name == null || name.isEmpty()) {
            throw Ec2Errors.missing("GroupName");
        }
        if (strategy == null || !List.of("cluster", "spread", "partition").contains(strategy)) {
            throw Ec2Errors.invalidValue("Strategy", String.valueOf(strategy), "Valid values are cluster, spread and partition.");
        }
        if (partitionCount != null && (!strategy.equals("partition") || partitionCount < 1 || partitionCount > MAX_PARTITIONS)) {
            throw Ec2Errors.invalidValue("PartitionCount", String.valueOf(partitionCount), "Partition groups take 1 to " + MAX_PARTITIONS
                    + " partitions; other strategies none.");
        }
        if (spreadLevel != null && (!strategy.equals("spread") || !spreadLevel.equals("rack"))) {
            throw Ec2Errors.invalidValue("SpreadLevel", spreadLevel, "Only spread groups have a spread level, and outside Outposts it is rack.");
        }
        quotaLock.hold(scope);
        if (groups.findByAccountAndRegionAndGroupName(scope.account(), scope.region(), name).isPresent()) {
            throw new AwsException("InvalidPlacementGroup.Duplicate", "The Placement Group '" + name + "' already exists.");
        }
        if (groups.countByAccountAndRegion(scope.account(), scope.region()) >= GROUPS_PER_REGION) {
            throw new AwsException("PlacementGroupLimitExceeded", "The maximum number of placement groups has been reached.");
        }
        PlacementGroup group = groups.save(new PlacementGroup(ids.ec2Id("pg"), scope.account(), scope.region(), name, strategy,
                strategy.equals("partition") ? (partitionCount == null ? 2 : partitionCount) : null,
                strategy.equals("spread") ? "rack" : null, clock.instant()));
        return new Tagged<>(group, tags.tagNew(scope, group.getId(), "placement-group", newTags));
    }

    /** DeletePlacementGroup: not while instances (other than terminated ones) are in it. */
    public void delete(Scope scope, String name, List<String> instancesInGroup) {
        PlacementGroup group = byName(scope, name);
        if (!instancesInGroup.isEmpty()) {
            throw new AwsException("InvalidPlacementGroup.InUse", "The placement group '" + name + "' is in use: " + String.join(", ", instancesInGroup));
        }
        tags.forget(group.getId());
        groups.delete(group);
    }

    @Transactional(readOnly = true)
    public Page<Tagged<PlacementGroup>> describe(Scope scope, List<String> names, DescribeQuery query) {
        List<PlacementGroup> all = groups.findByAccountAndRegionOrderById(scope.account(), scope.region());
        names.forEach(name -> byName(scope, name));
        List<PlacementGroup> named = names.isEmpty() ? all : all.stream().filter(g -> names.contains(g.getGroupName())).toList();
        return query.apply(KIND, tags.withTags(scope, named, PlacementGroup::getId), PlacementGroup::getId, FILTERS);
    }

    /** The group a launch names by name or id. */
    @Transactional(readOnly = true)
    public PlacementGroup resolve(Scope scope, String name, String id) {
        if (name != null && id != null) {
            throw new AwsException("InvalidParameterCombination", "Give the placement group by GroupName or GroupId, not both.");
        }
        return name != null ? byName(scope, name) : groups.findByIdAndAccountAndRegion(id, scope.account(), scope.region())
                .orElseThrow(() -> new AwsException("InvalidPlacementGroup.Unknown", "The Placement Group '" + id + "' is unknown."));
    }

    /**
     * Places up to {@code wanted} new instances in {@code zone}, at least {@code minimum}, given the
     * running members of the group; fails as AWS does when the group's rule leaves too little room.
     */
    public Placed place(PlacementGroup group, String zone, Integer requestedPartition, List<Member> members, int minimum, int wanted) {
        switch (group.getStrategy()) {
            case "cluster" -> {
                members.stream().map(Member::availabilityZone).filter(z -> !z.equals(zone)).findFirst().ifPresent(z -> {
                    throw new AwsException("InvalidParameterValue", "The cluster placement group '" + group.getGroupName() + "' is in " + z
                            + "; instances cannot be launched into it in " + zone + ".");
                });
                return new Placed(group, IntStream.range(0, wanted).mapToObj(i -> (Integer) null).toList());
            }
            case "spread" -> {
                long inZone = members.stream().filter(m -> m.availabilityZone().equals(zone)).count();
                int room = (int) Math.max(0, SPREAD_PER_ZONE - inZone);
                if (room < minimum) {
                    throw new AwsException("InsufficientInstanceCapacity", "The spread placement group '" + group.getGroupName() + "' has "
                            + inZone + " running instances in " + zone + "; a rack spread group holds at most " + SPREAD_PER_ZONE
                            + " per availability zone.", 500); // a server error code on AWS
                }
                return new Placed(group, IntStream.range(0, Math.min(room, wanted)).mapToObj(i -> (Integer) null).toList());
            }
            default -> {
                return new Placed(group, partitions(group, zone, requestedPartition, members, wanted));
            }
        }
    }

    /** The requested partition for every instance, or each instance in the least used partition of the zone. */
    private static List<Integer> partitions(PlacementGroup group, String zone, Integer requested, List<Member> members, int wanted) {
        int count = group.getPartitionCount();
        if (requested != null) {
            if (requested < 1 || requested > count) {
                throw Ec2Errors.invalidValue("PartitionNumber", String.valueOf(requested), "The placement group '" + group.getGroupName()
                        + "' has partitions 1 to " + count + ".");
            }
            return IntStream.range(0, wanted).mapToObj(i -> requested).toList();
        }
        Map<Integer, Integer> used = new HashMap<>();
        IntStream.rangeClosed(1, count).forEach(p -> used.put(p, 0));
        members.stream().filter(m -> m.availabilityZone().equals(zone) && m.partitionNumber() != null)
                .forEach(m -> used.merge(m.partitionNumber(), 1, Integer::sum));
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < wanted; i++) {
            int partition = used.entrySet().stream().min(Comparator.comparing(Map.Entry<Integer, Integer>::getValue)
                    .thenComparing(Map.Entry::getKey)).orElseThrow().getKey();
            used.merge(partition, 1, Integer::sum);
            chosen.add(partition);
        }
        return chosen;
    }

    public boolean exists(Scope scope, String id) {
        return groups.findByIdAndAccountAndRegion(id, scope.account(), scope.region()).isPresent();
    }

    private PlacementGroup byName(Scope scope, String name) {
        if (name == null || name.isEmpty()) {
            throw Ec2Errors.missing("GroupName");
        }
        return groups.findByAccountAndRegionAndGroupName(scope.account(), scope.region(), name)
                .orElseThrow(() -> new AwsException("InvalidPlacementGroup.Unknown", "The Placement Group '" + name + "' is unknown."));
    }
}
