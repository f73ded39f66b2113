package dev.netsim.simulation.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * Route 53's answer to one question, from a frozen {@link DnsCatalog}: the zone that is
 * authoritative for the name, delegations, wildcards, CNAME and alias chains inside our zones, and
 * the routing policy of each name and type with health checks applied — choose by policy among the
 * healthy record sets, and when none is healthy, among all of them (Route 53 then treats all as
 * healthy), and traffic policy records by their instance's rule tree. Every step is explained. Thread-safe; chance comes from the caller's random.
 */
public final class DnsAnswerEngine {

    static final int MAX_CHAIN = 8;

    private final DnsCatalog catalog;

    public DnsAnswerEngine(DnsCatalog catalog) {
        this.catalog = catalog;
    }

    /** What the DNS server answers, with the reasons: public zones, and private zones for clients in one of their VPCs. */
    public DnsAnswer answer(DnsQuery query, RandomGenerator random) {
        return answer(query, random, true);
    }

    /** The same answer without the sentences that explain it, as the DNS server sends it. */
    public DnsAnswer answerWithoutReasons(DnsQuery query, RandomGenerator random) {
        return answer(query, random, false);
    }

    private DnsAnswer answer(DnsQuery query, RandomGenerator random, boolean explaining) {
        Resolution r = new Resolution(catalog, query, random, explaining);
        ZoneSnapshot zone = catalog.zoneFor(r.qname, r.location, false);
        if (zone == null) {
            r.explain(() -> "No hosted zone here is authoritative for " + r.qname + ", so the server refuses the query");
            return r.finish("REFUSED", false, null);
        }
        return r.inZone(zone);
    }

    /** What TestDNSAnswer answers: the record sets of one zone, whoever asks. */
    public DnsAnswer answerInZone(String zoneId, DnsQuery query, RandomGenerator random) {
        Resolution r = new Resolution(catalog, query, random, true);
        ZoneSnapshot zone = catalog.zoneById(zoneId);
        if (zone == null || !r.qname.subdomain(zone.name())) {
            r.explain(() -> r.qname + " is not in hosted zone " + zoneId);
            return r.finish("REFUSED", false, zone == null ? null : zone.id());
        }
        return r.inZone(zone);
    }

    /** The state of one question being answered. */
    private static final class Resolution {

        final DnsCatalog catalog;
        final DnsQuery query;
        final RandomGenerator random;
        final Name qname;
        final int qtype;
        final ClientLocation location;
        final IpPrefix clientPrefix;
        final List<Record> answer = new ArrayList<>();
        final List<Record> authority = new ArrayList<>();
        final List<String> chosen = new ArrayList<>();
        final List<String> explanation = new ArrayList<>();
        final boolean explaining;
        String policy;

        Resolution(DnsCatalog catalog, DnsQuery query, RandomGenerator random, boolean explaining) {
            this.catalog = catalog;
            this.explaining = explaining;
            this.query = query;
            this.random = random;
            this.qname = RecordData.name(query.name().endsWith(".") ? query.name() : query.name() + ".");
            this.qtype = RecordData.typeCode(query.type());
            DnsCatalog.Located located = catalog.locate(query);
            this.clientPrefix = located.prefix();
            this.location = located.location();
            explain(() -> (query.ednsClientSubnet() != null ? "The client subnet " : "The resolver ") + location.source());
        }

        /** Sentences are only written when someone reads them (the DNS server does not): building them costs more than answering. */
        void explain(Supplier<String> sentence) {
            if (explaining) {
                explanation.add(sentence.get());
            }
        }

        DnsAnswer finish(String code, boolean authoritative, String zoneId) {
            return new DnsAnswer(code, authoritative, answer, authority, zoneId, policy, chosen, explanation);
        }

        DnsAnswer inZone(ZoneSnapshot zone) {
            explain(() -> "Hosted zone " + zone.id() + " (" + zone.name() + (zone.isPrivate() ? ", private" : "") + ") is authoritative for " + qname);
            String code = resolve(zone, qname, qtype, 0, true);
            boolean referral = code.equals("DELEGATED");
            return finish(referral ? "NOERROR" : code, !referral, zone.id());
        }

