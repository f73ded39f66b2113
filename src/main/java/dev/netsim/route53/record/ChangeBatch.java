package dev.netsim.route53.record;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.netsim.route53.zone.DomainNames;
import dev.netsim.route53.zone.HostedZoneService;
import dev.netsim.simulation.dns.RecordData;
import dev.netsim.simulation.dns.RecordSet;
import dev.netsim.simulation.dns.RoutingPolicy;

/**
 * One ChangeResourceRecordSets batch applied to a working copy of a zone, as Route 53 applies it:
 * change by change in order (a DELETE then a CREATE of one set is legal), then the rules that hold
 * between the sets of each name touched. Every problem is collected; the caller stores the result
 * only when there is none.
 */
final class ChangeBatch {

    static final int MAX_VALUES = 1000;
    static final int MAX_VALUE_CHARACTERS = 32000;
    static final int MAX_RECORD_SETS = HostedZoneService.MAX_RECORD_SETS_PER_ZONE;

    /** One change of the batch. */
    record Change(String action, RecordSet set) {
    }

    /** What the batch needs to know beyond the zone: health checks, alias targets outside it, CIDR locations. */
    interface Context {

        boolean healthCheckExists(String healthCheckId);

        /** Empty when the alias target exists here; else Route 53's message for it. */
        Optional<String> externalAliasProblem(RecordSet set);

        /** Empty when the collection and location exist; else the problem. */
        Optional<String> cidrProblem(RecordSet.CidrRouting routing);
    }

    /** The zone the batch changes. */
    record Zone(String id, String name, boolean privateZone) {
    }

    /** The zone's sets after the batch, and which keys were written or removed. */
    record Result(Map<RecordSet.Key, RecordSet> sets, Set<RecordSet.Key> written, Set<RecordSet.Key> removed) {
    }

    private final Zone zone;
    private final Context context;
    private final Map<RecordSet.Key, RecordSet> sets;
    private final Set<RecordSet.Key> written = new LinkedHashSet<>();
    private final Set<RecordSet.Key> removed = new LinkedHashSet<>();
    private final Set<String> touchedNames = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    ChangeBatch(Zone zone, Map<RecordSet.Key, RecordSet> existing, Context context) {
        this.zone = zone;
        this.context = context;
        this.sets = new LinkedHashMap<>(existing);
    }

    /** @return the problems; empty means {@link #result()} holds the zone after the batch */
    List<String> apply(List<Change> changes) {
        checkSizes(changes);
        for (Change change : changes) {
            apply(change);
        }
        for (String name : touchedNames) {
            checkName(name);
        }
        if (sets.size() > MAX_RECORD_SETS) {
            problems.add("The hosted zone " + zone.name() + " would hold " + sets.size() + " record sets, more than the limit of " + MAX_RECORD_SETS);
        }
        shareWeightedTtls(changes);
        return problems;
    }

    Result result() {
        return new Result(sets, written, removed);
    }

    private void checkSizes(List<Change> changes) {
        int values = 0;
        int characters = 0;
        for (Change change : changes) {
            int weight = change.action().equals("UPSERT") ? 2 : 1; // Route 53 counts an UPSERT's values twice
            values += weight * change.set().values().size();
            characters += weight * change.set().values().stream().mapToInt(String::length).sum();
        }
        if (values > MAX_VALUES) {
            problems.add("Number of records limit of " + MAX_VALUES + " exceeded.");
        }
        if (characters > MAX_VALUE_CHARACTERS) {
            problems.add("Number of characters in record values limit of " + MAX_VALUE_CHARACTERS + " exceeded.");
        }
    }

    private void apply(Change change) {
        RecordSet set = change.set();
        RecordSet.Key key = set.key();
        if (!DomainNames.isWithin(set.name(), zone.name())) {
            problems.add("RRSet with DNS name " + set.name() + " is not permitted in zone " + zone.name());
            return;
        }
        boolean apex = set.name().equals(zone.name());
        if (!change.action().equals("DELETE") && !checkValues(set)) {
            return;
        }
        switch (change.action()) {
            case "CREATE" -> {
                if (sets.containsKey(key)) {
                    problems.add("Tried to create resource record set " + key + " but it already exists");
                    return;
                }
                if (set.type().equals("SOA")) {
                    problems.add("A HostedZone must contain exactly one SOA record.");
                    return;
                }
                put(set);
            }
            case "UPSERT" -> {
                if (set.type().equals("SOA") && !apex) {
                    problems.add("RRSet of type SOA with DNS name " + set.name() + " is not permitted because SOA records are only allowed at the apex "
                            + "of zone " + zone.name());
                    return;
                }
                put(set);
            }
            case "DELETE" -> {
                RecordSet current = sets.get(key);
                if (current == null) {
                    problems.add("Tried to delete resource record set " + key + " but it was not found");
                } else if (!sameDefinition(current, set)) {
                    problems.add("Tried to delete resource record set " + key + " but the values provided do not match the current values");
                } else if (apex && set.type().equals("SOA")) {
                    problems.add("A HostedZone must contain exactly one SOA record.");
                } else if (apex && set.type().equals("NS")) {
                    problems.add("A HostedZone must contain at least one NS record for the zone itself.");
                } else {
                    sets.remove(key);
                    written.remove(key);
                    removed.add(key);
                    touchedNames.add(set.name());
                }
            }
            default -> problems.add("Unknown change action " + change.action());
        }
    }

