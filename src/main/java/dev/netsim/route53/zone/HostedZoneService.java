package dev.netsim.route53.zone;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.ec2.vpc.VpcService;

/**
 * Hosted zones: creation with delegation set, default records and change; get, list (by id, by
 * name, by VPC), count, comment, VPC associations of private zones, delete. Route 53 is global
 * per account.
 */
@Service
@Transactional
public class HostedZoneService {

    public static final int MAX_HOSTED_ZONES = 500;
    public static final int MAX_ZONES_PER_DELEGATION_SET = 100;
    public static final int MAX_VPCS_PER_ZONE = 300;
    public static final int MAX_RECORD_SETS_PER_ZONE = 10000;
    private static final String[] NAME_SERVER_DOMAINS = {"com", "net", "org", "co.uk"};

    /** Private zones' NS and SOA records name these four servers, whichever zone it is. */
    private static final List<String> PRIVATE_NAME_SERVERS = List.of("ns-1536.awsdns-00.co.uk.", "ns-0.awsdns-00.com.", "ns-1024.awsdns-00.org.",
            "ns-512.awsdns-00.net.");

    private final HostedZoneRepository zones;
    private final Route53ChangeService changes;
    private final ObjectProvider<ZoneRecords> records;
    private final VpcService vpcs;
    private final IdGenerator ids;
    private final RandomGenerator random;
    private final Clock clock;
    private final Route53ReferenceLock referenceLock;
    private final ObjectProvider<ReusableDelegationSets> delegationSets;
    private final ObjectProvider<VpcAssociationAuthorizations> authorizations;
    private final ObjectProvider<ZoneDependents> dependents;

    public HostedZoneService(HostedZoneRepository zones, Route53ChangeService changes, ObjectProvider<ZoneRecords> records, VpcService vpcs, IdGenerator ids,
                             RandomGenerator random, Clock clock, Route53ReferenceLock referenceLock,
                             ObjectProvider<ReusableDelegationSets> delegationSets, ObjectProvider<VpcAssociationAuthorizations> authorizations,
                             ObjectProvider<ZoneDependents> dependents) {
        this.zones = zones;
        this.changes = changes;
        this.records = records;
        this.vpcs = vpcs;
        this.ids = ids;
        this.random = random;
        this.clock = clock;
        this.referenceLock = referenceLock;
        this.delegationSets = delegationSets;
        this.authorizations = authorizations;
        this.dependents = dependents;
    }

    public record ZoneRequest(String name, String callerReference, String comment, Boolean privateZone, String vpcId, String vpcRegion,
                              String delegationSetId) {
    }

    public record ZoneWithChange(HostedZone zone, Route53Change change) {
    }

    public ZoneWithChange create(Scope scope, ZoneRequest request) {
        String name = DomainNames.zoneName(request.name());
        String reference = request.callerReference();
        if (reference == null || reference.isEmpty() || reference.length() > 128) {
            throw new AwsException("InvalidInput", "CallerReference must be 1 to 128 characters long.");
        }
        checkComment(request.comment());
        referenceLock.hold();
        if (zones.findByAccountAndCallerReference(scope.account(), reference).isPresent()) {
            throw new AwsException("HostedZoneAlreadyExists", "A hosted zone has already been created with the specified caller reference.", 409);
        }
        boolean wantsPrivate = Boolean.TRUE.equals(request.privateZone()) || request.vpcId() != null;
        if (wantsPrivate && (request.vpcId() == null || request.vpcRegion() == null)) {
            throw new AwsException("InvalidInput", "A private hosted zone needs a VPC: give VPCId and VPCRegion.");
        }
        if (wantsPrivate) {
            checkVpc(scope, request.vpcId(), request.vpcRegion(), name);
        }
        if (zones.countByAccount(scope.account()) >= MAX_HOSTED_ZONES) {
            throw new AwsException("TooManyHostedZones", "You have reached the maximum number of hosted zones (" + MAX_HOSTED_ZONES + ").");
        }
        HostedZone zone = new HostedZone(ids.upperAlnum("Z", 20), scope.account(), name, reference, request.comment(), clock.instant());
        if (wantsPrivate) {
            zone.makePrivate(request.vpcId(), request.vpcRegion());
        }
        if (request.delegationSetId() != null) {
            if (wantsPrivate) {
                throw new AwsException("InvalidInput", "A private hosted zone cannot use a reusable delegation set.");
            }
            String setId = Route53Ids.bare(request.delegationSetId());
            ReusableDelegationSets sets = delegationSets.getObject();
            zone.getNameServers().addAll(sets.nameServers(scope, setId).orElseThrow());
            if (sets.zonesUsing(scope, setId) >= MAX_ZONES_PER_DELEGATION_SET) {
                throw new AwsException("TooManyHostedZones", "The reusable delegation set " + setId + " already serves "
                        + MAX_ZONES_PER_DELEGATION_SET + " hosted zones.");
            }
            zone.useDelegationSet(setId);
        } else {
            zone.getNameServers().addAll(wantsPrivate ? PRIVATE_NAME_SERVERS : newNameServers());
        }
        zones.save(zone);
        records.getObject().createDefaults(zone);
        return new ZoneWithChange(zone, changes.submit(scope, null));
    }