        /**
         * Answers {@code name}/{@code type} in {@code zone} into {@link #answer}; returns the response
         * code (NOERROR, NXDOMAIN, or DELEGATED for a referral). A name that does not exist is
         * NXDOMAIN for the question and the CNAMEs it follows, and an empty answer for an alias.
         */
        String resolve(ZoneSnapshot zone, Name name, int type, int depth, boolean missingIsNxdomain) {
            Name cut = zone.delegates() ? delegation(zone, name, type) : null;
            if (cut != null) {
                List<Record> ns = zone.setsAt(cut).stream().filter(s -> s.type().equals("NS")).findFirst().map(zone::recordsOf).orElse(List.of());
                authority.addAll(ns);
                explain(() -> cut + " is delegated by its NS record set, so the answer is a referral to its name servers");
                return "DELEGATED";
            }
            List<RecordSet> sets = zone.setsAt(name);
            if (sets.isEmpty() && !zone.exists(name)) {
                Name wildcard = wildcardFor(zone, name);
                if (wildcard == null) {
                    negative(zone, name + " has no record sets in zone " + zone.name() + ": NXDOMAIN");
                    return missingIsNxdomain ? "NXDOMAIN" : "NOERROR";
                }
                sets = zone.setsAt(wildcard);
                explain(() -> name + " matches the wildcard record sets of " + wildcard);
            }
            String typeName = Type.string(type);
            List<RecordSet> cnames = new ArrayList<>(1);
            List<RecordSet> typed = new ArrayList<>(sets.size());
            for (RecordSet s : sets) {
                if (s.type().equals("CNAME")) {
                    cnames.add(s);
                }
                if (s.type().equals(typeName)) {
                    typed.add(s);
                }
            }
            if (!cnames.isEmpty() && type != Type.CNAME) {
                return followCname(zone, name, type, depth, cnames);
            }
            if (typed.isEmpty()) {
                negative(zone, name + " has no " + Type.string(type) + " record set: NOERROR with no answer (NODATA)");
                return "NOERROR";
            }
            List<RecordSet> picked = choose(zone, name, typed, depth);
            if (picked.isEmpty()) {
                negative(zone, "No record set of " + name + " " + Type.string(type) + " applies to this client: NOERROR with no answer");
                return "NOERROR";
            }
            for (RecordSet set : picked) {
                answer.addAll(recordsFor(zone, name, set, depth));
            }
            return "NOERROR";
        }

        private void negative(ZoneSnapshot zone, String sentence) {
            explain(() -> sentence);
            if (zone.soa() != null && authority.isEmpty()) {
                authority.addAll(zone.recordsOf(zone.soa()));
            }
        }

        /** A name at or above {@code name} (below the apex) with an NS set: the zone delegates it (DS queries at the cut stay here). */
        private static Name delegation(ZoneSnapshot zone, Name name, int type) {
            Name apex = zone.name();
            for (int labels = apex.labels() + 1; labels <= name.labels(); labels++) {
                Name candidate = new Name(name, name.labels() - labels);
                boolean atQuery = candidate.equals(name);
                if (zone.setsAt(candidate).stream().anyMatch(s -> s.type().equals("NS")) && !(atQuery && type == Type.DS)) {
                    return candidate;
                }
            }
            return null;
        }

        /** {@code *.<closest encloser>}, when the zone has it (RFC 4592). */
        private static Name wildcardFor(ZoneSnapshot zone, Name name) {
            Name encloser = ZoneSnapshot.parent(name);
            while (!zone.exists(encloser) && encloser.labels() > zone.name().labels()) {
                encloser = ZoneSnapshot.parent(encloser);
            }
            try {
                Name wildcard = Name.concatenate(Name.fromConstantString("*"), encloser);
                return zone.setsAt(wildcard).isEmpty() ? null : wildcard;
            } catch (org.xbill.DNS.NameTooLongException e) {
                return null;
            }
        }

