package dev.netsim.ec2.subnet;

import java.time.Clock;
import java.util.List;
import java.util.Map;

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
import dev.netsim.ec2.ResourceDeletedEvent;
import dev.netsim.ec2.region.RegionCatalog;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.Vpc;
import dev.netsim.ec2.vpc.VpcCidrBlock;
import dev.netsim.ec2.vpc.VpcLookup;

/** Subnets: creation inside a VPC CIDR without overlap, in a valid AZ; attributes; deletion. */
@Service
@Transactional
public class SubnetService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("subnet", "InvalidSubnetID", "InvalidSubnetID.NotFound", "subnet", 5, 1000);

    private static final FilterSpec<Tagged<Subnet>> FILTERS = FilterSpec.<Tagged<Subnet>>builder(Tagged::tags)
            .on("subnet-id", t -> t.resource().getId())
            .on("subnet-arn", t -> t.resource().arn())
            .on("vpc-id", t -> t.resource().getVpcId())
            .on("cidr-block", t -> t.resource().getCidrBlock())
            .on("cidr", t -> t.resource().getCidrBlock())
            .on("cidrBlock", t -> t.resource().getCidrBlock())
            .on("availability-zone", t -> t.resource().getAvailabilityZone())
            .on("availabilityZone", t -> t.resource().getAvailabilityZone())
            .on("availability-zone-id", t -> t.resource().getAvailabilityZoneId())
            .on("availabilityZoneId", t -> t.resource().getAvailabilityZoneId())
            .on("available-ip-address-count", t -> t.resource().availableIpAddressCount())
            .on("default-for-az", t -> t.resource().isDefaultForAz())
            .on("defaultForAz", t -> t.resource().isDefaultForAz())
            .on("map-public-ip-on-launch", t -> t.resource().isMapPublicIpOnLaunch())
            .on("state", t -> t.resource().getState())
            .on("owner-id", t -> t.resource().getAccount())
            .on("assign-ipv6-address-on-creation", t -> t.resource().isAssignIpv6AddressOnCreation())
            .on("ipv6-native", t -> false)
            .on("enable-dns64", t -> false)
            .on("map-customer-owned-ip-on-launch", t -> false)
            .on("private-dns-name-options-on-launch.hostname-type", t -> "ip-name")
            .on("private-dns-name-options-on-launch.enable-resource-name-dns-a-record", t -> false)
            .on("private-dns-name-options-on-launch.enable-resource-name-dns-aaaa-record", t -> false)
            // features Netsim does not model: never present, so these match nothing
            .on("customer-owned-ipv4-pool", t -> null)
            .on("enable-lni-at-device-index", t -> null)
            .on("outpost-arn", t -> null)
            .on("ipv6-cidr-block-association.ipv6-cidr-block", t -> t.resource().getIpv6CidrBlock())
            .on("ipv6-cidr-block-association.association-id", t -> t.resource().getIpv6AssociationId())
            .on("ipv6-cidr-block-association.state", t -> t.resource().getIpv6CidrBlock() == null ? null : "associated")
            .build();

    private final SubnetRepository subnets;
    private final SubnetLookup lookup;
    private final VpcLookup vpcLookup;
    private final List<SubnetResidents> residents;
    private final RegionCatalog regions;
    private final TagService tags;
    private final IdGenerator ids;
    private final Ec2Quotas quotas;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public SubnetService(SubnetRepository subnets, SubnetLookup lookup, VpcLookup vpcLookup, List<SubnetResidents> residents,
                         RegionCatalog regions, TagService tags, IdGenerator ids, Ec2Quotas quotas, Clock clock,
                ApplicationEventPublisher events) {
        this.subnets = subnets;
        this.lookup = lookup;
        this.vpcLookup = vpcLookup;
        this.residents = residents;
        this.regions = regions;
        this.tags = tags;
        this.ids = ids;
        this.quotas = quotas;
        this.clock = clock;
        this.events = events;
    }

    /** The settings CreateSubnet takes. Availability zone may be given by name or by id, or left to Netsim. */
    public record SubnetSpec(String vpcId, String cidrBlock, String ipv6CidrBlock, String availabilityZone, String availabilityZoneId,
                             Map<String, String> tags) {
    }

    public Tagged<Subnet> create(Scope scope, SubnetSpec spec) {
        if (spec.cidrBlock() == null || spec.cidrBlock().isEmpty()) {
            throw Ec2Errors.missing("CidrBlock");
        }
        Ipv4Cidr cidr = Ipv4Cidr.parseOrNull(spec.cidrBlock());
        if (cidr == null) {
            throw Ec2Errors.invalidValue("cidrBlock", spec.cidrBlock(), "This is not a valid CIDR block.");
        }
        // The VPC row lock serialises concurrent CreateSubnet calls on one VPC, so the overlap check below holds.
        Vpc vpc = vpcLookup.lock(scope, spec.vpcId());
        RegionCatalog.Zone zone = zone(scope, spec, vpc);
        boolean insideVpc = vpc.getCidrBlocks().stream().map(VpcCidrBlock::getCidrBlock).map(Ipv4Cidr::parseOrNull).anyMatch(b -> b.contains(cidr));
        if (cidr.prefixLength() < 16 || cidr.prefixLength() > 28 || !insideVpc) {
            throw new AwsException("InvalidSubnet.Range", "The CIDR '" + spec.cidrBlock() + "' is invalid.");
        }
        List<SubnetRepository.Blocks> siblings = subnets.blocksInVpc(vpc.getId());
        if (siblings.stream().anyMatch(s -> Ipv4Cidr.parseOrNull(s.cidrBlock()).overlaps(cidr))) {
            throw new AwsException("InvalidSubnet.Conflict", "The CIDR '" + cidr + "' conflicts with another subnet");
        }
        if (siblings.size() >= quotas.subnetsPerVpc()) {
            throw new AwsException("SubnetLimitExceeded", "The maximum number of subnets for VPC " + vpc.getId() + " has been reached.");
        }
        Subnet subnet = save(scope, ids.ec2Id("subnet"), vpc.getId(), cidr, zone, false);
        if (spec.ipv6CidrBlock() != null) {
            subnet.associateIpv6(ids.ec2Id("subnet-cidr-assoc"), ipv6Block(vpc, subnet, spec.ipv6CidrBlock(), siblings).toString());
        }
        return new Tagged<>(subnet, tags.tagNew(scope, subnet.getId(), "subnet", spec.tags()));
    }

    /** Stores a subnet and associates it with its VPC's default ACL (also used for the default VPC's subnets). */
    public Subnet save(Scope scope, String subnetId, String vpcId, Ipv4Cidr cidr, RegionCatalog.Zone zone, boolean defaultForAz) {
        // save merges an entity with an assigned id: later changes must go to the managed copy it returns
        Subnet subnet = subnets.save(new Subnet(subnetId, scope.account(), scope.region(), vpcId, cidr.toString(),
                zone.name(), zone.zoneId(), defaultForAz, clock.instant()));
        residents.forEach(r -> r.subnetCreated(vpcId, subnet.getId()));
        return subnet;
    }

    private RegionCatalog.Zone zone(Scope scope, SubnetSpec spec, Vpc vpc) {
        if (spec.availabilityZone() != null && spec.availabilityZoneId() != null) {
            throw new AwsException("InvalidParameterCombination", "Only one of AvailabilityZone or AvailabilityZoneId may be specified.");
        }
        List<RegionCatalog.Zone> zones = regions.region(scope.region()).zones();
        if (spec.availabilityZone() != null) {
            return regions.zoneByName(scope.region(), spec.availabilityZone()).orElseThrow(() -> Ec2Errors.invalidValue("availabilityZone",
                    spec.availabilityZone(), "Subnets can currently only be created in the following availability zones: "
                            + String.join(", ", zones.stream().map(RegionCatalog.Zone::name).toList()) + "."));
        }
        if (spec.availabilityZoneId() != null) {
            return regions.zoneById(scope.region(), spec.availabilityZoneId()).orElseThrow(() -> Ec2Errors.invalidValue("availabilityZoneId",
                    spec.availabilityZoneId(), "Subnets can currently only be created in the following availability zone ids: "
                            + String.join(", ", zones.stream().map(RegionCatalog.Zone::zoneId).toList()) + "."));
        }
        // AWS picks a zone for you; Netsim spreads a VPC's subnets over the zones in order.
        return zones.get((int) (subnets.countByVpcId(vpc.getId()) % zones.size()));
    }

    @Transactional(readOnly = true)
    public Page<Tagged<Subnet>> describe(Scope scope, DescribeQuery query) {
        List<Tagged<Subnet>> all = tags.withTags(scope, subnets.findByAccountAndRegionOrderById(scope.account(), scope.region()), Subnet::getId);
        return query.apply(KIND, all, Subnet::getId, FILTERS);
    }

    @Transactional(readOnly = true)
    public Tagged<Subnet> get(Scope scope, String subnetId) {
        return new Tagged<>(find(scope, subnetId), tags.tagsOf(subnetId));
    }

    /** DeleteSubnet: refused while addresses of the subnet are in use; its associations go with it. */
    public void delete(Scope scope, String subnetId) {
        // the subnet's row lock keeps addresses from being allocated in it while it goes
        Subnet subnet = lookup.lock(scope, subnetId);
        if (subnet.getUsedAddressCount() > 0) {
            throw new AwsException("DependencyViolation", "The subnet '" + subnetId + "' has dependencies and cannot be deleted: "
                    + subnet.getUsedAddressCount() + " addresses are in use.");
        }
        residents.forEach(r -> r.subnetDeleted(subnetId));
        tags.forget(subnetId);
        subnets.delete(subnet);
        events.publishEvent(new ResourceDeletedEvent(subnetId));
    }

    /**
     * ModifySubnetAttribute: exactly one attribute per call, as AWS requires; Netsim models
     * MapPublicIpOnLaunch and AssignIpv6AddressOnCreation (only a subnet with an IPv6 block can assign from it).
     */
    public void modifyAttribute(Scope scope, String subnetId, Boolean mapPublicIpOnLaunch, Boolean assignIpv6AddressOnCreation) {
        Subnet subnet = find(scope, subnetId);
        if ((mapPublicIpOnLaunch == null) == (assignIpv6AddressOnCreation == null)) {
            throw new AwsException("InvalidParameterCombination",
                    "Specify exactly one attribute per call; Netsim supports MapPublicIpOnLaunch and AssignIpv6AddressOnCreation.");
        }
        if (mapPublicIpOnLaunch != null) {
            subnet.setMapPublicIpOnLaunch(mapPublicIpOnLaunch);
            return;
        }
        if (assignIpv6AddressOnCreation && subnet.getIpv6CidrBlock() == null) {
            throw new AwsException("InvalidParameterValue", "Subnet " + subnetId + " has no IPv6 CIDR block; it cannot assign IPv6 addresses on creation.");
        }
        subnet.setAssignIpv6AddressOnCreation(assignIpv6AddressOnCreation);
    }

    /** AssociateSubnetCidrBlock: one IPv6 block per subnet, inside an IPv6 block of the VPC, overlapping no other subnet's. */
    public Subnet associateIpv6(Scope scope, String subnetId, String ipv6CidrBlock) {
        Subnet subnet = find(scope, subnetId);
        Vpc vpc = vpcLookup.lock(scope, subnet.getVpcId());
        if (ipv6CidrBlock == null || ipv6CidrBlock.isEmpty()) {
            throw Ec2Errors.missing("Ipv6CidrBlock");
        }
        if (subnet.getIpv6CidrBlock() != null) {
            throw new AwsException("InvalidParameterValue", "Subnet " + subnetId + " already has the IPv6 CIDR block " + subnet.getIpv6CidrBlock()
                    + " (association " + subnet.getIpv6AssociationId() + "); a subnet can have one.");
        }
        Ipv6Cidr block = ipv6Block(vpc, subnet, ipv6CidrBlock, subnets.blocksInVpc(vpc.getId()));
        subnet.associateIpv6(ids.ec2Id("subnet-cidr-assoc"), block.toString());
        return subnet;
    }

    /** DisassociateSubnetCidrBlock by the IPv6 association id. Returns the subnet as it was, block included. */
    public Ipv6Disassociation disassociateIpv6(Scope scope, String associationId) {
        if (associationId == null || associationId.isEmpty()) {
            throw Ec2Errors.missing("AssociationId");
        }
        Subnet subnet = subnets.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                .filter(s -> associationId.equals(s.getIpv6AssociationId())).findFirst()
                .orElseThrow(() -> new AwsException("InvalidSubnetCidrBlockAssociationID.NotFound",
                        "The subnet CIDR block association ID '" + associationId + "' does not exist"));
        vpcLookup.lock(scope, subnet.getVpcId());
        Ipv6Disassociation gone = new Ipv6Disassociation(subnet.getId(), associationId, subnet.getIpv6CidrBlock());
        subnet.disassociateIpv6();
        return gone;
    }

    public record Ipv6Disassociation(String subnetId, String associationId, String ipv6CidrBlock) {
    }

    private static Ipv6Cidr ipv6Block(Vpc vpc, Subnet subnet, String text, List<SubnetRepository.Blocks> siblings) {
        Ipv6Cidr block = Ipv6Cidr.parseOrNull(text);
        if (block == null) {
            throw Ec2Errors.invalidValue("ipv6CidrBlock", text, "This is not a valid IPv6 CIDR block.");
        }
        boolean insideVpc = vpc.getIpv6CidrBlocks().stream().map(b -> Ipv6Cidr.parseOrNull(b.getIpv6CidrBlock())).anyMatch(b -> b.contains(block));
        // AWS subnets take /44 to /64 IPv6 blocks
        if (block.prefixLength() < 44 || block.prefixLength() > 64 || !insideVpc) {
            throw new AwsException("InvalidSubnet.Range", "The IPv6 CIDR '" + text + "' is invalid for subnet " + subnet.getId()
                    + ": it must be a /44 to /64 inside an IPv6 CIDR block of " + vpc.getId() + ".");
        }
        siblings.stream().filter(s -> !s.id().equals(subnet.getId()) && s.ipv6CidrBlock() != null)
                .filter(s -> Ipv6Cidr.parseOrNull(s.ipv6CidrBlock()).overlaps(block)).findFirst().ifPresent(s -> {
                    throw new AwsException("InvalidSubnet.Conflict", "The IPv6 CIDR '" + block + "' conflicts with subnet " + s.id() + ".");
                });
        return block;
    }

    public boolean exists(Scope scope, String subnetId) {
        return subnets.existsByIdAndAccountAndRegion(subnetId, scope.account(), scope.region());
    }

    private Subnet find(Scope scope, String subnetId) {
        return lookup.find(scope, subnetId);
    }
}
