package dev.netsim.ec2.vpc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.net.Ipv4Cidr;
import dev.netsim.common.net.Ipv6Cidr;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.Ec2Quotas;
import dev.netsim.ec2.RegionQuotaLock;
import dev.netsim.ec2.ResourceDeletedEvent;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;

/** VPCs: creation with their main route table, default security group and default ACL; CIDRs; attributes. */
@Service
@Transactional
public class VpcService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("vpc", "InvalidVpcID", "InvalidVpcID.NotFound", "vpc", 5, 1000);
    private static final Ipv4Cidr LINK_LOCAL = Ipv4Cidr.parseOrNull("169.254.0.0/16");

    private static final FilterSpec<Tagged<Vpc>> FILTERS = FilterSpec.<Tagged<Vpc>>builder(Tagged::tags)
            .on("vpc-id", t -> t.resource().getId())
            .on("cidr", t -> t.resource().getCidrBlock())
            .on("state", t -> t.resource().getState())
            .on("is-default", t -> t.resource().isDefaultVpc())
            .on("owner-id", t -> t.resource().getAccount())
            .on("dhcp-options-id", t -> t.resource().getDhcpOptionsId())
            .onEach("cidr-block-association.cidr-block", t -> t.resource().getCidrBlocks().stream().map(VpcCidrBlock::getCidrBlock).toList())
            .onEach("cidr-block-association.association-id", t -> t.resource().getCidrBlocks().stream().map(VpcCidrBlock::getAssociationId).toList())
            .onEach("cidr-block-association.state", t -> t.resource().getCidrBlocks().stream().map(VpcCidrBlock::getState).toList())
            .onEach("ipv6-cidr-block-association.ipv6-cidr-block", t -> ipv6(t).map(VpcIpv6CidrBlock::getIpv6CidrBlock).toList())
            .onEach("ipv6-cidr-block-association.ipv6-pool", t -> ipv6(t).map(VpcIpv6CidrBlock::getIpv6Pool).toList())
            .onEach("ipv6-cidr-block-association.association-id", t -> ipv6(t).map(VpcIpv6CidrBlock::getAssociationId).toList())
            .onEach("ipv6-cidr-block-association.state", t -> ipv6(t).map(VpcIpv6CidrBlock::getState).toList())
            .build();

    /** AWS's quota of IPv6 CIDR blocks per VPC. */
    static final int IPV6_CIDRS_PER_VPC = 5;

    private final VpcRepository vpcs;
    private final AmazonIpv6Pool ipv6Pool;
    private final VpcLookup lookup;
    private final List<VpcResidents> residents;
    private final TagService tags;
    private final IdGenerator ids;
    private final Ec2Quotas quotas;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final RegionQuotaLock quotaLock;

    public VpcService(VpcRepository vpcs, AmazonIpv6Pool ipv6Pool, VpcLookup lookup, List<VpcResidents> residents, TagService tags, IdGenerator ids,
                      Ec2Quotas quotas, Clock clock, ApplicationEventPublisher events, RegionQuotaLock quotaLock) {
        this.vpcs = vpcs;
        this.ipv6Pool = ipv6Pool;
        this.lookup = lookup;
        this.residents = residents;
        this.tags = tags;
        this.ids = ids;
        this.quotas = quotas;
        this.clock = clock;
        this.events = events;
        this.quotaLock = quotaLock;
    }

    private static java.util.stream.Stream<VpcIpv6CidrBlock> ipv6(Tagged<Vpc> t) {
        return t.resource().getIpv6CidrBlocks().stream();
    }

    public Tagged<Vpc> create(Scope scope, String cidrBlock, String instanceTenancy, boolean amazonProvidedIpv6, Map<String, String> newTags) {
        Ipv4Cidr cidr = vpcCidr(cidrBlock);
        String tenancy = instanceTenancy == null ? "default" : instanceTenancy;
        if (!tenancy.equals("default") && !tenancy.equals("dedicated")) {
            throw Ec2Errors.invalidValue("InstanceTenancy", tenancy, "Valid values are default and dedicated.");
        }
        quotaLock.hold(scope);
        if (vpcs.countByAccountAndRegion(scope.account(), scope.region()) >= quotas.vpcsPerRegion()) {
            throw new AwsException("VpcLimitExceeded", "The maximum number of VPCs has been reached.");
        }
        Vpc vpc = createWithDefaults(scope, ids.ec2Id("vpc"), cidr, tenancy, false);
        if (amazonProvidedIpv6) {
            addAmazonIpv6(vpc);
        }
        return new Tagged<>(vpc, tags.tagNew(scope, vpc.getId(), "vpc", newTags));
    }

    /** A VPC with what AWS creates along with it: main route table, default security group, default ACL. */
    public Vpc createWithDefaults(Scope scope, String vpcId, Ipv4Cidr cidr, String tenancy, boolean defaultVpc) {
        Vpc fresh = new Vpc(vpcId, scope.account(), scope.region(), cidr.toString(), tenancy, defaultVpc, clock.instant());
        fresh.addCidrBlock(ids.ec2Id("vpc-cidr-assoc"), cidr.toString(), true);
        // save merges an entity with an assigned id: later changes must go to the managed copy it returns
        Vpc vpc = vpcs.save(fresh);
        residents.forEach(r -> r.vpcCreated(scope, vpc.getId(), cidr.toString()));
        return vpc;
    }

    @Transactional(readOnly = true)
    public Page<Tagged<Vpc>> describe(Scope scope, DescribeQuery query) {
        List<Tagged<Vpc>> all = tags.withTags(scope, vpcs.findInScope(scope.account(), scope.region()), Vpc::getId);
        return query.apply(KIND, all, Vpc::getId, FILTERS);
    }

    @Transactional(readOnly = true)
    public Tagged<Vpc> get(Scope scope, String vpcId) {
        return new Tagged<>(lookup.find(scope, vpcId), tags.tagsOf(vpcId));
    }

    /** Deletes a VPC once nothing depends on it; its main table, default group and default ACL go with it. */
    public void delete(Scope scope, String vpcId) {
        Vpc vpc = lookup.lock(scope, vpcId);
        List<String> dependants = new ArrayList<>();
        residents.forEach(r -> dependants.addAll(r.dependantsOf(vpcId)));
        if (!dependants.isEmpty()) {
            throw Ec2Errors.dependencyViolation("vpc", vpcId, String.join(", ", dependants));
        }
        residents.forEach(r -> r.vpcDeleted(vpcId));
        tags.forget(vpcId);
        vpcs.delete(vpc);
        events.publishEvent(new ResourceDeletedEvent(vpcId));
    }

    /** ModifyVpcAttribute: exactly one attribute per call, as AWS requires. */
    public void modifyAttribute(Scope scope, String vpcId, Boolean enableDnsSupport, Boolean enableDnsHostnames, Boolean addressUsageMetrics) {
        Vpc vpc = lookup.find(scope, vpcId);
        long given = java.util.stream.Stream.of(enableDnsSupport, enableDnsHostnames, addressUsageMetrics).filter(java.util.Objects::nonNull).count();
        if (given != 1) {
            throw new AwsException("InvalidParameterCombination", "Exactly one attribute must be specified per call: EnableDnsSupport, "
                    + "EnableDnsHostnames or EnableNetworkAddressUsageMetrics.");
        }
        if (enableDnsSupport != null) {
            vpc.setEnableDnsSupport(enableDnsSupport);
        } else if (enableDnsHostnames != null) {
            vpc.setEnableDnsHostnames(enableDnsHostnames);
        } else {
            vpc.setEnableNetworkAddressUsageMetrics(addressUsageMetrics);
        }
    }

    /** ModifyVpcTenancy: only to default, which is all AWS allows (a dedicated VPC's new instances then run on shared hardware). */
    public void modifyTenancy(Scope scope, String vpcId, String instanceTenancy) {
        Vpc vpc = lookup.find(scope, vpcId);
        if (instanceTenancy == null) {
            throw Ec2Errors.missing("InstanceTenancy");
        }
        if (!instanceTenancy.equals("default")) {
            throw Ec2Errors.invalidValue("InstanceTenancy", instanceTenancy, "A VPC's tenancy can be changed to default only.");
        }
        vpc.setInstanceTenancy("default");
    }

    /** DescribeVpcAttribute: the value of one attribute. */
    @Transactional(readOnly = true)
    public boolean attribute(Scope scope, String vpcId, String attribute) {
        Vpc vpc = lookup.find(scope, vpcId);
        if (attribute == null) {
            throw Ec2Errors.missing("Attribute");
        }
        return switch (attribute) {
            case "enableDnsSupport" -> vpc.isEnableDnsSupport();
            case "enableDnsHostnames" -> vpc.isEnableDnsHostnames();
            case "enableNetworkAddressUsageMetrics" -> vpc.isEnableNetworkAddressUsageMetrics();
            default -> throw Ec2Errors.invalidValue("Attribute", attribute,
                    "Valid values are enableDnsSupport, enableDnsHostnames and enableNetworkAddressUsageMetrics.");
        };
    }

    /** What AssociateVpcCidrBlock added: an IPv4 block or an IPv6 one. */
    public record CidrAssociation(VpcCidrBlock ipv4, VpcIpv6CidrBlock ipv6) {
    }

    /** AssociateVpcCidrBlock: a secondary IPv4 CIDR or an Amazon-provided IPv6 block, exactly one. */
    public CidrAssociation associateCidr(Scope scope, String vpcId, String cidrBlock, boolean amazonProvidedIpv6) {
        if (amazonProvidedIpv6 == (cidrBlock != null)) {
            throw new AwsException(amazonProvidedIpv6 ? "InvalidParameterCombination" : "MissingParameter",
                    "The request must contain exactly one of CidrBlock or AmazonProvidedIpv6CidrBlock.");
        }
        return amazonProvidedIpv6 ? new CidrAssociation(null, associateAmazonIpv6(scope, vpcId))
                : new CidrAssociation(associateIpv4(scope, vpcId, cidrBlock), null);
    }

    /** A secondary IPv4 CIDR, with AWS's size, overlap, family and quota rules. */
    private VpcCidrBlock associateIpv4(Scope scope, String vpcId, String cidrBlock) {
        Vpc vpc = lookup.lock(scope, vpcId);
        Ipv4Cidr cidr = vpcCidr(cidrBlock);
        List<Ipv4Cidr> existing = vpc.getCidrBlocks().stream().map(b -> Ipv4Cidr.parseOrNull(b.getCidrBlock())).toList();
        if (existing.stream().anyMatch(cidr::overlaps)) {
            throw new AwsException("InvalidVpc.Range", "The CIDR '" + cidr + "' conflicts with a CIDR block of the VPC " + vpcId + ".");
        }
        Ipv4CidrFamilies.requireCompatible(Ipv4Cidr.parseOrNull(vpc.getCidrBlock()), cidr);
        if (existing.size() >= quotas.ipv4CidrsPerVpc()) {
            throw new AwsException("CidrLimitExceeded", "This network '" + vpcId + "' has met its maximum number of allowed CIDRs: " + quotas.ipv4CidrsPerVpc());
        }
        String associationId = ids.ec2Id("vpc-cidr-assoc");
        vpc.addCidrBlock(associationId, cidr.toString(), false);
        residents.forEach(r -> r.blockAdded(vpcId, cidr.toString()));
        return vpc.getCidrBlocks().get(vpc.getCidrBlocks().size() - 1);
    }

    /** A /56 from Amazon's pool, up to AWS's quota. */
    private VpcIpv6CidrBlock associateAmazonIpv6(Scope scope, String vpcId) {
        Vpc vpc = lookup.lock(scope, vpcId);
        if (vpc.getIpv6CidrBlocks().size() >= IPV6_CIDRS_PER_VPC) {
            throw new AwsException("CidrLimitExceeded", "This network '" + vpcId + "' has met its maximum number of allowed IPv6 CIDRs: "
                    + IPV6_CIDRS_PER_VPC);
        }
        return addAmazonIpv6(vpc);
    }

    private VpcIpv6CidrBlock addAmazonIpv6(Vpc vpc) {
        VpcIpv6CidrBlock block = vpc.addIpv6CidrBlock(ids.ec2Id("vpc-cidr-assoc"), ipv6Pool.allocate(), AmazonIpv6Pool.POOL_NAME);
        residents.forEach(r -> r.blockAdded(vpc.getId(), block.getIpv6CidrBlock()));
        return block;
    }

    /** DisassociateVpcCidrBlock: secondary IPv4 CIDRs and IPv6 blocks, only without subnets in them. */
    public VpcCidrAssociationResult disassociateCidr(Scope scope, String associationId) {
        if (associationId == null) {
            throw Ec2Errors.missing("AssociationId");
        }
        Vpc owner = vpcs.findInScope(scope.account(), scope.region()).stream()
                .filter(v -> v.getCidrBlocks().stream().anyMatch(b -> b.getAssociationId().equals(associationId))
                        || v.getIpv6CidrBlocks().stream().anyMatch(b -> b.getAssociationId().equals(associationId)))
                .findFirst()
                .orElseThrow(() -> new AwsException("InvalidVpcCidrBlockAssociationID.NotFound",
                        "The vpc CIDR block association ID '" + associationId + "' does not exist"));
        Vpc vpc = lookup.lock(scope, owner.getId());
        Optional<VpcIpv6CidrBlock> ipv6Block = vpc.getIpv6CidrBlocks().stream().filter(b -> b.getAssociationId().equals(associationId)).findFirst();
        if (ipv6Block.isPresent()) {
            return disassociateIpv6(vpc, ipv6Block.get());
        }
        VpcCidrBlock block = vpc.getCidrBlocks().stream().filter(b -> b.getAssociationId().equals(associationId)).findFirst().orElseThrow();
        if (block.isPrimaryBlock()) {
            throw new AwsException("OperationNotPermitted", "The vpc CIDR block with association ID " + associationId + " may not be disassociated. It is the primary IPv4 CIDR block of the VPC");
        }
        Ipv4Cidr cidr = Ipv4Cidr.parseOrNull(block.getCidrBlock());
        List<String> inside = dependantsOfBlock(vpc.getId(), block.getCidrBlock());
        if (!inside.isEmpty()) {
            throw new AwsException("DependencyViolation", "The CIDR '" + cidr + "' of vpc '" + vpc.getId() + "' has dependencies and cannot be disassociated: " + String.join(", ", inside) + ".");
        }
        vpc.getCidrBlocks().remove(block);
        residents.forEach(r -> r.blockRemoved(vpc.getId(), block.getCidrBlock()));
        return new VpcCidrAssociationResult(vpc.getId(), associationId, block.getCidrBlock(), false);
    }

    private VpcCidrAssociationResult disassociateIpv6(Vpc vpc, VpcIpv6CidrBlock block) {
        Ipv6Cidr cidr = Ipv6Cidr.parseOrNull(block.getIpv6CidrBlock());
        List<String> inside = dependantsOfBlock(vpc.getId(), block.getIpv6CidrBlock());
        if (!inside.isEmpty()) {
            throw new AwsException("DependencyViolation", "The IPv6 CIDR '" + cidr + "' of vpc '" + vpc.getId()
                    + "' has dependencies and cannot be disassociated: " + String.join(", ", inside) + ".");
        }
        vpc.getIpv6CidrBlocks().remove(block);
        residents.forEach(r -> r.blockRemoved(vpc.getId(), block.getIpv6CidrBlock()));
        return new VpcCidrAssociationResult(vpc.getId(), block.getAssociationId(), block.getIpv6CidrBlock(), true);
    }

    private List<String> dependantsOfBlock(String vpcId, String cidr) {
        List<String> dependants = new ArrayList<>();
        residents.forEach(r -> dependants.addAll(r.dependantsOfBlock(vpcId, cidr)));
        return dependants;
    }

    /** What DisassociateVpcCidrBlock answers: which block of which VPC is going, IPv4 or IPv6. */
    public record VpcCidrAssociationResult(String vpcId, String associationId, String cidrBlock, boolean ipv6) {
    }

    /** AssociateDhcpOptions: the VPC's instances use the set from now on ("default" for none). */
    public void useDhcpOptions(Scope scope, String vpcId, String dhcpOptionsId) {
        lookup.lock(scope, vpcId).setDhcpOptionsId(dhcpOptionsId);
    }

    public boolean exists(Scope scope, String vpcId) {
        return lookup.exists(scope, vpcId);
    }

    /** A VPC CIDR: well-formed, /16 to /28, not link-local. */
    private static Ipv4Cidr vpcCidr(String text) {
        if (text == null || text.isEmpty()) {
            throw Ec2Errors.missing("CidrBlock");
        }
        Ipv4Cidr cidr = Ipv4Cidr.parseOrNull(text);
        if (cidr == null) {
            throw Ec2Errors.invalidValue("cidrBlock", text, "This is not a valid CIDR block.");
        }
        if (cidr.prefixLength() < 16 || cidr.prefixLength() > 28 || LINK_LOCAL.overlaps(cidr)) {
            throw new AwsException("InvalidVpc.Range", "The CIDR '" + text + "' is invalid.");
        }
        return cidr;
    }
}
