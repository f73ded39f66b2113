package dev.netsim.simulation.dns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

/**
 * One hosted zone as the answer engine reads it: name, privacy and VPCs, and its record sets
 * indexed by owner name; every name between a record's owner and the apex exists too (an empty
 * non-terminal answers NODATA, not NXDOMAIN).
 */
public final class ZoneSnapshot {

    private final String id;
    private final String account;
    private final Name name;
    private final boolean privateZone;
    private final Set<String> vpcIds;
    private final Map<Name, List<RecordSet>> byName = new HashMap<>();
    private final Map<RecordSet, List<Record>> records = new IdentityHashMap<>();
    private final Set<Name> existing = new HashSet<>();
    private final RecordSet soa;
    private final boolean delegates;

    public ZoneSnapshot(String id, String account, String name, boolean privateZone, Set<String> vpcIds, List<RecordSet> sets) {
        this.id = id;
        this.account = account;
        this.name = RecordData.name(name);
        this.privateZone = privateZone;
        this.vpcIds = Set.copyOf(vpcIds);
        RecordSet apexSoa = null;
        boolean hasCut = false;
        for (RecordSet set : sets) {
            Name owner = RecordData.name(set.name());
            byName.computeIfAbsent(owner, n -> new ArrayList<>()).add(set);
            for (Name n = owner; n.subdomain(this.name); n = parent(n)) {
                existing.add(n);
                if (n.equals(this.name)) {
                    break;
                }
            }
            if (!set.isAlias()) {
                records.put(set, RecordData.records(owner, set.type(), set.ttl() == null ? 0 : set.ttl(), set.values()));
            }
            hasCut |= set.type().equals("NS") && !owner.equals(this.name);
            if (set.type().equals("SOA") && owner.equals(this.name)) {
                apexSoa = set;
            }
        }
        this.soa = apexSoa;
        this.delegates = hasCut;
    }

    static Name parent(Name name) {
        return new Name(name, 1);
    }

    public String id() { return id; }
    public String account() { return account; }
    public Name name() { return name; }
    public boolean isPrivate() { return privateZone; }
    public Set<String> vpcIds() { return vpcIds; }
    public RecordSet soa() { return soa; }

    /** Whether any name below the apex has NS records (a delegation), so lookups must look for cuts. */
    public boolean delegates() {
        return delegates;
    }

    public List<RecordSet> setsAt(Name owner) {
        return byName.getOrDefault(owner, List.of());
    }

    /** A set's values as DNS records, read once for every answer that uses them. */
    public List<Record> recordsOf(RecordSet set) {
        return records.getOrDefault(set, List.of());
    }

    /** Whether the name has records or records below it. */
    public boolean exists(Name owner) {
        return existing.contains(owner);
    }
}
