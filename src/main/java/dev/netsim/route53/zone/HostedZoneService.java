package dev.netsim.route53.zone;

import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.ec2.vpc.VpcService;

/** Hosted zones: creation with delegation set and change, get, list, delete. Route 53 is global per account. */
@Service
@Transactional
public class HostedZoneService {

    static final int MAX_HOSTED_ZONES = 500;
    private static final String[] NAME_SERVER_DOMAINS = {"com", "net", "org", "co.uk"};

    private final HostedZoneRepository zones;
    private final Route53ChangeRepository changes;
    private final VpcService vpcs;
    private final IdGenerator ids;
    private final RandomGenerator random;
    private final Clock clock;

    public HostedZoneService(HostedZoneRepository zones, Route53ChangeRepository changes, VpcService vpcs, IdGenerator ids,
                             RandomGenerator random, Clock clock) {
        this.zones = zones;
        this.changes = changes;
        this.vpcs = vpcs;
        this.ids = ids;
        this.random = random;
        this.clock = clock;
    }

    public record ZoneRequest(String name, String callerReference, String comment, Boolean privateZone, String vpcId, String vpcRegion) {
    }

    public record ZoneWithChange(HostedZone zone, Route53Change change) {
    }

    public ZoneWithChange create(Scope scope, ZoneRequest request) {
        String name = DomainNames.zoneName(request.name());
        String reference = request.callerReference();
        if (reference == null || reference.isEmpty() || reference.length() > 128) {
            throw new AwsException("InvalidInput", "CallerReference must be 1 to 128 characters long.");
        }
        if (request.comment() != null && request.comment().length() > 256) {
            throw new AwsException("InvalidInput", "The comment can be at most 256 characters long.");
        }
        if (zones.findByAccountAndCallerReference(scope.account(), reference).isPresent()) {
            throw new AwsException("HostedZoneAlreadyExists", "A hosted zone has already been created with the specified caller reference.", 409);
        }
        boolean wantsPrivate = Boolean.TRUE.equals(request.privateZone()) || request.vpcId() != null;
        if (wantsPrivate && (request.vpcId() == null || request.vpcRegion() == null)) {
            throw new AwsException("InvalidInput", "A private hosted zone needs a VPC: give VPCId and VPCRegion.");
        }
        if (wantsPrivate && !vpcs.exists(new Scope(scope.account(), request.vpcRegion()), request.vpcId())) {
            throw new AwsException("InvalidVPCId", "The VPC " + request.vpcId() + " in region " + request.vpcRegion() + " does not exist.");
        }
        if (zones.countByAccount(scope.account()) >= MAX_HOSTED_ZONES) {
            throw new AwsException("TooManyHostedZones", "You have reached the maximum number of hosted zones (" + MAX_HOSTED_ZONES + ").");
        }
        HostedZone zone = new HostedZone(ids.upperAlnum("Z", 20), scope.account(), name, reference, request.comment(), clock.instant());
        if (wantsPrivate) {
            zone.makePrivate(request.vpcId(), request.vpcRegion());
        } else {
            zone.getNameServers().addAll(nameServers());
        }
        zones.save(zone);
        return new ZoneWithChange(zone, newChange(scope, null));
    }

    /** Four name servers in the four TLDs, like {@code ns-1234.awsdns-12.org}. */
    private List<String> nameServers() {
        return java.util.Arrays.stream(NAME_SERVER_DOMAINS)
                .map(tld -> "ns-" + random.nextInt(2048) + ".awsdns-" + String.format("%02d", random.nextInt(64)) + "." + tld)
                .toList();
    }

    private Route53Change newChange(Scope scope, String comment) {
        return changes.save(new Route53Change(ids.upperAlnum("C", 20), scope.account(), clock.instant(), comment));
    }

    @Transactional(readOnly = true)
    public HostedZone get(Scope scope, String id) {
        String bare = Route53Ids.bare(id);
        return zones.findByIdAndAccount(bare, scope.account())
                .orElseThrow(() -> new AwsException("NoSuchHostedZone", "No hosted zone found with ID: " + bare, 404));
    }

    /** ListHostedZones: {@code maxitems} is a string on the wire, at most 100 per page. */
    @Transactional(readOnly = true)
    public Page<HostedZone> list(Scope scope, String marker, String maxItems) {
        int max = 100;
        if (maxItems != null) {
            try {
                max = Math.min(100, Integer.parseInt(maxItems.trim()));
            } catch (NumberFormatException e) {
                throw new AwsException("InvalidInput", "Invalid value for maxitems: " + maxItems);
            }
            if (max < 1) {
                throw new AwsException("InvalidInput", "maxitems must be a positive number.");
            }
        }
        return Pager.page(zones.findByAccountOrderById(scope.account()), HostedZone::getId, max, marker, "InvalidInput");
    }

    /** DeleteHostedZone: only while the zone holds nothing but its SOA and apex NS records. */
    public Route53Change delete(Scope scope, String id) {
        HostedZone zone = get(scope, id);
        if (zone.getRecordSetCount() > 2) {
            throw new AwsException("HostedZoneNotEmpty", "The specified hosted zone contains non-required resource record sets and so cannot be deleted.");
        }
        zones.delete(zone);
        return newChange(scope, null);
    }
}
