package dev.netsim.ec2.security;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.PrefixListId;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/** EC2 wire handlers for security groups. */
@Component
class SecurityGroupActions {

    private final SecurityGroupService groups;

    SecurityGroupActions(SecurityGroupService groups) {
        this.groups = groups;
    }

    @AwsAction(WireService.EC2)
    DescribeSecurityGroupsResponse describeSecurityGroups(DescribeSecurityGroupsRequest request, Scope scope) {
        Page<Tagged<SecurityGroup>> page = groups.describe(scope,
                Ec2Wire.query(request.groupIds(), request.filters(), request.maxResults(), request.nextToken()), request.groupNames());
        return DescribeSecurityGroupsResponse.builder().securityGroups(page.items().stream().map(SecurityGroupActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
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
                .ipPermissions(permissions(group, false))
                .ipPermissionsEgress(permissions(group, true))
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }

    /** AWS lists each rule as one IpPermission with exactly one peer. */
    private static List<IpPermission> permissions(SecurityGroup group, boolean egress) {
        return group.getRules().stream().filter(r -> r.isEgress() == egress).map(r -> {
            IpPermission.Builder p = IpPermission.builder().ipProtocol(r.getIpProtocol()).fromPort(r.getFromPort()).toPort(r.getToPort());
            if (r.getCidrIpv4() != null) {
                p.ipRanges(IpRange.builder().cidrIp(r.getCidrIpv4()).description(r.getDescription()).build());
            }
            if (r.getCidrIpv6() != null) {
                p.ipv6Ranges(Ipv6Range.builder().cidrIpv6(r.getCidrIpv6()).description(r.getDescription()).build());
            }
            if (r.getReferencedGroupId() != null) {
                p.userIdGroupPairs(UserIdGroupPair.builder().groupId(r.getReferencedGroupId()).userId(group.getAccount())
                        .description(r.getDescription()).build());
            }
            if (r.getPrefixListId() != null) {
                p.prefixListIds(PrefixListId.builder().prefixListId(r.getPrefixListId()).description(r.getDescription()).build());
            }
            return p.build();
        }).toList();
    }
}
