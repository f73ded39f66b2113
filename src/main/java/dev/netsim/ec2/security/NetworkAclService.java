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

/** Network ACLs. This issue gives every VPC its default ACL and every subnet its association. */
@Service
@Transactional
public class NetworkAclService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("acl", "InvalidNetworkAclId", "InvalidNetworkAclID", "network ACL", 5, 1000);

    private static final FilterSpec<Tagged<NetworkAcl>> FILTERS = FilterSpec.<Tagged<NetworkAcl>>builder(Tagged::tags)
            .on("network-acl-id", t -> t.resource().getId())
            .on("vpc-id", t -> t.resource().getVpcId())
            .on("default", t -> t.resource().isDefaultAcl())
            .on("owner-id", t -> t.resource().getAccount())
            .onEach("association.association-id", t -> t.resource().getAssociations().stream().map(NetworkAclAssociation::getAssociationId).toList())
            .onEach("association.network-acl-id", t -> t.resource().getAssociations().isEmpty() ? List.of() : List.of(t.resource().getId()))
            .onEach("association.subnet-id", t -> t.resource().getAssociations().stream().map(NetworkAclAssociation::getSubnetId).toList())
            .onEach("entry.cidr", t -> entries(t).map(NetworkAclEntry::getCidrBlock).toList())
            .onEach("entry.ipv6-cidr", t -> entries(t).map(NetworkAclEntry::getIpv6CidrBlock).toList())
            .onEach("entry.egress", t -> entries(t).map(NetworkAclEntry::isEgress).toList())
            .onEach("entry.icmp.code", t -> entries(t).map(NetworkAclEntry::getIcmpCode).toList())
            .onEach("entry.icmp.type", t -> entries(t).map(NetworkAclEntry::getIcmpType).toList())
            .onEach("entry.port-range.from", t -> entries(t).map(NetworkAclEntry::getPortFrom).toList())
            .onEach("entry.port-range.to", t -> entries(t).map(NetworkAclEntry::getPortTo).toList())
            .onEach("entry.protocol", t -> entries(t).map(NetworkAclEntry::getProtocol).toList())
            .onEach("entry.rule-action", t -> entries(t).map(NetworkAclEntry::getRuleAction).toList())
            .onEach("entry.rule-number", t -> entries(t).map(NetworkAclEntry::getRuleNumber).toList())
            .build();

    private final NetworkAclRepository acls;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;

    public NetworkAclService(NetworkAclRepository acls, TagService tags, IdGenerator ids, Clock clock) {
        this.acls = acls;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
    }

    private static Stream<NetworkAclEntry> entries(Tagged<NetworkAcl> acl) {
        return acl.resource().entriesWithCatchAll().stream();
    }

    /** The VPC's default ACL: rule 100 allows all traffic in and out. */
    public NetworkAcl createDefault(Scope scope, String vpcId) {
        NetworkAcl acl = new NetworkAcl(ids.ec2Id("acl"), scope.account(), scope.region(), vpcId, true, clock.instant());
        acl.getEntries().add(NetworkAclEntry.allowAll(100, false));
        acl.getEntries().add(NetworkAclEntry.allowAll(100, true));
        return acls.save(acl);
    }

    /** A new subnet starts out associated with its VPC's default ACL. */
    public void associateWithDefault(String vpcId, String subnetId) {
        NetworkAcl acl = acls.findByVpcIdAndDefaultAclTrue(vpcId).orElseThrow(() -> new IllegalStateException("VPC " + vpcId + " has no default ACL"));
        acl.getAssociations().add(new NetworkAclAssociation(ids.ec2Id("aclassoc"), subnetId));
    }

    public void forgetSubnet(String vpcId, String subnetId) {
        acls.findByVpcId(vpcId).forEach(a -> a.getAssociations().removeIf(s -> s.getSubnetId().equals(subnetId)));
    }

    @Transactional(readOnly = true)
    public Page<Tagged<NetworkAcl>> describe(Scope scope, DescribeQuery query) {
        List<Tagged<NetworkAcl>> all = tags.withTags(acls.findByAccountAndRegionOrderById(scope.account(), scope.region()), NetworkAcl::getId);
        return query.apply(KIND, all, NetworkAcl::getId, FILTERS);
    }

    /** ACLs of the VPC other than its default one: each keeps the VPC from being deleted. */
    @Transactional(readOnly = true)
    public List<String> customAclIds(String vpcId) {
        return acls.findByVpcId(vpcId).stream().filter(a -> !a.isDefaultAcl()).map(NetworkAcl::getId).toList();
    }

    public void deleteAclsOf(String vpcId) {
        acls.findByVpcId(vpcId).forEach(a -> {
            tags.forget(a.getId());
            acls.delete(a);
        });
    }

    public boolean exists(Scope scope, String id) {
        return acls.existsByIdAndAccountAndRegion(id, scope.account(), scope.region());
    }
}
