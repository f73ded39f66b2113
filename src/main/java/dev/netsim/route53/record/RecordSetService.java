package dev.netsim.route53.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.route53.zone.DomainNames;
import dev.netsim.route53.zone.HostedZone;
import dev.netsim.route53.zone.HostedZoneService;
import dev.netsim.route53.zone.PageSize;
import dev.netsim.route53.zone.Route53Change;
import dev.netsim.route53.zone.Route53ChangeService;
import dev.netsim.route53.zone.ZoneRecords;
import dev.netsim.simulation.dns.RecordSet;

/**
 * The record sets of hosted zones: the SOA and NS sets a zone starts with, ChangeResourceRecordSets
 * (validated whole, then stored whole, or not at all) and ListResourceRecordSets in Route 53's order.
 */
@Service
@Transactional
public class RecordSetService implements ZoneRecords {

    static final long NS_TTL = 172800;
    static final long SOA_TTL = 900;

    private final RecordSetRepository rows;
    private final HostedZoneService zones;
    private final Route53ChangeService changes;
    private final ChangeBatchContext context;
    private final IdGenerator ids;

    public RecordSetService(RecordSetRepository rows, HostedZoneService zones,
                            Route53ChangeService changes, ChangeBatchContext context, IdGenerator ids) {
        this.rows = rows;
        this.zones = zones;
        this.changes = changes;
        this.context = context;
        this.ids = ids;
    }

    /** The apex NS set (the zone's four name servers) and the SOA set naming the first of them. */
    @Override
    public void createDefaults(HostedZone zone) {
        List<String> servers = zone.getNameServers().stream().map(ns -> ns.endsWith(".") ? ns : ns + ".").toList();
        rows.save(new RecordSetRow(ids.uuid(), zone.getId(), simple(zone.getName(), "NS", NS_TTL, servers)));
        rows.save(new RecordSetRow(ids.uuid(), zone.getId(), simple(zone.getName(), "SOA", SOA_TTL,
                List.of(servers.get(0) + " awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400"))));
    }

    private static RecordSet simple(String name, String type, long ttl, List<String> values) {
        return new RecordSet(name, type, null, ttl, values, null, null, null, null, null, null, null, null, null, null);
    }

    /** ChangeResourceRecordSets: every change checked, then all stored in this transaction, or none. */
    public Route53Change change(Scope scope, String zoneId, List<ChangeBatch.Change> requested, String comment) {
        List<String> problems = apply(scope, zoneId, requested);
        if (!problems.isEmpty()) {
            throw new AwsException("InvalidChangeBatch", problems.toString()).withMessages(problems);
        }
        return changes.submit(scope, comment);
    }

    /**
     * A change Route 53 makes itself (the record of a traffic policy instance), checked like the
     * user's: Route 53's problems with it, and nothing stored, or none when it is stored.
     */
    public List<String> applyOwn(Scope scope, String zoneId, String action, RecordSet set) {
        return apply(scope, zoneId, List.of(new ChangeBatch.Change(action, set)));
    }

