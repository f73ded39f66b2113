package dev.netsim.route53.trafficpolicy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.route53.account.AccountQuota;
import dev.netsim.route53.account.Route53Documents;
import dev.netsim.route53.record.RecordSetService;
import dev.netsim.route53.zone.DomainNames;
import dev.netsim.route53.zone.HostedZone;
import dev.netsim.route53.zone.HostedZoneService;
import dev.netsim.route53.zone.PageSize;
import dev.netsim.route53.zone.Route53ReferenceLock;
import dev.netsim.simulation.dns.AliasEndpoint;
import dev.netsim.simulation.dns.RecordSet;
import dev.netsim.simulation.dns.TrafficPolicyTree;

/**
 * Traffic policy instances (the console's policy records): a version of a traffic policy applied at
 * one name of a hosted zone with one TTL. Route 53 keeps one record set there that carries the
 * instance's id; the DNS answer engine answers it by walking the policy's rule tree. When that
 * record set cannot be written (another record holds the name), the instance is {@code Failed}
 * with Route 53's reason, as AWS reports it.
 */
@Service
@Transactional
public class TrafficPolicyInstanceService implements AccountQuota {

    static final String KIND = "traffic-policy-instance";
    static final long MAX_INSTANCES = 5;
    static final String APPLIED = "Applied";
    static final String FAILED = "Failed";

    /** One instance; {@code message} is empty unless the state is Failed. */
    public record Instance(String id, String account, String zoneId, String name, long ttl, String state, String message, String policyId,
                           int policyVersion, String type) {
    }

    /** A page of instances and, when there are more, the first of the next page. */
    public record Page(List<Instance> instances, Instance next, int maxItems) {
    }

    /** Route 53's order for the lists: hosted zone, then name, then type. */
    private static final Comparator<Instance> ORDER = Comparator.comparing(Instance::zoneId).thenComparing(Instance::name)
            .thenComparing(Instance::type);

    private final Route53Documents documents;
    private final TrafficPolicyService policies;
    private final HostedZoneService zones;
    private final RecordSetService records;
    private final Route53ReferenceLock lock;
    private final IdGenerator ids;

    TrafficPolicyInstanceService(Route53Documents documents, TrafficPolicyService policies, HostedZoneService zones, RecordSetService records,
                                 Route53ReferenceLock lock, IdGenerator ids) {
        this.documents = documents;
        this.policies = policies;
        this.zones = zones;
        this.records = records;
        this.lock = lock;
        this.ids = ids;
    }

    public Instance create(Scope scope, String zoneId, String name, Long ttl, String policyId, Integer version) {
        HostedZone zone = zones.get(scope, zoneId);
        String owner = DomainNames.recordName(name);
        if (owner == null || !DomainNames.isWithin(owner, zone.getName())) {
            throw new AwsException("InvalidInput", "Invalid request: " + name + " is not a name in hosted zone " + zone.getName());
        }
        checkTtl(ttl);
        TrafficPolicyService.Version policy = policies.usable(scope, policyId, version);
        lock.hold();
        if (used(scope) >= MAX_INSTANCES) {
            throw new AwsException("TooManyTrafficPolicyInstances", "You have reached the maximum number of traffic policy instances ("
                    + MAX_INSTANCES + ").");
        }
        String id = ids.uuid();
        List<String> problems = records.applyOwn(scope, zone.getId(), "CREATE", policyRecord(owner, policy.type(), id));
        return store(new Instance(id, scope.account(), zone.getId(), owner, ttl, state(problems), String.join(" ", problems), policy.id(),
                policy.version(), policy.type()));
    }

    /** A new TTL or policy version; the record set is written again when it is gone (or was never written). */
    public Instance update(Scope scope, String id, Long ttl, String policyId, Integer version) {
        Instance instance = get(scope, id);
        checkTtl(ttl);
        TrafficPolicyService.Version policy = policies.usable(scope, policyId, version);
        if (!policy.type().equals(instance.type())) {
            throw new AwsException("ConflictingTypes", "Traffic policy " + policy.id() + " version " + policy.version() + " creates " + policy.type()
                    + " records, but instance " + id + " has " + instance.type() + " records.");
        }
        List<String> problems = records.applyOwn(scope, instance.zoneId(), "UPSERT", policyRecord(instance.name(), instance.type(), id));
        return store(new Instance(id, instance.account(), instance.zoneId(), instance.name(), ttl, state(problems), String.join(" ", problems),
                policy.id(), policy.version(), policy.type()));
    }

