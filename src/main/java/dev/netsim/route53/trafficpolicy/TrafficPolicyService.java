package dev.netsim.route53.trafficpolicy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.route53.account.AccountQuota;
import dev.netsim.route53.account.Route53Documents;
import dev.netsim.route53.zone.Route53ReferenceLock;

/**
 * Traffic policies: versioned documents of one record type, applied to zones by traffic policy
 * instances. As on AWS, a deleted version is only flagged: GetTrafficPolicy still answers it, the
 * lists leave it out, and no new instance may use it; a version an instance uses cannot be deleted.
 */
@Service
@Transactional
public class TrafficPolicyService implements AccountQuota {

    static final String KIND = "traffic-policy";
    static final int MAX_POLICIES = 50;
    static final int MAX_VERSIONS = 1000;

    /** One version of a policy. */
    public record Version(String id, int version, String name, String type, String document, String comment, boolean deleted) {

        Version withComment(String newComment) {
            return new Version(id, version, name, type, document, newComment, deleted);
        }

        Version asDeleted() {
            return new Version(id, version, name, type, document, comment, true);
        }
    }

    private final Route53Documents documents;
    private final IdGenerator ids;
    private final Route53ReferenceLock lock;

    public TrafficPolicyService(Route53Documents documents, IdGenerator ids, Route53ReferenceLock lock) {
        this.documents = documents;
        this.ids = ids;
        this.lock = lock;
    }

    public Version create(Scope scope, String name, String document, String comment) {
        if (name == null || name.isEmpty() || name.length() > 512) {
            throw new AwsException("InvalidInput", "The traffic policy name must be 1 to 512 characters long.");
        }
        checkComment(comment);
        String type = TrafficPolicyDocuments.check(document);
        lock.hold();
        Map<String, List<Version>> policies = policies(scope);
        if (policies.values().stream().anyMatch(v -> v.get(0).name().equals(name))) {
            throw new AwsException("TrafficPolicyAlreadyExists", "A traffic policy named " + name + " already exists.", 409);
        }
        if (policies.size() >= MAX_POLICIES) {
            throw new AwsException("TooManyTrafficPolicies", "You have reached the maximum number of traffic policies (" + MAX_POLICIES + ").");
        }
        return store(scope, new Version(ids.uuid(), 1, name, type, document, comment, false));
    }

    public Version newVersion(Scope scope, String id, String document, String comment) {
        checkComment(comment);
        lock.hold();
        List<Version> versions = allVersions(scope, id);
        Version latest = versions.get(versions.size() - 1);
        String type = TrafficPolicyDocuments.check(document);
        if (!type.equals(latest.type())) {
            throw new AwsException("InvalidTrafficPolicyDocument", "Invalid traffic policy document: a new version must keep the record type "
                    + latest.type() + ".");
        }
        if (versions.size() >= MAX_VERSIONS) {
            throw new AwsException("TooManyTrafficPolicyVersionsForCurrentPolicy", "A traffic policy can have at most " + MAX_VERSIONS + " versions.");
        }
        return store(scope, new Version(id, latest.version() + 1, latest.name(), type, document, comment, false));
    }

    private Version store(Scope scope, Version v) {
        documents.saveForAccount(KIND, key(v.id(), v.version()), scope.account(), v);
        return v;
    }

    /** A version's document id: the policy id and the version, so that an account's documents sort by policy, then version. */
    static String key(String id, int version) {
        return id + ":" + String.format("%04d", version);
    }

    private static void checkComment(String comment) {
        if (comment != null && comment.length() > 1024) {
            throw new AwsException("InvalidInput", "The comment can be at most 1024 characters long.");
        }
    }

    /** The account's policies by id, each with its versions in order, leaving out deleted versions and policies with no other. */
    @Transactional(readOnly = true)
    public Map<String, List<Version>> policies(Scope scope) {
        Map<String, List<Version>> byId = new LinkedHashMap<>();
        documents.ofAccount(KIND, scope.account(), Version.class).stream()
                .filter(v -> !v.deleted())
                .sorted(Comparator.comparing(Version::id).thenComparingInt(Version::version))
                .forEach(v -> byId.computeIfAbsent(v.id(), k -> new ArrayList<>()).add(v));
        return byId;
    }