    private List<String> apply(Scope scope, String zoneId, List<ChangeBatch.Change> requested) {
        HostedZone zone = zones.lockForChange(scope, zoneId);
        if (requested.isEmpty()) {
            throw new AwsException("InvalidInput", "1 validation error detected: Value '[]' at 'changeBatch.changes' failed to satisfy constraint: "
                    + "Member must have length greater than or equal to 1");
        }
        List<ChangeBatch.Change> batch = new ArrayList<>();
        List<String> shapeProblems = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            ChangeBatch.Change change = normalised(requested.get(i));
            shapeProblems.addAll(ChangeShape.problems(change.action(), change.set(), i + 1));
            batch.add(change);
        }
        if (!shapeProblems.isEmpty()) {
            throw new AwsException("InvalidInput", ChangeShape.summary(shapeProblems));
        }
        List<RecordSetRow> stored = rows.findByZoneId(zone.getId());
        Map<RecordSet.Key, RecordSetRow> byKey = new LinkedHashMap<>();
        stored.forEach(row -> byKey.put(row.recordSet().key(), row));
        Map<RecordSet.Key, RecordSet> current = new LinkedHashMap<>();
        byKey.forEach((key, row) -> current.put(key, row.recordSet()));
        ChangeBatch working = new ChangeBatch(new ChangeBatch.Zone(zone.getId(), zone.getName(), zone.isPrivateZone()), current,
                context.forAccount(scope));
        List<String> problems = working.apply(batch);
        if (!problems.isEmpty()) {
            return problems;
        }
        ChangeBatch.Result result = working.result();
        for (RecordSet.Key key : result.removed()) {
            rows.delete(byKey.get(key));
        }
        for (RecordSet.Key key : result.written()) {
            RecordSet set = result.sets().get(key);
            RecordSetRow row = byKey.get(key);
            if (row == null) {
                rows.save(new RecordSetRow(ids.uuid(), zone.getId(), set));
            } else {
                row.replace(set);
            }
        }
        zone.countRecordSets(result.sets().size() - (long) stored.size());
        return List.of();
    }

    /** Names as Route 53 keeps them (lower case, octal escapes, trailing dot); a name that is no DNS name at all is InvalidInput. */
    private static ChangeBatch.Change normalised(ChangeBatch.Change change) {
        RecordSet s = change.set();
        String name = DomainNames.recordName(s.name());
        if (name == null) {
            throw new AwsException("InvalidInput", "Invalid request: " + s.name() + " is not a valid DNS name in Change with [Action=" + change.action()
                    + ", Name=" + s.name() + ", Type=" + s.type() + ", SetIdentifier=" + s.setIdentifier() + "]");
        }
        RecordSet.AliasTarget alias = s.aliasTarget();
        if (alias != null && alias.dnsName() != null) {
            String target = DomainNames.recordName(alias.dnsName());
            alias = new RecordSet.AliasTarget(alias.hostedZoneId(), target == null ? alias.dnsName() : target, alias.evaluateTargetHealth());
        }
        return new ChangeBatch.Change(change.action(), new RecordSet(name, s.type(), s.setIdentifier(), s.ttl(), s.values(), alias, s.weight(),
                s.region(), s.failover(), s.geoLocation(), s.geoProximity(), s.multiValueAnswer(), s.cidrRouting(), s.healthCheckId(),
                s.trafficPolicyInstanceId()));
    }

    /** A page of ListResourceRecordSets and the key the next page starts at (null on the last page). */
    public record RecordPage(List<RecordSet> sets, RecordSet next) {
    }

    /** Route 53's order: name with labels reversed, then type, then set identifier. */
    static final Comparator<RecordSet> ORDER = Comparator.comparing(RecordSet::name, DomainNames::compareReversed)
            .thenComparing(RecordSet::type)
            .thenComparing(s -> s.setIdentifier() == null ? "" : s.setIdentifier());

    @Transactional(readOnly = true)
    public RecordPage list(Scope scope, String zoneId, String startName, String startType, String startIdentifier, String maxItems) {
        HostedZone zone = zones.get(scope, zoneId);
        if (startType != null && startName == null) {
            throw new AwsException("InvalidInput", "The input is not valid: StartRecordType can only be given with StartRecordName.");
        }
        if (startIdentifier != null && startType == null) {
            throw new AwsException("InvalidInput", "The input is not valid: StartRecordIdentifier can only be given with StartRecordName and "
                    + "StartRecordType.");
        }
        int max = PageSize.of(maxItems, 300, 300);
        String name = startName == null ? null : DomainNames.recordName(startName);
        if (startName != null && name == null) {
            throw new AwsException("InvalidInput", "Invalid value for StartRecordName: " + startName);
        }
        RecordSet start = name == null ? null
                : new RecordSet(name, startType == null ? "" : startType, startIdentifier, null, null, null, null, null, null, null, null, null, null,
                null, null);
        List<RecordSet> sorted = rows.findByZoneId(zone.getId()).stream().map(RecordSetRow::recordSet).sorted(ORDER)
                .filter(s -> start == null || ORDER.compare(s, start) >= 0)
                .toList();
        return new RecordPage(sorted.subList(0, Math.min(max, sorted.size())), sorted.size() > max ? sorted.get(max) : null);
    }
}