    private void put(RecordSet set) {
        sets.put(set.key(), set);
        written.add(set.key());
        removed.remove(set.key());
        touchedNames.add(set.name());
    }

    /** The values must be valid for the type (dnsjava reads them as a DNS server would). */
    private boolean checkValues(RecordSet set) {
        if (set.isAlias() || set.trafficPolicyInstanceId() != null) {
            return true; // no values of its own
        }
        if (set.type().equals("CNAME") && set.values().size() > 1) {
            problems.add("RRSet of type CNAME with DNS name " + set.name() + " is not permitted to contain more than one value.");
            return false;
        }
        try {
            RecordData.records(RecordData.name(set.name()), set.type(), set.ttl(), set.values());
            return true;
        } catch (RecordData.InvalidValueException e) {
            problems.add("Invalid Resource Record: 'FATAL problem: " + problemName(set.type(), e.getMessage()) + " encountered with '" + e.value() + "''");
            return false;
        }
    }

    /** Route 53's names for a bad address ({@code ARRDATAIllegalIPv4Address}); other types say what dnsjava found wrong. */
    private static String problemName(String type, String reason) {
        return switch (type) {
            case "A" -> "ARRDATAIllegalIPv4Address (Value is not a valid IPv4 address)";
            case "AAAA" -> "AAAARRDATAIllegalIPv6Address (Value is not a valid IPv6 address)";
            default -> type + "RRDATAInvalid (" + reason + ")";
        };
    }

    /** DELETE must name the set exactly as it is: values (in any order), TTL, alias, policy, health check and traffic policy instance. */
    private static boolean sameDefinition(RecordSet current, RecordSet given) {
        return Objects.equals(current.ttl(), given.ttl())
                && new HashSet<>(current.values()).equals(new HashSet<>(given.values()))
                && Objects.equals(current.aliasTarget(), given.aliasTarget())
                && Objects.equals(current.weight(), given.weight())
                && Objects.equals(current.region(), given.region())
                && Objects.equals(current.failover(), given.failover())
                && Objects.equals(current.geoLocation(), given.geoLocation())
                && Objects.equals(current.geoProximity(), given.geoProximity())
                && Objects.equals(current.multiValueAnswer(), given.multiValueAnswer())
                && Objects.equals(current.cidrRouting(), given.cidrRouting())
                && Objects.equals(current.healthCheckId(), given.healthCheckId())
                && Objects.equals(current.trafficPolicyInstanceId(), given.trafficPolicyInstanceId());
    }

    /** The rules between the sets of one name, checked on the zone as the batch leaves it. */
    private void checkName(String name) {
        List<RecordSet> atName = sets.values().stream().filter(s -> s.name().equals(name)).toList();
        boolean apex = name.equals(zone.name());
        for (RecordSet set : atName) {
            if (!written.contains(set.key())) {
                continue;
            }
            if (set.type().equals("CNAME") && apex) {
                problems.add("RRSet of type CNAME with DNS name " + name + " is not permitted at apex in zone " + zone.name());
            } else if (set.type().equals("CNAME") && atName.stream().anyMatch(other -> !other.type().equals("CNAME"))) {
                problems.add("RRSet of type CNAME with DNS name " + name + " is not permitted as it conflicts with other records with the same DNS name "
                        + "in zone " + zone.name());
            } else if (!set.type().equals("CNAME") && atName.stream().anyMatch(other -> other.type().equals("CNAME"))) {
                problems.add("RRSet of type " + set.type() + " with DNS name " + name + " is not permitted as it conflicts with other records with the "
                        + "same DNS name in zone " + zone.name());
            }
            checkPolicy(set, atName.stream().filter(other -> other.type().equals(set.type()) && !other.key().equals(set.key())).toList());
            checkReferences(set);
        }
    }

