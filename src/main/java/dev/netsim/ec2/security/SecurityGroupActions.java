package dev.netsim.ec2.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRuleDescription;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsEgressRequest;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsEgressResponse;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsIngressRequest;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsIngressResponse;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupEgressRequest;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupEgressResponse;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressResponse;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSecurityGroupResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupRulesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupRulesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.ModifySecurityGroupRulesRequest;
import software.amazon.awssdk.services.ec2.model.ModifySecurityGroupRulesResponse;
import software.amazon.awssdk.services.ec2.model.PrefixListId;
import software.amazon.awssdk.services.ec2.model.ReferencedSecurityGroup;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupEgressRequest;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupEgressResponse;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupIngressResponse;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRuleRequest;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/** EC2 wire handlers for security groups and their rules. */
@Component
class SecurityGroupActions {

    private final SecurityGroupService groups;

    SecurityGroupActions(SecurityGroupService groups) {
        this.groups = groups;
    }

    @AwsAction(WireService.EC2)
    CreateSecurityGroupResponse createSecurityGroup(CreateSecurityGroupRequest r, Scope scope) {
        Tagged<SecurityGroup> group = groups.create(scope, r.groupName(), r.description(), r.vpcId(),
                Ec2Wire.tagsFor(r.tagSpecifications(), "security-group"));
        return CreateSecurityGroupResponse.builder().groupId(group.resource().getId()).securityGroupArn(group.resource().arn())
                .tags(Ec2Wire.tags(group.tags())).build();
    }

    @AwsAction(WireService.EC2)
    DeleteSecurityGroupResponse deleteSecurityGroup(DeleteSecurityGroupRequest r, Scope scope) {
        groups.delete(scope, r.groupId(), r.groupName());
        return DeleteSecurityGroupResponse.builder().returnValue(true).groupId(r.groupId()).build();
    }