        private String followCname(ZoneSnapshot zone, Name name, int type, int depth, List<RecordSet> cnames) {
            List<RecordSet> picked = choose(zone, name, cnames, depth);
            if (picked.isEmpty()) {
                return "NOERROR";
            }
            List<Record> records = recordsFor(zone, name, picked.get(0), depth);
            answer.addAll(records);
            if (records.isEmpty() || depth >= MAX_CHAIN) {
                return "NOERROR";
            }
            Name target = ((org.xbill.DNS.CNAMERecord) records.get(0)).getTarget();
            ZoneSnapshot next = catalog.zoneFor(target, location, zone.isPrivate() ? false : true);
            if (next == null) {
                explain(() -> "The CNAME target " + target + " is outside the hosted zones here; a resolver follows it elsewhere");
                return "NOERROR";
            }
            explain(() -> "Following the CNAME to " + target + " in zone " + next.name());
            String code = resolve(next, target, type, depth + 1, true);
            return code.equals("DELEGATED") ? "NOERROR" : code;
        }

        /** The records one chosen set contributes, owned by the queried name: its values, what its alias target answers, or its traffic policy's choice. */
        private List<Record> recordsFor(ZoneSnapshot zone, Name name, RecordSet set, int depth) {
            if (set.trafficPolicyInstanceId() != null) {
                return fromTrafficPolicy(name, set);
            }
            if (!set.isAlias()) {
                List<Record> stored = zone.recordsOf(set);
                if (stored.size() == 1) {
                    return List.of(owned(stored.get(0), name));
                }
                List<Record> values = new ArrayList<>(stored.size());
                for (Record r : stored) {
                    values.add(owned(r, name));
                }
                Shuffle.shuffle(values, random); // all values, in an order that varies from answer to answer
                return values;
            }
            RecordSet.AliasTarget target = set.aliasTarget();
            if (target.hostedZoneId().equals(zone.id())) {
                return aliasToRecord(zone, name, set, depth);
            }
            AliasEndpoint endpoint = catalog.aliasEndpoints().get(new AliasEndpoint.Key(target.hostedZoneId(), target.dnsName()));
            if (endpoint == null) {
                explain(() -> "The alias target " + target.dnsName() + " no longer exists here, so the alias answers nothing");
                return List.of();
            }
            explain(() -> "The alias " + name + " " + set.type() + " answers the addresses of " + endpoint.description() + " (TTL " + endpoint.ttl() + ")");
            return addressesOf(endpoint, name, set.type());
        }

        private static Record owned(Record record, Name name) {
            return record.getName().equals(name) ? record : record.withName(name);
        }

        private static List<Record> addressesOf(AliasEndpoint endpoint, Name name, String type) {
            List<String> addresses = type.equals("AAAA") ? endpoint.ipv6() : endpoint.ipv4();
            List<Record> records = new ArrayList<>(addresses.size());
            for (String address : addresses) {
                records.add(RecordData.record(name, RecordData.typeCode(type), endpoint.ttl(), address));
            }
            return records;
        }

        /** A traffic policy record answers what its instance's rule tree chooses, rule by rule, down to endpoints. */
        private List<Record> fromTrafficPolicy(Name name, RecordSet set) {
            TrafficPolicyTree tree = catalog.trafficPolicies().get(set.trafficPolicyInstanceId());
            if (tree == null) {
                explain(() -> name + " " + set.type() + " belongs to traffic policy instance " + set.trafficPolicyInstanceId()
                        + ", which no longer exists, so it answers nothing");
                return List.of();
            }
            explain(() -> name + " " + set.type() + " is a traffic policy record: instance " + tree.instanceId() + " applies version "
                    + tree.policyVersion() + " of traffic policy " + tree.policyId());
            List<Record> records = new ArrayList<>();
            evaluate(tree.start(), name, set.type(), records);
            return records;
        }