    private void checkPolicy(RecordSet set, List<RecordSet> sameType) {
        RoutingPolicy policy = set.policy();
        String label = "RRSet with DNS name " + set.name() + ", type " + set.type() + (set.setIdentifier() == null ? "" : ", SetIdentifier " + set.setIdentifier());
        if (sameType.stream().anyMatch(other -> other.policy() != policy)) {
            problems.add(label + " cannot be created because a resource record set with the same name and type uses another routing policy "
                    + "(each name and type has one: " + policy.label() + " here)");
            return;
        }
        if (policy == RoutingPolicy.SIMPLE && set.type().equals("SOA") && !set.name().equals(zone.name())) {
            problems.add(label + " is not permitted because SOA records are only allowed at the apex of zone " + zone.name());
        }
        switch (policy) {
            case FAILOVER -> {
                if (sameType.stream().anyMatch(other -> other.failover().equals(set.failover()))) {
                    problems.add(label + " cannot be created because another " + set.failover() + " failover record set exists with the same name and type");
                }
            }
            case LATENCY -> {
                if (sameType.stream().anyMatch(other -> other.region().equals(set.region()))) {
                    problems.add(label + " cannot be created because a latency record set for region " + set.region() + " exists with the same name and type");
                }
            }
            case GEOLOCATION -> {
                if (sameType.stream().anyMatch(other -> other.geoLocation().equals(set.geoLocation()))) {
                    problems.add(label + " cannot be created because a geolocation record set for the same location exists with the same name and type");
                }
            }
            case MULTIVALUE -> {
                if (set.isAlias() || set.type().equals("CNAME") || set.type().equals("NS")) {
                    problems.add(label + " is not permitted: multivalue answer routing does not support " + (set.isAlias() ? "alias records" : set.type() + " records"));
                }
            }
            case GEOPROXIMITY, IP_BASED -> {
                if (zone.privateZone()) {
                    problems.add(label + " is not permitted: " + policy.label() + " routing is not supported in private hosted zones");
                }
            }
            default -> {
            }
        }
        if (set.isAlias() && (set.type().equals("NS") || set.type().equals("SOA"))) {
            problems.add(label + " is not permitted: an alias record cannot have type " + set.type());
        }
    }

    private void checkReferences(RecordSet set) {
        if (set.healthCheckId() != null && !context.healthCheckExists(set.healthCheckId())) {
            problems.add("Invalid Health Check ID: " + set.healthCheckId() + " does not exist");
        }
        if (set.cidrRouting() != null) {
            context.cidrProblem(set.cidrRouting()).ifPresent(problems::add);
        }
        if (set.isAlias()) {
            aliasProblem(set).ifPresent(problems::add);
        }
    }

    /** An alias to a record of this zone needs a set of that name and the alias's type; others are checked by the context. */
    private Optional<String> aliasProblem(RecordSet set) {
        RecordSet.AliasTarget target = set.aliasTarget();
        if (!target.hostedZoneId().equals(zone.id())) {
            return context.externalAliasProblem(set);
        }
        String targetName = DomainNames.recordName(target.dnsName());
        String prefix = "Tried to create an alias that targets " + target.dnsName() + ", type " + set.type() + " in zone " + zone.id();
        if (targetName == null || !DomainNames.isWithin(targetName, zone.name())) {
            return Optional.of(prefix + ", but the alias target name does not lie within the target zone");
        }
        if (targetName.equals(set.name())) {
            return Optional.of(prefix + ", but an alias record cannot point to itself");
        }
        boolean found = sets.values().stream().anyMatch(s -> s.name().equals(targetName) && s.type().equals(set.type()));
        return found ? Optional.empty() : Optional.of(prefix + ", but that target was not found");
    }

    /** A weighted group shares one TTL: the one the batch wrote last overwrites the others'. */
    private void shareWeightedTtls(List<Change> changes) {
        if (!problems.isEmpty()) {
            return;
        }
        Set<String> groupsDone = new HashSet<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            RecordSet last = changes.get(i).set();
            if (changes.get(i).action().equals("DELETE") || last.policy() != RoutingPolicy.WEIGHTED || last.ttl() == null
                    || !groupsDone.add(last.name() + " " + last.type())) {
                continue;
            }
            for (RecordSet other : List.copyOf(sets.values())) {
                if (other.name().equals(last.name()) && other.type().equals(last.type()) && other.ttl() != null && !other.ttl().equals(last.ttl())) {
                    sets.put(other.key(), withTtl(other, last.ttl()));
                    written.add(other.key());
                }
            }
        }
    }

    private static RecordSet withTtl(RecordSet s, long ttl) {
        return new RecordSet(s.name(), s.type(), s.setIdentifier(), ttl, s.values(), s.aliasTarget(), s.weight(), s.region(), s.failover(),
                s.geoLocation(), s.geoProximity(), s.multiValueAnswer(), s.cidrRouting(), s.healthCheckId(), s.trafficPolicyInstanceId());
    }
}
