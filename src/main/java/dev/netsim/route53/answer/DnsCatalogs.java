package dev.netsim.route53.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.netsim.common.persistence.CommittedWrites;
import dev.netsim.common.persistence.SeparateReads;
import dev.netsim.route53.cidr.CidrCollectionService;
import dev.netsim.route53.healthcheck.HealthCheckObservations;
import dev.netsim.route53.healthcheck.HealthStatusService;
import dev.netsim.route53.record.AliasTargetDirectory;
import dev.netsim.route53.record.RecordSetRepository;
import dev.netsim.route53.record.RecordSetRow;
import dev.netsim.route53.trafficpolicy.TrafficPolicyInstanceService;
import dev.netsim.route53.zone.HostedZone;
import dev.netsim.route53.zone.HostedZoneRepository;
import dev.netsim.simulation.dns.AliasEndpoint;
import dev.netsim.simulation.dns.DnsAnswerEngine;
import dev.netsim.simulation.dns.DnsCatalog;
import dev.netsim.simulation.dns.RecordSet;
import dev.netsim.simulation.dns.TrafficPolicyTree;
import dev.netsim.simulation.dns.ZoneSnapshot;

/**
 * The answer engine over every hosted zone and traffic policy instance of every account, assembled from one consistent read
 * and kept until the next committed write (a replaced location table is one), the next change of a
 * probed health check, or — when an alias evaluates a load balancer's health, which changes by itself —
 * a second later. The DNS server answers thousands of queries from one assembly.
 */
@Component
public class DnsCatalogs {

    private static final Duration SELF_CHANGING = Duration.ofSeconds(1);

    private record Key(long writes, long health) {
    }

    private record Cached(Key key, Instant expires, DnsAnswerEngine engine) {
    }

    private final HostedZoneRepository zones;
    private final RecordSetRepository records;
    private final HealthStatusService health;
    private final HealthCheckObservations observations;
    private final CidrCollectionService cidrCollections;
    private final TrafficPolicyInstanceService instances;
    private final ObjectProvider<AliasTargetDirectory> aliasTargets;
    private final DnsLocations locations;
    private final CommittedWrites writes;
    private final TransactionTemplate reads;
    private final Clock clock;
    private volatile Cached cached;

    DnsCatalogs(HostedZoneRepository zones, RecordSetRepository records, HealthStatusService health, HealthCheckObservations observations,
                CidrCollectionService cidrCollections, TrafficPolicyInstanceService instances,
                ObjectProvider<AliasTargetDirectory> aliasTargets, DnsLocations locations, CommittedWrites writes,
                PlatformTransactionManager transactions, Clock clock) {
        this.zones = zones;
        this.records = records;
        this.health = health;
        this.observations = observations;
        this.cidrCollections = cidrCollections;
        this.instances = instances;
        this.aliasTargets = aliasTargets;
        this.locations = locations;
        this.writes = writes;
        this.reads = SeparateReads.of(transactions);
        this.clock = clock;
    }

    public DnsAnswerEngine engine() {
        // a probed status change is no database write, so the observations count their own changes; a
        // replaced location table is (it is stored), so the count of writes covers it
        Key key = new Key(writes.version(), observations.statusChanges());
        Cached current = cached;
        if (isFresh(current, key)) {
            return current.engine();
        }
        synchronized (this) {
            current = cached;
            if (!isFresh(current, key)) {
                current = writes.readingConsistently(version -> reads.execute(status -> assemble(key)));
                cached = current;
            }
            return current.engine();
        }
    }

    private boolean isFresh(Cached current, Key key) {
        return current != null && current.key().equals(key) && clock.instant().isBefore(current.expires());
    }

    private Cached assemble(Key key) {
        Map<String, List<RecordSet>> byZone = new HashMap<>();
        for (RecordSetRow row : records.findAll()) {
            byZone.computeIfAbsent(row.getZoneId(), z -> new ArrayList<>()).add(row.recordSet());
        }
        List<ZoneSnapshot> snapshots = new ArrayList<>();
        Map<AliasEndpoint.Key, AliasEndpoint> endpoints = new HashMap<>();
        for (HostedZone zone : zones.findAll()) {
            List<RecordSet> sets = byZone.getOrDefault(zone.getId(), List.of());
            Set<String> vpcs = zone.getVpcs().stream().map(HostedZone.ZoneVpc::vpcId).collect(Collectors.toSet());
            snapshots.add(new ZoneSnapshot(zone.getId(), zone.getAccount(), zone.getName(), zone.isPrivateZone(), vpcs, sets));
            for (RecordSet set : sets) {
                if (set.isAlias() && !set.aliasTarget().hostedZoneId().equals(zone.getId())) {
                    endpoint(zone.getAccount(), set.aliasTarget())
                            .ifPresent(e -> endpoints.put(new AliasEndpoint.Key(set.aliasTarget().hostedZoneId(), set.aliasTarget().dnsName()), e));
                }
            }
        }
        Map<String, TrafficPolicyTree> policyTrees = instances.trees((account, type, dnsName) -> {
            for (AliasTargetDirectory directory : aliasTargets) {
                Optional<String> zoneId = directory.hostedZoneOf(account, type, dnsName);
                if (zoneId.isPresent()) {
                    RecordSet.AliasTarget target = new RecordSet.AliasTarget(zoneId.get(), dnsName, true);
                    AliasEndpoint.Key endpointKey = new AliasEndpoint.Key(zoneId.get(), dnsName);
                    endpoint(account, target).ifPresent(e -> endpoints.put(endpointKey, e));
                    return endpointKey;
                }
            }
            return null;
        });
        boolean selfChanging = endpoints.values().stream().anyMatch(e -> e.healthy() != null);
        DnsCatalog catalog = new DnsCatalog(snapshots, health.verdictsOfAll(), endpoints, cidrCollections.models(), policyTrees, locations.table());
        Instant expires = selfChanging ? clock.instant().plus(SELF_CHANGING) : Instant.MAX;
        return new Cached(key, expires, new DnsAnswerEngine(catalog));
    }

    private Optional<AliasEndpoint> endpoint(String account, RecordSet.AliasTarget target) {
        return aliasTargets.stream().filter(d -> d.serves(target.hostedZoneId())).findFirst()
                .flatMap(d -> d.find(account, target.hostedZoneId(), target.dnsName()))
                .map(r -> new AliasEndpoint(r.description(), r.ipv4(), r.ipv6(), 60, r.evaluatesHealth() ? r.healthy() : null));
    }
}
