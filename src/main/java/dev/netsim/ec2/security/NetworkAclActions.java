package dev.netsim.ec2.security;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsResponse;
import software.amazon.awssdk.services.ec2.model.IcmpTypeCode;
import software.amazon.awssdk.services.ec2.model.PortRange;

/** EC2 wire handlers for network ACLs. */
@Component
class NetworkAclActions {

    private final NetworkAclService acls;

    NetworkAclActions(NetworkAclService acls) {
        this.acls = acls;
    }

    @AwsAction(WireService.EC2)
    DescribeNetworkAclsResponse describeNetworkAcls(DescribeNetworkAclsRequest request, Scope scope) {
        Page<Tagged<NetworkAcl>> page = acls.describe(scope,
                Ec2Wire.query(request.networkAclIds(), request.filters(), request.maxResults(), request.nextToken()));
        return DescribeNetworkAclsResponse.builder().networkAcls(page.items().stream().map(NetworkAclActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    static software.amazon.awssdk.services.ec2.model.NetworkAcl toSdk(Tagged<NetworkAcl> tagged) {
        NetworkAcl acl = tagged.resource();
        return software.amazon.awssdk.services.ec2.model.NetworkAcl.builder()
                .networkAclId(acl.getId())
                .vpcId(acl.getVpcId())
                .ownerId(acl.getAccount())
                .isDefault(acl.isDefaultAcl())
                .entries(acl.entriesWithCatchAll().stream().map(e -> software.amazon.awssdk.services.ec2.model.NetworkAclEntry.builder()
                        .ruleNumber(e.getRuleNumber())
                        .egress(e.isEgress())
                        .protocol(e.getProtocol())
                        .ruleAction(e.getRuleAction())
                        .cidrBlock(e.getCidrBlock())
                        .ipv6CidrBlock(e.getIpv6CidrBlock())
                        .portRange(e.getPortFrom() == null ? null : PortRange.builder().from(e.getPortFrom()).to(e.getPortTo()).build())
                        .icmpTypeCode(e.getIcmpType() == null ? null : IcmpTypeCode.builder().type(e.getIcmpType()).code(e.getIcmpCode()).build())
                        .build()).toList())
                .associations(acl.getAssociations().stream().map(a -> software.amazon.awssdk.services.ec2.model.NetworkAclAssociation.builder()
                        .networkAclAssociationId(a.getAssociationId())
                        .networkAclId(acl.getId())
                        .subnetId(a.getSubnetId())
                        .build()).toList())
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }
}