    private static void checkComment(String comment) {
        if (comment != null && comment.length() > 256) {
            throw new AwsException("InvalidInput", "The comment can be at most 256 characters long.");
        }
    }

    /** The VPC must exist, and no other private zone of this name may answer in it. */
    private void checkVpc(Scope scope, String vpcId, String vpcRegion, String zoneName) {
        if (!vpcs.exists(new Scope(scope.account(), vpcRegion), vpcId)) {
            throw new AwsException("InvalidVPCId", "The VPC " + vpcId + " in region " + vpcRegion + " does not exist.");
        }
        boolean conflict = zones.findByAccountOrderById(scope.account()).stream()
                .anyMatch(z -> z.isPrivateZone() && z.getName().equals(zoneName) && z.getVpcs().contains(new HostedZone.ZoneVpc(vpcId, vpcRegion)));
        if (conflict) {
            throw new AwsException("ConflictingDomainExists", "The VPC " + vpcId + " is already associated with a private hosted zone named " + zoneName + ".");
        }
    }

    /** Four name servers in the four TLDs, like {@code ns-1234.awsdns-12.org}. */
    public List<String> newNameServers() {
        return java.util.Arrays.stream(NAME_SERVER_DOMAINS)
                .map(tld -> "ns-" + random.nextInt(2048) + ".awsdns-" + String.format("%02d", random.nextInt(64)) + "." + tld)
                .toList();
    }

    @Transactional(readOnly = true)
    public HostedZone get(Scope scope, String id) {
        String bare = Route53Ids.bare(id);
        return zones.findByIdAndAccount(bare, scope.account())
                .orElseThrow(() -> new AwsException("NoSuchHostedZone", "No hosted zone found with ID: " + bare, 404));
    }

    /** The zone, locked until the transaction ends: changes to one zone's records (and its deletion) happen one at a time. */
    public HostedZone lockForChange(Scope scope, String id) {
        String bare = Route53Ids.bare(id);
        return zones.lockForChange(bare, scope.account())
                .orElseThrow(() -> new AwsException("NoSuchHostedZone", "No hosted zone found with ID: " + bare, 404));
    }

    /** ListHostedZones: {@code maxitems} is a string on the wire, at most 100 per page. */
    @Transactional(readOnly = true)
    public Page<HostedZone> list(Scope scope, String marker, String maxItems) {
        return Pager.page(zones.findByAccountOrderById(scope.account()), HostedZone::getId, PageSize.of(maxItems, 100, 100), marker, "InvalidInput");
    }

    /** A page of ListHostedZonesByName, and where the next one starts. */
    public record NamePage(List<HostedZone> zones, HostedZone next) {
    }

    /** ListHostedZonesByName: by name with labels reversed, then id, from DNSName (and HostedZoneId) on. */
    @Transactional(readOnly = true)
    public NamePage listByName(Scope scope, String dnsName, String hostedZoneId, String maxItems) {
        if (hostedZoneId != null && dnsName == null) {
            throw new AwsException("InvalidInput", "HostedZoneId can only be given with DNSName.");
        }
        int max = PageSize.of(maxItems, 100, 100);
        String start = dnsName == null ? null : DomainNames.recordName(dnsName);
        if (dnsName != null && start == null) {
            throw new AwsException("InvalidDomainName", dnsName + " is not a valid domain name.");
        }
        String startId = hostedZoneId == null ? null : Route53Ids.bare(hostedZoneId);
        Comparator<HostedZone> order = Comparator.comparing(HostedZone::getName, DomainNames::compareReversed).thenComparing(HostedZone::getId);
        List<HostedZone> sorted = zones.findByAccountOrderById(scope.account()).stream().sorted(order)
                .filter(z -> start == null || DomainNames.compareReversed(z.getName(), start) > 0
                        || (z.getName().equals(start) && (startId == null || z.getId().compareTo(startId) >= 0)))
                .toList();
        return new NamePage(sorted.subList(0, Math.min(max, sorted.size())), sorted.size() > max ? sorted.get(max) : null);
    }

