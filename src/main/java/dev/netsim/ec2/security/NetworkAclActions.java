package dev.netsim.ec2.security;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.CreateNetworkAclEntryRequest;
import software.amazon.awssdk.services.ec2.model.CreateNetworkAclEntryResponse;
import software.amazon.awssdk.services.ec2.model.CreateNetworkAclRequest;
import software.amazon.awssdk.services.ec2.model.CreateNetworkAclResponse;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkAclEntryRequest;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkAclEntryResponse;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkAclRequest;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkAclResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceNetworkAclAssociationRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceNetworkAclAssociationResponse;
import software.amazon.awssdk.services.ec2.model.ReplaceNetworkAclEntryRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceNetworkAclEntryResponse;
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
    CreateNetworkAclResponse createNetworkAcl(CreateNetworkAclRequest r, Scope scope) {
        return CreateNetworkAclResponse.builder().networkAcl(toSdk(acls.create(scope, r.vpcId(),
                Ec2Wire.tagsFor(r.tagSpecifications(), "network-acl")))).build();
    }

    @AwsAction(WireService.EC2)
    DeleteNetworkAclResponse deleteNetworkAcl(DeleteNetworkAclRequest r, Scope scope) {
        acls.delete(scope, r.networkAclId());
        return DeleteNetworkAclResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    CreateNetworkAclEntryResponse createNetworkAclEntry(CreateNetworkAclEntryRequest r, Scope scope) {
        acls.createEntry(scope, r.networkAclId(), spec(r.ruleNumber(), r.egress(), r.protocol(), r.ruleActionAsString(), r.cidrBlock(),
                r.ipv6CidrBlock(), r.portRange(), r.icmpTypeCode()));
        return CreateNetworkAclEntryResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    ReplaceNetworkAclEntryResponse replaceNetworkAclEntry(ReplaceNetworkAclEntryRequest r, Scope scope) {
        acls.replaceEntry(scope, r.networkAclId(), spec(r.ruleNumber(), r.egress(), r.protocol(), r.ruleActionAsString(), r.cidrBlock(),
                r.ipv6CidrBlock(), r.portRange(), r.icmpTypeCode()));
        return ReplaceNetworkAclEntryResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DeleteNetworkAclEntryResponse deleteNetworkAclEntry(DeleteNetworkAclEntryRequest r, Scope scope) {
        acls.deleteEntry(scope, r.networkAclId(), r.ruleNumber(), r.egress());
        return DeleteNetworkAclEntryResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    ReplaceNetworkAclAssociationResponse replaceNetworkAclAssociation(ReplaceNetworkAclAssociationRequest r, Scope scope) {
        return ReplaceNetworkAclAssociationResponse.builder().newAssociationId(acls.replaceAssociation(scope, r.associationId(), r.networkAclId())).build();
    }

    private static NetworkAclEntrySpec spec(Integer ruleNumber, Boolean egress, String protocol, String action, String cidr, String ipv6,
                                            PortRange ports, IcmpTypeCode icmp) {
        return new NetworkAclEntrySpec(ruleNumber, egress, protocol, action, cidr, ipv6, ports == null ? null : ports.from(),
                ports == null ? null : ports.to(), icmp == null ? null : icmp.type(), icmp == null ? null : icmp.code());
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