    /** Deletes the instance and the record set it made, when that is still there. */
    public void delete(Scope scope, String id) {
        Instance instance = get(scope, id);
        // the user may have deleted or replaced the record set; then there is nothing of the instance's to delete
        records.applyOwn(scope, instance.zoneId(), "DELETE", policyRecord(instance.name(), instance.type(), id));
        documents.delete(KIND, id);
    }

    private static RecordSet policyRecord(String name, String type, String instanceId) {
        return new RecordSet(name, type, null, null, List.of(), null, null, null, null, null, null, null, null, null, instanceId);
    }

    private static String state(List<String> problems) {
        return problems.isEmpty() ? APPLIED : FAILED;
    }

    private static void checkTtl(Long ttl) {
        if (ttl == null || ttl < 0 || ttl > 2147483647L) {
            throw new AwsException("InvalidInput", "Invalid request: TTL must be a number from 0 to 2147483647, not " + ttl);
        }
    }

    private Instance store(Instance instance) {
        documents.save(KIND, instance.id(), instance.account(), instance.zoneId(), instance);
        return instance;
    }

    @Transactional(readOnly = true)
    public Instance get(Scope scope, String id) {
        return all(scope).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AwsException("NoSuchTrafficPolicyInstance", "No traffic policy instance exists with the ID " + id + ".", 404));
    }

    @Override
    public String quotaType() {
        return "MAX_TRAFFIC_POLICY_INSTANCES_BY_OWNER";
    }

    @Override
    public long limit() {
        return MAX_INSTANCES;
    }

    @Override
    @Transactional(readOnly = true)
    public long used(Scope scope) {
        return all(scope).size();
    }

    @Transactional(readOnly = true)
    public List<Instance> all(Scope scope) {
        return documents.ofAccount(KIND, scope.account(), Instance.class).stream().sorted(ORDER).toList();
    }

    /** ListTrafficPolicyInstances…: the account's instances, or one zone's, or one policy version's, from the markers on. */
    @Transactional(readOnly = true)
    public Page list(Scope scope, String zoneId, String policyId, Integer policyVersion, String zoneMarker, String nameMarker, String typeMarker,
                     String maxItems) {
        if (zoneId != null) {
            zones.get(scope, zoneId);
        }
        if (policyId != null) {
            policies.get(scope, policyId, policyVersion);
        }
        int max = PageSize.of(maxItems, 100, 100);
        String name = nameMarker == null ? null : DomainNames.recordName(nameMarker);
        Instance from = new Instance(null, null, zoneMarker != null ? zoneMarker : zoneId != null ? zoneId : "", name == null ? "" : name, 0, null,
                null, null, 0, typeMarker == null ? "" : typeMarker);
        List<Instance> matching = all(scope).stream()
                .filter(i -> zoneId == null || i.zoneId().equals(zoneId))
                .filter(i -> policyId == null || (i.policyId().equals(policyId) && i.policyVersion() == policyVersion))
                .filter(i -> ORDER.compare(i, from) >= 0)
                .toList();
        return new Page(matching.subList(0, Math.min(max, matching.size())), matching.size() > max ? matching.get(max) : null, max);
    }

    /** Every account's applied instances as rule trees, by instance id, with their endpoints resolved to this server's resources. */
    @Transactional(readOnly = true)
    public Map<String, TrafficPolicyTree> trees(EndpointLookup endpoints) {
        Map<String, TrafficPolicyTree> trees = new HashMap<>();
        Map<String, Map<String, TrafficPolicyService.Version>> versionsByAccount = new HashMap<>();
        for (Instance instance : documents.all(KIND, Instance.class)) {
            if (!instance.state().equals(APPLIED)) {
                continue;
            }
            TrafficPolicyService.Version policy = versionsByAccount.computeIfAbsent(instance.account(), policies::versionsOfAccount)
                    .get(TrafficPolicyService.key(instance.policyId(), instance.policyVersion()));
            if (policy != null) {
                trees.put(instance.id(), TrafficPolicyDocuments.tree(instance.id(), policy.id(), policy.version(), policy.document(), instance.name(),
                        instance.ttl(), (type, dnsName) -> endpoints.find(instance.account(), type, dnsName)));
            }
        }
        return trees;
    }

    /** How the answer engine's assembler finds the resource a traffic policy endpoint names. */
    public interface EndpointLookup {

        /** The alias key of the resource of this endpoint type and DNS name in the account, or null when there is none here. */
        AliasEndpoint.Key find(String account, String endpointType, String dnsName);
    }
}
