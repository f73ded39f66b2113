package dev.netsim.route53.trafficpolicy;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.route53.account.Route53Documents;
import dev.netsim.route53.zone.Route53ReferenceLock;

/**
 * Traffic policies: versioned documents of one record type. Netsim keeps and checks them; applying
 * one to a zone (traffic policy instances) is not supported yet.
 */
@Service
@Transactional
public class TrafficPolicyService {

    static final String KIND = "traffic-policy";
    static final int MAX_POLICIES = 50;
    static final int MAX_VERSIONS = 1000;

    /** One version of a policy. */
    public record Version(String id, int version, String name, String type, String document, String comment) {
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
        return store(scope, new Version(ids.uuid(), 1, name, type, document, comment));
    }

    public Version newVersion(Scope scope, String id, String document, String comment) {
        checkComment(comment);
        lock.hold();
        List<Version> versions = versions(scope, id);
        Version latest = versions.get(versions.size() - 1);
        String type = TrafficPolicyDocuments.check(document);
        if (!type.equals(latest.type())) {
            throw new AwsException("InvalidTrafficPolicyDocument", "Invalid traffic policy document: a new version must keep the record type "
                    + latest.type() + ".");
        }
        if (versions.size() >= MAX_VERSIONS) {
            throw new AwsException("TooManyTrafficPolicyVersionsForCurrentPolicy", "A traffic policy can have at most " + MAX_VERSIONS + " versions.");
        }
        return store(scope, new Version(id, latest.version() + 1, latest.name(), type, document, comment));
    }

    private Version store(Scope scope, Version v) {
        documents.saveForAccount(KIND, v.id() + ":" + String.format("%04d", v.version()), scope.account(), v);
        return v;
    }

    private static void checkComment(String comment) {
        if (comment != null && comment.length() > 1024) {
            throw new AwsException("InvalidInput", "The comment can be at most 1024 characters long.");
        }
    }

    /** The account's policies by id, each with its versions in order. */
    @Transactional(readOnly = true)
    public Map<String, List<Version>> policies(Scope scope) {
        Map<String, List<Version>> byId = new LinkedHashMap<>();
        documents.ofAccount(KIND, scope.account(), Version.class).stream()
                .sorted(Comparator.comparing(Version::id).thenComparingInt(Version::version))
                .forEach(v -> byId.computeIfAbsent(v.id(), k -> new java.util.ArrayList<>()).add(v));
        return byId;
    }

    @Transactional(readOnly = true)
    public List<Version> versions(Scope scope, String id) {
        List<Version> versions = policies(scope).get(id);
        if (versions == null) {
            throw new AwsException("NoSuchTrafficPolicy", "No traffic policy exists with the ID " + id + ".", 404);
        }
        return versions;
    }

    @Transactional(readOnly = true)
    public Version get(Scope scope, String id, Integer version) {
        return versions(scope, id).stream().filter(v -> version != null && v.version() == version).findFirst()
                .orElseThrow(() -> new AwsException("NoSuchTrafficPolicy", "Traffic policy " + id + " has no version " + version + ".", 404));
    }

    public Version updateComment(Scope scope, String id, Integer version, String comment) {
        checkComment(comment);
        Version v = get(scope, id, version);
        return store(scope, new Version(v.id(), v.version(), v.name(), v.type(), v.document(), comment));
    }

    public void delete(Scope scope, String id, Integer version) {
        Version v = get(scope, id, version);
        documents.delete(KIND, v.id() + ":" + String.format("%04d", v.version()));
    }
}
