package dev.netsim.ec2.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.Filter;
import dev.netsim.common.filter.FilterEngine;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.Ec2Ids;
import dev.netsim.ec2.RegionQuotaLock;
import dev.netsim.ec2.prefixlist.PrefixListDirectory;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.Vpc;
import dev.netsim.ec2.vpc.VpcLookup;

/** Security groups and their rules: stateful allow lists, with AWS's naming, duplicate, reference and quota rules. */
@Service
@Transactional
public class SecurityGroupService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("sg", "InvalidGroupId", "InvalidGroup.NotFound", "security group", 5, 1000);
    static final int GROUPS_PER_REGION = 2500;
    static final int RULES_PER_DIRECTION_AND_FAMILY = 60;

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

    /** A rule with the group it belongs to, as DescribeSecurityGroupRules lists it. */
    public record GroupRule(SecurityGroup group, SecurityGroupRule rule) {
    }

    private static final FilterSpec<Tagged<GroupRule>> RULE_FILTERS = FilterSpec.<Tagged<GroupRule>>builder(Tagged::tags)
            .on("group-id", t -> t.resource().group().getId())
            .on("security-group-rule-id", t -> t.resource().rule().getRuleId())
            .build();

    private final SecurityGroupRepository groups;
    private final PrefixListDirectory prefixLists;
    private final ObjectProvider<SecurityGroupUsers> users;
    private final VpcLookup vpcs;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;
    private final EntityManager entityManager;
    private final RegionQuotaLock quotaLock;

    public SecurityGroupService(SecurityGroupRepository groups, VpcLookup vpcs, PrefixListDirectory prefixLists,
                                ObjectProvider<SecurityGroupUsers> users, TagService tags, IdGenerator ids,
                                Clock clock, EntityManager entityManager, RegionQuotaLock quotaLock) {
        this.entityManager = entityManager;
        this.groups = groups;
        this.prefixLists = prefixLists;
        this.users = users;
        this.vpcs = vpcs;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
        this.quotaLock = quotaLock;
    }

    private static Stream<SecurityGroupRule> rules(Tagged<SecurityGroup> group, boolean egress) {
        return group.resource().getRules().stream().filter(r -> r.isEgress() == egress);
    }

    // ---- groups

    /** The VPC's {@code default} group: all inbound from itself, all outbound to anywhere. */
    public SecurityGroup createDefault(Scope scope, String vpcId) {
        SecurityGroup group = new SecurityGroup(ids.ec2Id("sg"), scope.account(), scope.region(), vpcId,
                SecurityGroup.DEFAULT_NAME, "default VPC security group", clock.instant());
        group.addRule(ids.ec2Id("sgr"), SecurityGroupRule.allTrafficFromGroup(group.getId()));
        group.addRule(ids.ec2Id("sgr"), SecurityGroupRule.allTraffic(true, "0.0.0.0/0"));
        return groups.save(group);
    }

    /** CreateSecurityGroup: a name unique in its VPC (the default VPC when none is given); one rule, all egress. */
    public Tagged<SecurityGroup> create(Scope scope, String name, String description, String vpcId, Map<String, String> newTags) {
        if (name == null || name.isEmpty()) {
            throw Ec2Errors.missing("GroupName");
        }
        if (description == null || description.isEmpty()) {
            throw Ec2Errors.missing("GroupDescription"); // an empty description is none: AWS requires one
        }
        if (name.length() > 255 || description.length() > 255) {
            throw new AwsException("InvalidParameterValue", "Group names and descriptions can be at most 255 characters long.");
        }
        if (name.toLowerCase(java.util.Locale.ROOT).startsWith("sg-")) {
            throw new AwsException("InvalidParameterValue", "Group names may not be in the format sg-*");
        }
        String targetVpc = vpcId != null ? vpcId : vpcs.defaultVpc(scope).map(Vpc::getId).orElseThrow(() ->
                new AwsException("VPCIdNotSpecified", "No default VPC for this user. GroupName is only supported for EC2-Classic and default VPC."));
        quotaLock.hold(scope); // before the VPC's lock, as every Region-wide quota
        long inRegion = groups.countByAccountAndRegion(scope.account(), scope.region());
        Vpc vpc = vpcs.lock(scope, targetVpc);
        if (groups.findByVpcIdAndGroupName(vpc.getId(), name).isPresent()) {
            throw new AwsException("InvalidGroup.Duplicate", "The security group '" + name + "' already exists for VPC '" + vpc.getId() + "'");
        }
        if (inRegion >= GROUPS_PER_REGION) {
            throw new AwsException("SecurityGroupLimitExceeded", "The maximum number of security groups has been reached.");
        }
        SecurityGroup group = new SecurityGroup(ids.ec2Id("sg"), scope.account(), scope.region(), vpc.getId(), name, description, clock.instant());
        group.addRule(ids.ec2Id("sgr"), SecurityGroupRule.allTraffic(true, "0.0.0.0/0"));
        groups.save(group);
        return new Tagged<>(group, tags.tagNew(scope, group.getId(), "security-group", newTags));
    }

    /** DeleteSecurityGroup: never the default group, nor one that another group's rules reference. */
    public void delete(Scope scope, String groupId, String groupName) {
        SecurityGroup group = find(scope, groupId, groupName);
        if (group.isDefaultGroup()) {
            throw new AwsException("CannotDelete", "the specified group: \"" + group.getId() + "\" name: \"default\" cannot be deleted by a user");
        }
        List<String> referencing = groups.referencing(group.getId());
        if (!referencing.isEmpty()) {
            throw new AwsException("DependencyViolation", "resource " + group.getId() + " has a dependent object: referenced by "
                    + String.join(", ", referencing));
        }
        List<String> users = this.users.stream().flatMap(u -> u.usersOf(group.getId()).stream()).toList();
        if (!users.isEmpty()) {
            throw new AwsException("DependencyViolation", "resource " + group.getId() + " has a dependent object: in use by "
                    + String.join(", ", users));
        }
        group.getRules().forEach(r -> tags.forget(r.getRuleId()));
        tags.forget(group.getId());
        groups.delete(group);
    }

    /**
     * @param groupNames DescribeSecurityGroups' GroupName.N: names of groups (any VPC of the scope)
     */
    @Transactional(readOnly = true)
    public Page<Tagged<SecurityGroup>> describe(Scope scope, DescribeQuery query, List<String> groupNames) {
        List<Tagged<SecurityGroup>> all = tags.withTags(scope, groups.findByAccountAndRegionOrderById(scope.account(), scope.region()), SecurityGroup::getId);
        if (groupNames != null && !groupNames.isEmpty()) {
            for (String name : groupNames) {
                if (all.stream().noneMatch(g -> g.resource().getGroupName().equals(name))) {
                    throw new AwsException("InvalidGroup.NotFound", "The security group '" + name + "' does not exist");
                }
            }
            all = all.stream().filter(g -> groupNames.contains(g.resource().getGroupName())).toList();
        }
        return query.apply(KIND, all, SecurityGroup::getId, FILTERS);
    }

    // ---- rules

    /** The rules an Authorize call added, and the group they were added to. */
    public record AddedRules(String groupId, List<SecurityGroupRule> rules) {
    }

    /** Authorize…: adds the rules of all permissions, or none (duplicates, bad peers, quota). */
    public AddedRules authorize(Scope scope, String groupId, String groupName, boolean egress,
                                             List<IpPermissionInput> permissions, Map<String, String> ruleTags) {
        SecurityGroup group = forChange(scope, groupId, groupName);
        if (egress && groupId == null) {
            throw Ec2Errors.missing("GroupId");
        }
        List<RuleSpec> specs = specs(scope, group, egress, permissions);
        List<SecurityGroupRule> added = new ArrayList<>();
        for (RuleSpec spec : specs) {
            if (group.getRules().stream().anyMatch(r -> r.spec().sameRuleAs(spec))) {
                throw new AwsException("InvalidPermission.Duplicate", "the specified rule \"" + spec.describe() + "\" already exists");
            }
            added.add(group.addRule(ids.ec2Id("sgr"), spec));
        }
        requireWithinQuota(group);
        for (SecurityGroupRule rule : added) {
            tags.tagNew(scope, rule.getRuleId(), "security-group-rule", ruleTags);
        }
        return new AddedRules(group.getId(), added);
    }

    /**
     * Revoke…: removes rules given as permissions or by rule id. Rules that do not exist are an
     * error in a non-default VPC; in the default VPC AWS succeeds and reports them back.
     */
    public List<RuleSpec> revoke(Scope scope, String groupId, String groupName, boolean egress, List<IpPermissionInput> permissions,
                                 List<String> ruleIds) {
        SecurityGroup group = forChange(scope, groupId, groupName);
        boolean defaultVpc = vpcs.defaultVpc(scope).map(v -> v.getId().equals(group.getVpcId())).orElse(false);
        List<RuleSpec> unknown = new ArrayList<>();
        for (String ruleId : ruleIds) {
            SecurityGroupRule rule = group.getRules().stream().filter(r -> r.getRuleId().equals(ruleId) && r.isEgress() == egress).findFirst()
                    .orElseThrow(() -> new AwsException("InvalidSecurityGroupRuleId.NotFound", "The security group rule ID '" + ruleId + "' does not exist"));
            group.getRules().remove(rule);
            tags.forget(ruleId);
        }
        for (RuleSpec spec : specs(scope, group, egress, permissions)) {
            var match = group.getRules().stream().filter(r -> r.spec().sameRuleAs(spec)).findFirst();
            if (match.isPresent()) {
                group.getRules().remove(match.get());
                tags.forget(match.get().getRuleId());
            } else if (defaultVpc) {
                unknown.add(spec);
            } else {
                throw new AwsException("InvalidPermission.NotFound", "The specified rule does not exist in this security group: " + spec.describe());
            }
        }
        return unknown;
    }

    /**
     * UpdateSecurityGroupRuleDescriptions…: each rule, found as Revoke finds it (by protocol, ports
     * and peer, or by rule id, in this direction), takes the description given (none clears it).
     */
    public void updateDescriptions(Scope scope, String groupId, String groupName, boolean egress, List<IpPermissionInput> permissions,
                                   Map<String, String> descriptionsByRuleId) {
        SecurityGroup group = forChange(scope, groupId, groupName);
        if (permissions.isEmpty() && descriptionsByRuleId.isEmpty()) {
            throw Ec2Errors.missing("IpPermissions");
        }
        for (RuleSpec spec : specs(scope, group, egress, permissions)) {
            SecurityGroupRule rule = group.getRules().stream().filter(r -> r.spec().sameRuleAs(spec)).findFirst()
                    .orElseThrow(() -> new AwsException("InvalidPermission.NotFound", "The specified rule does not exist in this security group: "
                            + spec.describe()));
            rule.apply(rule.spec().withDescription(spec.description()));
        }
        descriptionsByRuleId.forEach((ruleId, description) -> {
            SecurityGroupRule rule = group.getRules().stream().filter(r -> r.getRuleId().equals(ruleId) && r.isEgress() == egress).findFirst()
                    .orElseThrow(() -> new AwsException("InvalidSecurityGroupRuleId.NotFound", "The security group rule ID '" + ruleId
                            + "' does not exist"));
            rule.apply(rule.spec().withDescription(RuleSpecs.checkedDescription(description)));
        });
    }

    /** ModifySecurityGroupRules: replaces the content of existing rules of one group, keeping their ids. */
    public void modifyRules(Scope scope, String groupId, Map<String, IpPermissionInput> replacements) {
        SecurityGroup group = forChange(scope, groupId, null);
        if (replacements.isEmpty()) {
            throw Ec2Errors.missing("SecurityGroupRule");
        }
        replacements.forEach((ruleId, permission) -> {
            SecurityGroupRule rule = group.getRules().stream().filter(r -> r.getRuleId().equals(ruleId)).findFirst()
                    .orElseThrow(() -> new AwsException("InvalidSecurityGroupRuleId.NotFound", "The security group rule ID '" + ruleId + "' does not exist"));
            List<RuleSpec> specs = specs(scope, group, rule.isEgress(), List.of(permission));
            if (specs.size() != 1) {
                throw new AwsException("InvalidParameterValue", "A modified rule must name exactly one peer: " + ruleId);
            }
            RuleSpec spec = specs.get(0);
            if (group.getRules().stream().anyMatch(r -> r != rule && r.spec().sameRuleAs(spec))) {
                throw new AwsException("InvalidPermission.Duplicate", "the specified rule \"" + spec.describe() + "\" already exists");
            }
            rule.apply(spec);
        });
        requireWithinQuota(group);
    }

    @Transactional(readOnly = true)
    public Page<Tagged<GroupRule>> describeRules(Scope scope, List<String> ruleIds, List<Filter> filters, Integer maxResults, String nextToken) {
        if (maxResults != null && (maxResults < 5 || maxResults > 1000)) {
            throw Ec2Errors.invalidValue("MaxResults", String.valueOf(maxResults), "Value must be between 5 and 1000.");
        }
        List<GroupRule> all = groups.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                .flatMap(g -> g.getRules().stream().map(r -> new GroupRule(g, r))).sorted(java.util.Comparator.comparing(r -> r.rule().getRuleId()))
                .toList();
        for (String ruleId : ruleIds) {
            if (all.stream().noneMatch(r -> r.rule().getRuleId().equals(ruleId))) {
                throw new AwsException("InvalidSecurityGroupRuleId.NotFound", "The security group rule ID '" + ruleId + "' does not exist");
            }
        }
        List<GroupRule> selected = ruleIds.isEmpty() ? all : all.stream().filter(r -> ruleIds.contains(r.rule().getRuleId())).toList();
        List<Tagged<GroupRule>> filtered = FilterEngine.apply(filters, RULE_FILTERS, tags.withTags(scope, selected, r -> r.rule().getRuleId()));
        return Pager.page(filtered, r -> r.resource().rule().getRuleId(), maxResults, nextToken, "InvalidNextToken");
    }

    private List<RuleSpec> specs(Scope scope, SecurityGroup group, boolean egress, List<IpPermissionInput> permissions) {
        List<RuleSpec> specs = new ArrayList<>();
        for (IpPermissionInput permission : permissions) {
            specs.addAll(RuleSpecs.expand(permission, egress, name -> groups.findByVpcIdAndGroupName(group.getVpcId(), name)
                    .map(SecurityGroup::getId)
                    .orElseThrow(() -> new AwsException("InvalidGroup.NotFound", "The security group '" + name + "' does not exist"))));
        }
        for (RuleSpec spec : specs) {
            if (spec.referencedGroupId() != null) {
                SecurityGroup referenced = groups.findByIdAndAccountAndRegion(spec.referencedGroupId(), scope.account(), scope.region())
                        .orElseThrow(() -> Ec2Errors.notFound("InvalidGroup", "security group", spec.referencedGroupId()));
                if (!referenced.getVpcId().equals(group.getVpcId())) {
                    throw new AwsException("InvalidParameterValue", "You have specified two resources that belong to different networks: "
                            + group.getId() + " and " + referenced.getId());
                }
            }
            if (spec.prefixListId() != null && !prefixLists.exists(scope, spec.prefixListId())) {
                throw new AwsException("InvalidPrefixListID.NotFound", "The prefix list ID '" + spec.prefixListId() + "' does not exist");
            }
        }
        return specs;
    }

    private static void requireWithinQuota(SecurityGroup group) {
        for (boolean egress : new boolean[] {false, true}) {
            for (boolean ipv6 : new boolean[] {false, true}) {
                long count = group.getRules().stream().filter(r -> r.isEgress() == egress && r.spec().isIpv6() == ipv6).count();
                if (count > RULES_PER_DIRECTION_AND_FAMILY) {
                    throw new AwsException("RulesPerSecurityGroupLimitExceeded", "The maximum number of rules per security group has been reached.");
                }
            }
        }
    }

    // ---- lookups and life cycle with VPCs

    /**
     * The group, locked until the transaction ends before its rules are read: they change one writer
     * at a time, on whichever node, so a rule asked for twice at once is added once. (A refresh would
     * load the rules before taking the lock: Hibernate cascades it to them first.)
     */
    private SecurityGroup forChange(Scope scope, String groupId, String groupName) {
        SecurityGroup group = find(scope, groupId, groupName);
        entityManager.lock(group, LockModeType.PESSIMISTIC_WRITE);
        return group;
    }

    private SecurityGroup find(Scope scope, String groupId, String groupName) {
        if (groupId != null) {
            Ec2Ids.requireWellFormed(groupId, "sg", "InvalidGroupId");
            return groups.findByIdAndAccountAndRegion(groupId, scope.account(), scope.region())
                    .orElseThrow(() -> Ec2Errors.notFound("InvalidGroup", "security group", groupId));
        }
        if (groupName == null) {
            throw Ec2Errors.missing("GroupId");
        }
        Vpc defaultVpc = vpcs.defaultVpc(scope).orElseThrow(() ->
                new AwsException("VPCIdNotSpecified", "No default VPC for this user. GroupName is only supported for EC2-Classic and default VPC."));
        return groups.findByVpcIdAndGroupName(defaultVpc.getId(), groupName).orElseThrow(() ->
                new AwsException("InvalidGroup.NotFound", "The security group '" + groupName + "' does not exist in default VPC '" + defaultVpc.getId() + "'"));
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
            g.getRules().forEach(r -> tags.forget(r.getRuleId()));
            groups.delete(g);
        });
    }

    public boolean exists(Scope scope, String id) {
        return groups.existsByIdAndAccountAndRegion(id, scope.account(), scope.region());
    }

    /**
     * The groups an interface in {@code vpcId} gets: those named by id or (default VPC) by name, or
     * the VPC's default group when none is named. At most 5, all of that VPC.
     */
    @Transactional(readOnly = true)
    public List<String> groupsForInterface(Scope scope, String vpcId, List<String> groupIds, List<String> groupNames) {
        return List.copyOf(namedGroupsForInterface(scope, vpcId, groupIds, groupNames).keySet());
    }

    /** As {@link #groupsForInterface}, with each group's name: ids to names, in the order given. */
    public Map<String, String> namedGroupsForInterface(Scope scope, String vpcId, List<String> groupIds, List<String> groupNames) {
        Map<String, String> resolved = new java.util.LinkedHashMap<>();
        for (String id : groupIds) {
            SecurityGroup group = find(scope, id, null);
            if (!group.getVpcId().equals(vpcId)) {
                throw new AwsException("InvalidParameter", "Security group " + id + " and subnet belong to different networks.");
            }
            resolved.put(id, group.getGroupName());
        }
        for (String name : groupNames) {
            resolved.put(groups.findByVpcIdAndGroupName(vpcId, name).map(SecurityGroup::getId)
                    .orElseThrow(() -> new AwsException("InvalidGroup.NotFound", "The security group '" + name + "' does not exist in VPC '" + vpcId + "'")),
                    name);
        }
        if (resolved.isEmpty()) {
            resolved.put(groups.findByVpcIdAndGroupName(vpcId, SecurityGroup.DEFAULT_NAME).map(SecurityGroup::getId).orElseThrow(),
                    SecurityGroup.DEFAULT_NAME);
        }
        if (resolved.size() > 5) {
            throw new AwsException("SecurityGroupsPerInterfaceLimitExceeded", "The maximum number of security groups per interface has been reached.");
        }
        return resolved;
    }

    /** Group names by id, for showing an instance's groups. */
    @Transactional(readOnly = true)
    public Map<String, String> namesOf(java.util.Collection<String> groupIds) {
        Map<String, String> names = new java.util.HashMap<>();
        groups.namesAmong(groupIds.toArray(String[]::new)).forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    public boolean ruleExists(Scope scope, String ruleId) {
        return groups.ruleExists(ruleId, scope.account(), scope.region());
    }
}