        private void evaluate(TrafficPolicyTree.Node node, Name name, String type, List<Record> records) {
            if (node instanceof TrafficPolicyTree.Endpoint endpoint) {
                records.addAll(endpointRecords(endpoint, name, type));
                return;
            }
            TrafficPolicyTree.Rule rule = (TrafficPolicyTree.Rule) node;
            List<RecordSet> choices = new ArrayList<>(rule.branches().size());
            for (TrafficPolicyTree.Branch branch : rule.branches()) {
                choices.add(branch.choice());
            }
            explain(() -> "Rule '" + rule.id() + "' routes by " + rule.policy().label() + " routing");
            for (RecordSet picked : chooseHealthy(rule.policy(), () -> "No branch of rule '" + rule.id() + "'", choices,
                    choice -> branchUnhealthy(branchOf(rule, choice)))) {
                evaluate(branchOf(rule, picked).target(), name, type, records);
            }
        }

        private static TrafficPolicyTree.Branch branchOf(TrafficPolicyTree.Rule rule, RecordSet choice) {
            for (TrafficPolicyTree.Branch branch : rule.branches()) {
                if (branch.choice() == choice) {
                    return branch;
                }
            }
            throw new IllegalStateException("a rule chooses among its own branches");
        }

        private List<Record> endpointRecords(TrafficPolicyTree.Endpoint endpoint, Name name, String type) {
            if (endpoint.isValue()) {
                explain(() -> "Endpoint '" + endpoint.id() + "' answers its value " + endpoint.value());
                return List.of(owned(endpoint.record(), name));
            }
            AliasEndpoint target = endpoint.alias() == null ? null : catalog.aliasEndpoints().get(endpoint.alias());
            if (target == null) {
                explain(() -> "Endpoint '" + endpoint.id() + "' names " + endpoint.value() + ", which is no " + endpoint.type()
                        + " here, so it answers nothing");
                return List.of();
            }
            explain(() -> "Endpoint '" + endpoint.id() + "' answers the addresses of " + target.description() + " (TTL " + target.ttl() + ")");
            return addressesOf(target, name, type);
        }

        /** Why a branch may not be chosen (its health check, or with EvaluateTargetHealth what it leads to), or null. */
        private String branchUnhealthy(TrafficPolicyTree.Branch branch) {
            String check = checkUnhealthy(branch.choice().healthCheckId());
            if (check != null || !branch.evaluateTargetHealth()) {
                return check;
            }
            if (branch.target() instanceof TrafficPolicyTree.Endpoint endpoint) {
                if (endpoint.isValue()) {
                    return null;
                }
                AliasEndpoint target = endpoint.alias() == null ? null : catalog.aliasEndpoints().get(endpoint.alias());
                if (target == null) {
                    return "its endpoint " + endpoint.value() + " does not exist here";
                }
                return Boolean.FALSE.equals(target.healthy()) ? target.description() + " has no healthy targets (EvaluateTargetHealth)" : null;
            }
            TrafficPolicyTree.Rule rule = (TrafficPolicyTree.Rule) branch.target();
            for (TrafficPolicyTree.Branch next : rule.branches()) {
                if (branchUnhealthy(next) == null) {
                    return null;
                }
            }
            return "no branch of rule '" + rule.id() + "' is healthy (EvaluateTargetHealth)";
        }

        private List<Record> aliasToRecord(ZoneSnapshot zone, Name name, RecordSet set, int depth) {
            Name targetName = RecordData.name(set.aliasTarget().dnsName());
            if (depth >= MAX_CHAIN) {
                explain(() -> "The alias chain at " + name + " is longer than " + MAX_CHAIN + " steps; Route 53 stops following it");
                return List.of();
            }
            explain(() -> "The alias " + name + " " + set.type() + " answers what " + targetName + " " + set.type() + " answers");
            int before = answer.size();
            resolve(zone, targetName, RecordData.typeCode(set.type()), depth + 1, false);
            List<Record> fromTarget = new ArrayList<>(answer.subList(before, answer.size()));
            answer.subList(before, answer.size()).clear();
            return fromTarget.stream().map(r -> r.withName(name)).toList();
        }