    /** Every version of every policy of the account, deleted ones too, by {@link #key}. */
    @Transactional(readOnly = true)
    public Map<String, Version> versionsOfAccount(String account) {
        Map<String, Version> byKey = new HashMap<>();
        documents.ofAccount(KIND, account, Version.class).forEach(v -> byKey.put(key(v.id(), v.version()), v));
        return byKey;
    }

    /** ListTrafficPolicies: the policies from the id marker on; the next page's marker is the id it starts at. */
    @Transactional(readOnly = true)
    public Page<List<Version>> listPolicies(Scope scope, String idMarker, int max) {
        List<Map.Entry<String, List<Version>>> from = policies(scope).entrySet().stream()
                .filter(e -> idMarker == null || e.getKey().compareTo(idMarker) >= 0).toList();
        return new Page<>(from.stream().limit(max).map(Map.Entry::getValue).toList(), from.size() > max ? from.get(max).getKey() : null);
    }

    /** ListTrafficPolicyVersions: the versions from the version marker on; the next page's marker is the version it starts at. */
    @Transactional(readOnly = true)
    public Page<Version> listVersions(Scope scope, String id, String versionMarker, int max) {
        int first;
        try {
            first = versionMarker == null ? 1 : Integer.parseInt(versionMarker.trim());
        } catch (NumberFormatException e) {
            throw new AwsException("InvalidInput", "Invalid number: " + versionMarker);
        }
        List<Version> from = versions(scope, id).stream().filter(v -> v.version() >= first).toList();
        return new Page<>(from.stream().limit(max).toList(), from.size() > max ? String.valueOf(from.get(max).version()) : null);
    }

    /** The versions ListTrafficPolicyVersions shows. */
    @Transactional(readOnly = true)
    public List<Version> versions(Scope scope, String id) {
        List<Version> all = allVersions(scope, id);
        return all.stream().filter(v -> !v.deleted()).toList();
    }

    private List<Version> allVersions(Scope scope, String id) {
        List<Version> versions = versionsOfAccount(scope.account()).values().stream().filter(v -> v.id().equals(id))
                .sorted(Comparator.comparingInt(Version::version)).toList();
        if (versions.isEmpty()) {
            throw new AwsException("NoSuchTrafficPolicy", "No traffic policy exists with the ID " + id + ".", 404);
        }
        return versions;
    }

    /** GetTrafficPolicy: any version, deleted or not. */
    @Transactional(readOnly = true)
    public Version get(Scope scope, String id, Integer version) {
        return allVersions(scope, id).stream().filter(v -> version != null && v.version() == version).findFirst()
                .orElseThrow(() -> new AwsException("NoSuchTrafficPolicy", "Traffic policy " + id + " has no version " + version + ".", 404));
    }

    /** A version a traffic policy instance may use: one that is not deleted. */
    @Transactional(readOnly = true)
    public Version usable(Scope scope, String id, Integer version) {
        Version v = get(scope, id, version);
        if (v.deleted()) {
            throw new AwsException("NoSuchTrafficPolicy", "Version " + version + " of traffic policy " + id + " has been deleted.", 404);
        }
        return v;
    }

    public Version updateComment(Scope scope, String id, Integer version, String comment) {
        checkComment(comment);
        return store(scope, get(scope, id, version).withComment(comment));
    }

    public void delete(Scope scope, String id, Integer version) {
        Version v = usable(scope, id, version);
        boolean inUse = documents.ofAccount(TrafficPolicyInstanceService.KIND, scope.account(), TrafficPolicyInstanceService.Instance.class).stream()
                .anyMatch(i -> i.policyId().equals(id) && i.policyVersion() == v.version());
        if (inUse) {
            throw new AwsException("TrafficPolicyInUse", "Version " + version + " of traffic policy " + id
                    + " is used by a traffic policy instance; delete or update the instance first.");
        }
        store(scope, v.asDeleted());
    }

    @Override
    public String quotaType() {
        return "MAX_TRAFFIC_POLICIES_BY_OWNER";
    }

    @Override
    public long limit() {
        return MAX_POLICIES;
    }

    @Override
    @Transactional(readOnly = true)
    public long used(Scope scope) {
        return policies(scope).size();
    }
}