    /** ListHostedZonesByVPC: the private zones associated with a VPC. */
    @Transactional(readOnly = true)
    public Page<HostedZone> listByVpc(Scope scope, String vpcId, String vpcRegion, String maxItems, String nextToken) {
        HostedZone.ZoneVpc vpc = new HostedZone.ZoneVpc(vpcId, vpcRegion);
        List<HostedZone> associated = zones.findByAccountOrderById(scope.account()).stream().filter(z -> z.getVpcs().contains(vpc)).toList();
        return Pager.page(associated, HostedZone::getId, PageSize.of(maxItems, 100, 100), nextToken, "InvalidPaginationToken");
    }

    @Transactional(readOnly = true)
    public long count(Scope scope) {
        return zones.countByAccount(scope.account());
    }

    public HostedZone updateComment(Scope scope, String id, String comment) {
        checkComment(comment);
        HostedZone zone = get(scope, id);
        zone.updateComment(comment);
        return zone;
    }

    /**
     * AssociateVPCWithHostedZone: a zone of the caller's, or another account's zone whose owner
     * authorized this VPC (CreateVPCAssociationAuthorization).
     */
    public Route53Change associateVpc(Scope scope, String id, String vpcId, String vpcRegion, String comment) {
        String bare = Route53Ids.bare(id);
        HostedZone zone = zones.lockForChange(bare, scope.account()).orElse(null);
        if (zone == null) {
            zone = zones.findById(bare).orElseThrow(() -> new AwsException("NoSuchHostedZone", "No hosted zone found with ID: " + bare, 404));
            if (!authorizations.stream().anyMatch(a -> a.authorized(bare, vpcId, vpcRegion))) {
                throw new AwsException("NotAuthorizedException", "The hosted zone " + bare + " belongs to another account, which has not authorized "
                        + "the association of " + vpcId + " (CreateVPCAssociationAuthorization).", 401);
            }
        }
        if (!zone.isPrivateZone()) {
            throw new AwsException("PublicZoneVPCAssociation", "You're trying to associate a VPC with a public hosted zone. Amazon Route 53 doesn't "
                    + "support associating a VPC with a public hosted zone.");
        }
        if (zone.getVpcs().contains(new HostedZone.ZoneVpc(vpcId, vpcRegion))) {
            throw new AwsException("ConflictingDomainExists", "The VPC " + vpcId + " is already associated with hosted zone " + zone.getId() + ".");
        }
        checkVpc(scope, vpcId, vpcRegion, zone.getName());
        if (zone.getVpcs().size() >= MAX_VPCS_PER_ZONE) {
            throw new AwsException("LimitsExceeded", "A private hosted zone can be associated with at most " + MAX_VPCS_PER_ZONE + " VPCs.");
        }
        zone.getVpcs().add(new HostedZone.ZoneVpc(vpcId, vpcRegion));
        return changes.submit(scope, comment);
    }

    public Route53Change disassociateVpc(Scope scope, String id, String vpcId, String vpcRegion, String comment) {
        HostedZone zone = get(scope, id);
        HostedZone.ZoneVpc vpc = new HostedZone.ZoneVpc(vpcId, vpcRegion);
        if (!zone.getVpcs().contains(vpc)) {
            throw new AwsException("VPCAssociationNotFound", "The VPC " + vpcId + " in region " + vpcRegion + " is not associated with hosted zone "
                    + zone.getId() + ".", 404);
        }
        if (zone.getVpcs().size() == 1) {
            throw new AwsException("LastVPCAssociation", "The VPC " + vpcId + " is the last VPC associated with hosted zone " + zone.getId()
                    + "; a private hosted zone needs at least one.");
        }
        zone.getVpcs().remove(vpc);
        return changes.submit(scope, comment);
    }

    /** UpdateHostedZoneFeatures. */
    public void updateFeatures(Scope scope, String id, Boolean acceleratedRecovery) {
        HostedZone zone = lockForChange(scope, id);
        if (acceleratedRecovery != null) {
            if (zone.isPrivateZone()) {
                throw new AwsException("InvalidInput", "Accelerated recovery is for public hosted zones.");
            }
            zone.setAcceleratedRecovery(acceleratedRecovery);
        }
    }

    /** DeleteHostedZone: only while the zone holds nothing but its SOA and apex NS records. */
    public Route53Change delete(Scope scope, String id) {
        HostedZone zone = lockForChange(scope, id);
        if (zone.getRecordSetCount() > 2) {
            throw new AwsException("HostedZoneNotEmpty", "The specified hosted zone contains non-required resource record sets and so cannot be deleted.");
        }
        zones.delete(zone);
        dependents.forEach(d -> d.zoneDeleted(zone.getId()));
        return changes.submit(scope, null);
    }
}