        /** The policy's choice among the healthy sets, or among all when none is healthy. */
        private List<RecordSet> choose(ZoneSnapshot zone, Name name, List<RecordSet> sets, int depth) {
            RecordSet first = sets.get(0);
            RoutingPolicy groupPolicy = first.policy();
            if (policy == null) {
                policy = first.trafficPolicyInstanceId() != null ? "traffic policy" : groupPolicy.label();
            }
            if (groupPolicy == RoutingPolicy.SIMPLE) {
                chosen.add(label(first));
                if (first.trafficPolicyInstanceId() == null) {
                    explain(() -> name + " " + first.type() + " uses simple routing: all its values are answered");
                }
                return List.of(first);
            }
            return chooseHealthy(groupPolicy, () -> "No record set of " + name + " " + first.type(), sets, set -> unhealthy(zone, set, depth));
        }

        /** The choice of {@code groupPolicy} among the candidates {@code unhealthy} finds healthy, or among all when none is. */
        private List<RecordSet> chooseHealthy(RoutingPolicy groupPolicy, Supplier<String> group, List<RecordSet> sets,
                                              Function<RecordSet, String> unhealthy) {
            List<RecordSet> healthy = new ArrayList<>();
            for (RecordSet set : sets) {
                String why = unhealthy.apply(set);
                if (why == null) {
                    healthy.add(set);
                } else {
                    explain(() -> "'" + set.setIdentifier() + "' is unhealthy: " + why);
                }
            }
            List<RecordSet> pool = healthy;
            if (healthy.isEmpty()) {
                explain(() -> group.get() + " is healthy, so Route 53 treats them all as healthy");
                pool = sets;
            }
            List<RecordSet> picked = PolicyChoice.choose(groupPolicy, pool, location, clientPrefix, catalog.cidrCollections(), random, this::explain);
            if (picked.isEmpty() && !healthy.isEmpty() && healthy.size() < sets.size()) {
                // geolocation and IP-based: the healthy sets do not cover this client, so the most specific unhealthy one answers
                picked = PolicyChoice.choose(groupPolicy, sets, location, clientPrefix, catalog.cidrCollections(), random, this::explain);
            }
            picked.forEach(set -> chosen.add(label(set)));
            return picked;
        }

        /** Why a set is unhealthy (its health check, or its alias target's health when EvaluateTargetHealth is on), or null. */
        private String unhealthy(ZoneSnapshot zone, RecordSet set, int depth) {
            String check = checkUnhealthy(set.healthCheckId());
            if (check != null) {
                return check;
            }
            if (set.isAlias() && set.aliasTarget().evaluateTargetHealth()) {
                return aliasUnhealthy(zone, set, depth);
            }
            return null;
        }

        /** The reason a health check is unhealthy, or null (no check, or a healthy one). */
        private String checkUnhealthy(String healthCheckId) {
            if (healthCheckId == null) {
                return null;
            }
            HealthVerdicts.Verdict verdict = catalog.health().get(healthCheckId);
            return verdict != null && !verdict.healthy() ? verdict.reason() : null;
        }

        private String aliasUnhealthy(ZoneSnapshot zone, RecordSet set, int depth) {
            RecordSet.AliasTarget target = set.aliasTarget();
            if (!target.hostedZoneId().equals(zone.id())) {
                AliasEndpoint endpoint = catalog.aliasEndpoints().get(new AliasEndpoint.Key(target.hostedZoneId(), target.dnsName()));
                if (endpoint == null) {
                    return "its alias target " + target.dnsName() + " does not exist";
                }
                return Boolean.FALSE.equals(endpoint.healthy()) ? endpoint.description() + " has no healthy targets (EvaluateTargetHealth)" : null;
            }
            if (depth >= MAX_CHAIN) {
                return null;
            }
            Name targetName = RecordData.name(target.dnsName());
            List<RecordSet> group = zone.setsAt(targetName).stream().filter(s -> s.type().equals(set.type())).toList();
            boolean anyHealthy = group.stream().anyMatch(s -> unhealthy(zone, s, depth + 1) == null);
            return anyHealthy ? null : "no record set of its alias target " + targetName + " " + set.type() + " is healthy (EvaluateTargetHealth)";
        }

        private static String label(RecordSet set) {
            return set.name() + " " + set.type() + (set.setIdentifier() == null ? "" : " [" + set.setIdentifier() + "]");
        }
    }
}