    @AwsAction(WireService.EC2)
    DescribeSecurityGroupsResponse describeSecurityGroups(DescribeSecurityGroupsRequest request, Scope scope) {
        Page<Tagged<SecurityGroup>> page = groups.describe(scope,
                Ec2Wire.query(request.groupIds(), request.filters(), request.maxResults(), request.nextToken()), request.groupNames());
        return DescribeSecurityGroupsResponse.builder().securityGroups(page.items().stream().map(SecurityGroupActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    AuthorizeSecurityGroupIngressResponse authorizeSecurityGroupIngress(AuthorizeSecurityGroupIngressRequest r, Scope scope) {
        List<IpPermissionInput> permissions = permissions(r.ipPermissions(), r.ipProtocol(), r.fromPort(), r.toPort(), r.cidrIp(), r.sourceSecurityGroupName());
        SecurityGroupService.AddedRules added = groups.authorize(scope, r.groupId(), r.groupName(), false, permissions,
                Ec2Wire.tagsFor(r.tagSpecifications(), "security-group-rule"));
        return AuthorizeSecurityGroupIngressResponse.builder().returnValue(true)
                .securityGroupRules(added.rules().stream().map(rule -> toSdk(scope, added.groupId(), rule)).toList()).build();
    }

    @AwsAction(WireService.EC2)
    AuthorizeSecurityGroupEgressResponse authorizeSecurityGroupEgress(AuthorizeSecurityGroupEgressRequest r, Scope scope) {
        List<IpPermissionInput> permissions = permissions(r.ipPermissions(), r.ipProtocol(), r.fromPort(), r.toPort(), r.cidrIp(), r.sourceSecurityGroupName());
        SecurityGroupService.AddedRules added = groups.authorize(scope, r.groupId(), null, true, permissions,
                Ec2Wire.tagsFor(r.tagSpecifications(), "security-group-rule"));
        return AuthorizeSecurityGroupEgressResponse.builder().returnValue(true)
                .securityGroupRules(added.rules().stream().map(rule -> toSdk(scope, added.groupId(), rule)).toList()).build();
    }

    @AwsAction(WireService.EC2)
    RevokeSecurityGroupIngressResponse revokeSecurityGroupIngress(RevokeSecurityGroupIngressRequest r, Scope scope) {
        List<RuleSpec> unknown = groups.revoke(scope, r.groupId(), r.groupName(), false,
                permissions(r.ipPermissions(), r.ipProtocol(), r.fromPort(), r.toPort(), r.cidrIp(), r.sourceSecurityGroupName()), r.securityGroupRuleIds());
        return RevokeSecurityGroupIngressResponse.builder().returnValue(true).unknownIpPermissions(ipPermissions(unknown, scope.account())).build();
    }

    @AwsAction(WireService.EC2)
    RevokeSecurityGroupEgressResponse revokeSecurityGroupEgress(RevokeSecurityGroupEgressRequest r, Scope scope) {
        List<RuleSpec> unknown = groups.revoke(scope, r.groupId(), null, true,
                permissions(r.ipPermissions(), r.ipProtocol(), r.fromPort(), r.toPort(), r.cidrIp(), r.sourceSecurityGroupName()), r.securityGroupRuleIds());
        return RevokeSecurityGroupEgressResponse.builder().returnValue(true).unknownIpPermissions(ipPermissions(unknown, scope.account())).build();
    }

    @AwsAction(WireService.EC2)
    UpdateSecurityGroupRuleDescriptionsIngressResponse updateSecurityGroupRuleDescriptionsIngress(UpdateSecurityGroupRuleDescriptionsIngressRequest r,
                                                                                                  Scope scope) {
        groups.updateDescriptions(scope, r.groupId(), r.groupName(), false, permissions(r.ipPermissions(), null, null, null, null, null),
                descriptions(r.securityGroupRuleDescriptions()));
        return UpdateSecurityGroupRuleDescriptionsIngressResponse.builder().returnValue(true).build();
    }

    @AwsAction(WireService.EC2)
    UpdateSecurityGroupRuleDescriptionsEgressResponse updateSecurityGroupRuleDescriptionsEgress(UpdateSecurityGroupRuleDescriptionsEgressRequest r,
                                                                                                Scope scope) {
        groups.updateDescriptions(scope, r.groupId(), r.groupName(), true, permissions(r.ipPermissions(), null, null, null, null, null),
                descriptions(r.securityGroupRuleDescriptions()));
        return UpdateSecurityGroupRuleDescriptionsEgressResponse.builder().returnValue(true).build();
    }

    private static Map<String, String> descriptions(List<SecurityGroupRuleDescription> given) {
        Map<String, String> byRuleId = new LinkedHashMap<>();
        given.forEach(d -> byRuleId.put(d.securityGroupRuleId(), d.description()));
        return byRuleId;
    }

    @AwsAction(WireService.EC2)
    DescribeSecurityGroupRulesResponse describeSecurityGroupRules(DescribeSecurityGroupRulesRequest r, Scope scope) {
        Page<Tagged<SecurityGroupService.GroupRule>> page = groups.describeRules(scope, r.securityGroupRuleIds(), Ec2Wire.filters(r.filters()),
                r.maxResults(), r.nextToken());
        return DescribeSecurityGroupRulesResponse.builder().securityGroupRules(page.items().stream().map(t -> toSdk(scope,
                t.resource().group().getId(), t.resource().rule()).toBuilder().tags(Ec2Wire.tags(t.tags())).build()).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    ModifySecurityGroupRulesResponse modifySecurityGroupRules(ModifySecurityGroupRulesRequest r, Scope scope) {
        Map<String, IpPermissionInput> replacements = new LinkedHashMap<>();
        r.securityGroupRules().forEach(update -> {
            SecurityGroupRuleRequest rule = update.securityGroupRule() == null ? SecurityGroupRuleRequest.builder().build() : update.securityGroupRule();
            replacements.put(update.securityGroupRuleId(), new IpPermissionInput(rule.ipProtocol(), rule.fromPort(), rule.toPort(),
                    List.of(new IpPermissionInput.Peer(rule.cidrIpv4(), rule.cidrIpv6(), rule.referencedGroupId(), null, rule.prefixListId(),
                            rule.description()))));
        });
        groups.modifyRules(scope, r.groupId(), replacements);
        return ModifySecurityGroupRulesResponse.builder().returnValue(true).build();
    }

    /** IpPermissions, or the legacy top-level form (CidrIp, IpProtocol, ports, SourceSecurityGroupName) the CLI still offers. */
    private static List<IpPermissionInput> permissions(List<IpPermission> ipPermissions, String protocol, Integer from, Integer to,
                                                       String cidrIp, String sourceGroupName) {
        List<IpPermissionInput> inputs = new ArrayList<>();
        for (IpPermission p : ipPermissions) {
            List<IpPermissionInput.Peer> peers = new ArrayList<>();
            p.ipRanges().forEach(range -> peers.add(new IpPermissionInput.Peer(range.cidrIp(), null, null, null, null, range.description())));
            p.ipv6Ranges().forEach(range -> peers.add(new IpPermissionInput.Peer(null, range.cidrIpv6(), null, null, null, range.description())));
            p.userIdGroupPairs().forEach(pair -> peers.add(new IpPermissionInput.Peer(null, null, pair.groupId(), pair.groupName(), null, pair.description())));
            p.prefixListIds().forEach(pl -> peers.add(new IpPermissionInput.Peer(null, null, null, null, pl.prefixListId(), pl.description())));
            inputs.add(new IpPermissionInput(p.ipProtocol(), p.fromPort(), p.toPort(), peers));
        }
        if (cidrIp != null || sourceGroupName != null || protocol != null) {
            List<IpPermissionInput.Peer> peers = new ArrayList<>();
            if (cidrIp != null) {
                peers.add(new IpPermissionInput.Peer(cidrIp, null, null, null, null, null));
            }
            if (sourceGroupName != null) {
                peers.add(new IpPermissionInput.Peer(null, null, null, sourceGroupName, null, null));
            }
            inputs.add(new IpPermissionInput(protocol == null ? "-1" : protocol, from, to, peers));
        }
        return inputs;
    }

    private static software.amazon.awssdk.services.ec2.model.SecurityGroupRule toSdk(Scope scope, String groupId, SecurityGroupRule rule) {
        return software.amazon.awssdk.services.ec2.model.SecurityGroupRule.builder()
                .securityGroupRuleId(rule.getRuleId())
                .securityGroupRuleArn("arn:aws:ec2:" + scope.region() + ":" + scope.account() + ":security-group-rule/" + rule.getRuleId())
                .groupId(groupId)
                .groupOwnerId(scope.account())
                .isEgress(rule.isEgress())
                .ipProtocol(rule.getIpProtocol())
                .fromPort(rule.getFromPort() == null ? -1 : rule.getFromPort())
                .toPort(rule.getToPort() == null ? -1 : rule.getToPort())
                .cidrIpv4(rule.getCidrIpv4())
                .cidrIpv6(rule.getCidrIpv6())
                .prefixListId(rule.getPrefixListId())
                .referencedGroupInfo(rule.getReferencedGroupId() == null ? null
                        : ReferencedSecurityGroup.builder().groupId(rule.getReferencedGroupId()).userId(scope.account()).build())
                .description(rule.getDescription())
                .build();
    }

    static software.amazon.awssdk.services.ec2.model.SecurityGroup toSdk(Tagged<SecurityGroup> tagged) {
        SecurityGroup group = tagged.resource();
        return software.amazon.awssdk.services.ec2.model.SecurityGroup.builder()
                .groupId(group.getId())
                .groupName(group.getGroupName())
                .description(group.getDescription())
                .vpcId(group.getVpcId())
                .ownerId(group.getAccount())
                .securityGroupArn(group.arn())
                .ipPermissions(ipPermissions(specs(group, false), group.getAccount()))
                .ipPermissionsEgress(ipPermissions(specs(group, true), group.getAccount()))
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }

    private static List<RuleSpec> specs(SecurityGroup group, boolean egress) {
        return group.getRules().stream().filter(r -> r.isEgress() == egress).map(SecurityGroupRule::spec).toList();
    }

    /** AWS lists rules with the same protocol and ports as one IpPermission with all their peers. */
    private static List<IpPermission> ipPermissions(List<RuleSpec> rules, String account) {
        Map<List<Object>, List<RuleSpec>> byMatch = new LinkedHashMap<>();
        for (RuleSpec rule : rules) {
            byMatch.computeIfAbsent(java.util.Arrays.asList(rule.protocol(), rule.fromPort(), rule.toPort()), k -> new ArrayList<>()).add(rule);
        }
        return byMatch.values().stream().map(same -> {
            RuleSpec first = same.get(0);
            return IpPermission.builder().ipProtocol(first.protocol()).fromPort(first.fromPort()).toPort(first.toPort())
                    .ipRanges(same.stream().filter(r -> r.cidrIpv4() != null)
                            .map(r -> IpRange.builder().cidrIp(r.cidrIpv4()).description(r.description()).build()).toList())
                    .ipv6Ranges(same.stream().filter(r -> r.cidrIpv6() != null)
                            .map(r -> Ipv6Range.builder().cidrIpv6(r.cidrIpv6()).description(r.description()).build()).toList())
                    .userIdGroupPairs(same.stream().filter(r -> r.referencedGroupId() != null)
                            .map(r -> UserIdGroupPair.builder().groupId(r.referencedGroupId()).userId(account).description(r.description()).build()).toList())
                    .prefixListIds(same.stream().filter(r -> r.prefixListId() != null)
                            .map(r -> PrefixListId.builder().prefixListId(r.prefixListId()).description(r.description()).build()).toList())
                    .build();
        }).toList();
    }
}
