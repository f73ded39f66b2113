package dev.netsim.ec2.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.VpcLookup;

/** Network ACLs: stateless, ordered rule lists per subnet; the default ACL allows all, a custom one denies all. */
@Service
@Transactional
public class NetworkAclService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("acl", "InvalidNetworkAclId", "InvalidNetworkAclID.NotFound", "network ACL", 5, 1000);

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

    static final int ACLS_PER_VPC = 200;
    static final int ENTRIES_PER_DIRECTION_AND_FAMILY = 20;

    private final NetworkAclRepository acls;
    private final VpcLookup vpcs;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;

    public NetworkAclService(NetworkAclRepository acls, VpcLookup vpcs, TagService tags, IdGenerator ids, Clock clock) {
        this.acls = acls;
        this.vpcs = vpcs;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
    }

    /** CreateNetworkAcl: a custom ACL denies everything until entries are added, and serves no subnet yet. */
    public Tagged<NetworkAcl> create(Scope scope, String vpcId, Map<String, String> newTags) {
        vpcs.lock(scope, vpcId);
        if (acls.findByVpcId(vpcId).size() >= ACLS_PER_VPC) {
            throw new AwsException("NetworkAclLimitExceeded", "The maximum number of network ACLs for " + vpcId + " has been reached.");
        }
        NetworkAcl acl = acls.save(new NetworkAcl(ids.ec2Id("acl"), scope.account(), scope.region(), vpcId, false, clock.instant()));
        return new Tagged<>(acl, tags.tagNew(scope, acl.getId(), "network-acl", newTags));
    }

    /** DeleteNetworkAcl: never the default ACL, nor one that still serves subnets. */
    public void delete(Scope scope, String aclId) {
        NetworkAcl acl = find(scope, aclId);
        if (acl.isDefaultAcl()) {
            throw new AwsException("InvalidParameterValue", "cannot delete default network ACL " + aclId);
        }
        if (!acl.getAssociations().isEmpty()) {
            throw Ec2Errors.dependencyViolation("networkAcl", aclId, "associated with " + acl.getAssociations().stream()
                    .map(NetworkAclAssociation::getSubnetId).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        tags.forget(aclId);
        acls.delete(acl);
    }

    public void createEntry(Scope scope, String aclId, NetworkAclEntrySpec spec) {
        NetworkAcl acl = find(scope, aclId);
        NetworkAclEntry entry = spec.toEntry();
        if (entryOf(acl, entry.getRuleNumber(), entry.isEgress()).isPresent()) {
            throw new AwsException("NetworkAclEntryAlreadyExists", "The network acl entry identified by " + entry.getRuleNumber() + " already exists.");
        }
        acl.addEntry(entry);
        long sameKind = acl.getEntries().stream()
                .filter(e -> e.isEgress() == entry.isEgress() && (e.getIpv6CidrBlock() == null) == (entry.getIpv6CidrBlock() == null)).count();
        if (sameKind > ENTRIES_PER_DIRECTION_AND_FAMILY) {
            throw new AwsException("NetworkAclEntryLimitExceeded", "The maximum number of network acl entries has been reached.");
        }
    }

    public void replaceEntry(Scope scope, String aclId, NetworkAclEntrySpec spec) {
        NetworkAcl acl = find(scope, aclId);
        NetworkAclEntry entry = spec.toEntry();
        NetworkAclEntry existing = requireEntry(acl, entry.getRuleNumber(), entry.isEgress());
        existing.replaceRuleWith(entry);
    }

    public void deleteEntry(Scope scope, String aclId, Integer ruleNumber, Boolean egress) {
        NetworkAcl acl = find(scope, aclId);
        if (ruleNumber == null) {
            throw Ec2Errors.missing("RuleNumber");
        }
        acl.getEntries().remove(requireEntry(acl, ruleNumber, Boolean.TRUE.equals(egress)));
    }

    private static Optional<NetworkAclEntry> entryOf(NetworkAcl acl, int ruleNumber, boolean egress) {
        return acl.getEntries().stream().filter(e -> e.getRuleNumber() == ruleNumber && e.isEgress() == egress).findFirst();
    }

    private static NetworkAclEntry requireEntry(NetworkAcl acl, int ruleNumber, boolean egress) {
        return entryOf(acl, ruleNumber, egress).orElseThrow(() -> new AwsException("InvalidNetworkAclEntry.NotFound",
                "The network acl entry identified by " + ruleNumber + " (" + (egress ? "egress" : "ingress") + ") does not exist in " + acl.getId()));
    }

    /** ReplaceNetworkAclAssociation: the subnet moves to another ACL of its VPC; returns the new association id. */
    public String replaceAssociation(Scope scope, String associationId, String newAclId) {
        if (associationId == null) {
            throw Ec2Errors.missing("AssociationId");
        }
        NetworkAcl target = find(scope, newAclId);
        NetworkAcl current = acls.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                .filter(a -> a.getAssociations().stream().anyMatch(s -> s.getAssociationId().equals(associationId))).findFirst()
                .orElseThrow(() -> new AwsException("InvalidAssociationID.NotFound", "The association ID '" + associationId + "' does not exist"));
        if (!current.getVpcId().equals(target.getVpcId())) {
            throw new AwsException("InvalidParameterValue", "network ACL " + newAclId + " and association " + associationId + " belong to different networks");
        }
        NetworkAclAssociation association = current.getAssociations().stream().filter(s -> s.getAssociationId().equals(associationId)).findFirst().orElseThrow();
        current.getAssociations().remove(association);
        acls.flush(); // a subnet has one ACL association: the old row must go before the new one is written
        String newId = ids.ec2Id("aclassoc");
        target.addAssociation(new NetworkAclAssociation(newId, association.getSubnetId()));
        return newId;
    }

    private NetworkAcl find(Scope scope, String aclId) {
        if (aclId == null || aclId.isEmpty()) {
            throw Ec2Errors.missing("NetworkAclId");
        }
        Ec2Ids.requireWellFormed(aclId, "acl", "InvalidNetworkAclId");
        return acls.findByIdAndAccountAndRegion(aclId, scope.account(), scope.region())
                .orElseThrow(() -> Ec2Errors.notFound("InvalidNetworkAclID", "network ACL", aclId));
    }

    private static Stream<NetworkAclEntry> entries(Tagged<NetworkAcl> acl) {
        return acl.resource().entriesWithCatchAll().stream();
    }

    /** The VPC's default ACL: rule 100 allows all traffic in and out. */
    public NetworkAcl createDefault(Scope scope, String vpcId) {
        NetworkAcl acl = new NetworkAcl(ids.ec2Id("acl"), scope.account(), scope.region(), vpcId, true, clock.instant());
        acl.addEntry(NetworkAclEntry.allowAll(100, false));
        acl.addEntry(NetworkAclEntry.allowAll(100, true));
        return acls.save(acl);
    }

    /** A new subnet starts out associated with its VPC's default ACL. */
    public void associateWithDefault(String vpcId, String subnetId) {
        NetworkAcl acl = acls.findByVpcIdAndDefaultAclTrue(vpcId).orElseThrow(() -> new IllegalStateException("VPC " + vpcId + " has no default ACL"));
        acl.addAssociation(new NetworkAclAssociation(ids.ec2Id("aclassoc"), subnetId));
    }

    public void forgetSubnet(String subnetId) {
        acls.deleteAssociationOfSubnet(subnetId);
    }

    @Transactional(readOnly = true)
    public Page<Tagged<NetworkAcl>> describe(Scope scope, DescribeQuery query) {
        List<Tagged<NetworkAcl>> all = tags.withTags(scope, acls.findByAccountAndRegionOrderById(scope.account(), scope.region()), NetworkAcl::getId);
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
