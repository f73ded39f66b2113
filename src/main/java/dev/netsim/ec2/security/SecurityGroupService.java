package dev.netsim.ec2.security;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;

/** Security groups. This issue gives every VPC its default group; full CRUD follows in the next issue. */
@Service
@Transactional
public class SecurityGroupService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("sg", "InvalidGroupId", "InvalidGroup", "security group", 5, 1000);

    private static final FilterSpec<Tagged<SecurityGroup>> FILTERS = FilterSpec.<Tagged<SecurityGroup>>builder(Tagged::tags)
            .on("group-id", t -> t.resource().getId())
            .on("group-name", t -> t.resource().getGroupName())
            .on("description", t -> t.resource().getDescription())
            .on("vpc-id", t -> t.resource().getVpcId())
            .on("owner-id", t -> t.resource().getAccount())
            .onEach("ip-permission.cidr", t -> rules(t, false).map(SecurityGroupRule::getCidrIpv4).toList())
            .onEach("ip-permission.ipv6-cidr", t -> rules(t, false).map(SecurityGroupRule::getCidrIpv6).toList())
            .onEach("ip-permission.from-port", t -> rules(t, false).map(SecurityGroupRule::getFromPort).toList())
            .onEach("ip-permission.to-port", t -> rules(t, false).map(SecurityGroupRule::getToPort).toList())
            .onEach("ip-permission.protocol", t -> rules(t, false).map(SecurityGroupRule::getIpProtocol).toList())
            .onEach("ip-permission.group-id", t -> rules(t, false).map(SecurityGroupRule::getReferencedGroupId).toList())
            .onEach("ip-permission.group-name", t -> List.of())
            .onEach("ip-permission.prefix-list-id", t -> rules(t, false).map(SecurityGroupRule::getPrefixListId).toList())
            .onEach("ip-permission.user-id", t -> rules(t, false).filter(r -> r.getReferencedGroupId() != null).map(r -> t.resource().getAccount()).toList())
            .onEach("egress.ip-permission.cidr", t -> rules(t, true).map(SecurityGroupRule::getCidrIpv4).toList())
            .onEach("egress.ip-permission.ipv6-cidr", t -> rules(t, true).map(SecurityGroupRule::getCidrIpv6).toList())
            .onEach("egress.ip-permission.from-port", t -> rules(t, true).map(SecurityGroupRule::getFromPort).toList())
            .onEach("egress.ip-permission.to-port", t -> rules(t, true).map(SecurityGroupRule::getToPort).toList())
            .onEach("egress.ip-permission.protocol", t -> rules(t, true).map(SecurityGroupRule::getIpProtocol).toList())
            .onEach("egress.ip-permission.group-id", t -> rules(t, true).map(SecurityGroupRule::getReferencedGroupId).toList())
            .onEach("egress.ip-permission.group-name", t -> List.of())
            .onEach("egress.ip-permission.prefix-list-id", t -> rules(t, true).map(SecurityGroupRule::getPrefixListId).toList())
            .onEach("egress.ip-permission.user-id", t -> rules(t, true).filter(r -> r.getReferencedGroupId() != null).map(r -> t.resource().getAccount()).toList())
            .build();

    private final SecurityGroupRepository groups;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;

    public SecurityGroupService(SecurityGroupRepository groups, TagService tags, IdGenerator ids, Clock clock) {
        this.groups = groups;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
    }

    private static Stream<SecurityGroupRule> rules(Tagged<SecurityGroup> group, boolean egress) {
        return group.resource().getRules().stream().filter(r -> r.isEgress() == egress);
    }

    /** The VPC's {@code default} group: all inbound from itself, all outbound to anywhere. */
    public SecurityGroup createDefault(Scope scope, String vpcId) {
        SecurityGroup group = new SecurityGroup(ids.ec2Id("sg"), scope.account(), scope.region(), vpcId,
                SecurityGroup.DEFAULT_NAME, "default VPC security group", clock.instant());
        group.getRules().add(SecurityGroupRule.allTrafficFromGroup(ids.ec2Id("sgr"), group.getId()));
        group.getRules().add(SecurityGroupRule.allTraffic(ids.ec2Id("sgr"), true, "0.0.0.0/0"));
        return groups.save(group);
    }

    /**
     * @param groupNames DescribeSecurityGroups' GroupName.N: names of groups (any VPC of the scope)
     */
    @Transactional(readOnly = true)
    public Page<Tagged<SecurityGroup>> describe(Scope scope, DescribeQuery query, List<String> groupNames) {
        List<Tagged<SecurityGroup>> all = tags.withTags(groups.findByAccountAndRegionOrderById(scope.account(), scope.region()), SecurityGroup::getId);
        if (groupNames != null && !groupNames.isEmpty()) {
            for (String name : groupNames) {
                if (all.stream().noneMatch(g -> g.resource().getGroupName().equals(name))) {
                    throw new dev.netsim.common.AwsException("InvalidGroup.NotFound", "The security group '" + name + "' does not exist");
                }
            }
            all = all.stream().filter(g -> groupNames.contains(g.resource().getGroupName())).toList();
        }
        return query.apply(KIND, all, SecurityGroup::getId, FILTERS);
    }

    /** Groups of the VPC other than {@code default}: each keeps the VPC from being deleted. */
    @Transactional(readOnly = true)
    public List<String> customGroupIds(String vpcId) {
        return groups.findByVpcId(vpcId).stream().filter(g -> !g.isDefaultGroup()).map(SecurityGroup::getId).toList();
    }

    /** Deletes the default group together with its VPC. */
    public void deleteGroupsOf(String vpcId) {
        groups.findByVpcId(vpcId).forEach(g -> {
            tags.forget(g.getId());
            groups.delete(g);
        });
    }

    public boolean exists(Scope scope, String id) {
        return groups.existsByIdAndAccountAndRegion(id, scope.account(), scope.region());
    }
}
