package dev.netsim.route53.account;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.route53.zone.HostedZone;
import dev.netsim.route53.zone.HostedZoneRepository;
import dev.netsim.route53.zone.HostedZoneService;
import dev.netsim.route53.zone.ReusableDelegationSets;
import dev.netsim.route53.zone.Route53Ids;
import dev.netsim.route53.zone.Route53ReferenceLock;

/**
 * Reusable delegation sets: four name servers that hosted zones created with the set's id share.
 * A set made from a zone takes that zone's servers; a set that zones use cannot be deleted.
 */
@Service
@Transactional
public class DelegationSetService implements ReusableDelegationSets {

    static final String KIND = "delegation-set";
    static final int MAX_SETS = 100;
    static final int MAX_ZONES_PER_SET = 100;

    /** A delegation set as stored. */
    public record DelegationSet(String id, String callerReference, List<String> nameServers) {
    }

    private final Route53ResourceRepository resources;
    private final HostedZoneRepository zoneRows;
    private final HostedZoneService zones;
    private final IdGenerator ids;
    private final Route53ReferenceLock referenceLock;

    public DelegationSetService(Route53ResourceRepository resources, HostedZoneRepository zoneRows, HostedZoneService zones, IdGenerator ids,
                                Route53ReferenceLock referenceLock) {
        this.resources = resources;
        this.zoneRows = zoneRows;
        this.zones = zones;
        this.ids = ids;
        this.referenceLock = referenceLock;
    }

    public DelegationSet create(Scope scope, String callerReference, String hostedZoneId) {
        if (callerReference == null || callerReference.isEmpty() || callerReference.length() > 128) {
            throw new AwsException("InvalidInput", "CallerReference must be 1 to 128 characters long.");
        }
        referenceLock.hold();
        if (all(scope).stream().anyMatch(s -> s.callerReference().equals(callerReference))) {
            throw new AwsException("DelegationSetAlreadyCreated", "A delegation set with the same owner and caller reference combination has "
                    + "already been created.");
        }
        if (resources.countByKindAndAccount(KIND, scope.account()) >= MAX_SETS) {
            throw new AwsException("LimitsExceeded", "You have reached the maximum number of reusable delegation sets (" + MAX_SETS + ").");
        }
        List<String> servers;
        if (hostedZoneId != null) {
            HostedZone zone = zoneRows.findByIdAndAccount(Route53Ids.bare(hostedZoneId), scope.account())
                    .orElseThrow(() -> new AwsException("HostedZoneNotFound", "The hosted zone " + hostedZoneId + " does not exist."));
            if (zone.isPrivateZone()) {
                throw new AwsException("InvalidInput", "A private hosted zone has no delegation set to reuse.");
            }
            if (zone.getDelegationSetId() != null) {
                throw new AwsException("DelegationSetAlreadyReusable", "The hosted zone " + zone.getId() + " already uses reusable delegation set "
                        + zone.getDelegationSetId() + ".");
            }
            servers = List.copyOf(zone.getNameServers());
        } else {
            servers = zones.newNameServers();
        }
        DelegationSet set = new DelegationSet(ids.upperAlnum("N", 20), callerReference, servers);
        resources.save(new Route53Resource(KIND, set.id(), scope.account(), null, set));
        return set;
    }

    @Transactional(readOnly = true)
    public DelegationSet get(Scope scope, String id) {
        String bare = Route53Ids.bare(id);
        return resources.findByKindAndIdAndAccount(KIND, bare, scope.account()).map(r -> r.body(DelegationSet.class))
                .orElseThrow(() -> new AwsException("NoSuchDelegationSet", "A reusable delegation set with the ID " + bare + " does not exist."));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<String>> nameServers(Scope scope, String delegationSetId) {
        return Optional.of(get(scope, delegationSetId).nameServers());
    }

    @Override
    @Transactional(readOnly = true)
    public long zonesUsing(Scope scope, String delegationSetId) {
        return zoneRows.countByAccountAndDelegationSetId(scope.account(), delegationSetId);
    }

    @Transactional(readOnly = true)
    public List<DelegationSet> all(Scope scope) {
        return resources.findByKindAndAccountOrderById(KIND, scope.account()).stream().map(r -> r.body(DelegationSet.class)).toList();
    }

    @Transactional(readOnly = true)
    public Page<DelegationSet> list(Scope scope, String marker, Integer maxItems) {
        return Pager.page(all(scope), DelegationSet::id, maxItems, marker, "InvalidInput");
    }

    public void delete(Scope scope, String id) {
        DelegationSet set = get(scope, id);
        if (zonesUsing(scope, set.id()) > 0) {
            throw new AwsException("DelegationSetInUse", "The reusable delegation set " + set.id() + " is used by one or more hosted zones.");
        }
        resources.deleteById(new Route53Resource.Key(KIND, set.id()));
    }
}
