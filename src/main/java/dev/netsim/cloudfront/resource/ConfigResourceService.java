package dev.netsim.cloudfront.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.protocol.SdkShapes;
import dev.netsim.protocol.restxml.RestXmlBinder;
import dev.netsim.protocol.restxml.RestXmlEnvelopes;
import software.amazon.awssdk.core.SdkPojo;

/**
 * CloudFront's config documents of every {@link ConfigKind}: created with a new id and ETag,
 * replaced only by a request whose If-Match names the current ETag (missing:
 * {@code InvalidIfMatchVersion}; stale: {@code PreconditionFailed}), deleted likewise when nothing
 * uses them, listed by id with Marker and MaxItems. AWS's managed policies are there for every
 * account and can be neither updated nor deleted.
 */
@Service
@Transactional
public class ConfigResourceService {

    static final String MODEL_PACKAGE = "software.amazon.awssdk.services.cloudfront.model.";
    static final int MAX_UNIQUE_KEY = 255;
    private static final RestXmlBinder READER = new RestXmlBinder("InvalidArgument");

    /** A config resource as the operations answer it. */
    public record Stored(ConfigKind kind, String id, String etag, Instant created, Instant lastModified, SdkPojo config, boolean managed) {
    }

    /** A page of a list and the marker of the next (null on the last). */
    public record Page(List<Stored> items, String nextMarker, int maxItems) {
    }

    private final CloudFrontResourceRepository resources;
    private final ManagedPolicies managed;
    private final ObjectProvider<ConfigRules> rules;
    private final ObjectProvider<ConfigReferences> references;
    private final CloudFrontLocks locks;
    private final CloudFrontIds ids;
    private final Clock clock;

    ConfigResourceService(CloudFrontResourceRepository resources, ManagedPolicies managed, ObjectProvider<ConfigRules> rules,
                          ObjectProvider<ConfigReferences> references, CloudFrontLocks locks, CloudFrontIds ids, Clock clock) {
        this.resources = resources;
        this.managed = managed;
        this.rules = rules;
        this.references = references;
        this.locks = locks;
        this.ids = ids;
        this.clock = clock;
    }

    public Stored create(Scope scope, ConfigKind kind, SdkPojo config) {
        check(scope, kind, config);
        String unique = uniqueKey(kind, config);
        locks.holdReferences();
        if (unique != null) {
            Optional<CloudFrontResource> same = resources.findByAccountAndKindAndUniqueKey(scope.account(), kind.name(), unique);
            if (same.isPresent()) {
                Stored existing = stored(kind, same.get());
                if (kind.uniqueByCallerReference() && existing.config().equals(config)) {
                    return existing; // the same request again: CloudFront answers with what the first one made
                }
                throw alreadyExists(kind, unique);
            }
        }
        if (resources.countByAccountAndKind(scope.account(), kind.name()) >= kind.limit()) {
            throw new AwsException(kind.tooMany(), "You have reached the maximum number of " + kind.name() + " resources (" + kind.limit() + ").");
        }
        CloudFrontResource resource = new CloudFrontResource(kind.name(), ids.resourceId(kind.ids()), scope.account(), unique, ids.etag(), clock.instant(),
                RestXmlEnvelopes.storedDocument(kind.configShape(), config));
        resources.save(resource);
        return stored(kind, resource);
    }

    @Transactional(readOnly = true)
    public Stored get(Scope scope, ConfigKind kind, String id) {
        return find(scope, kind, id).orElseThrow(() -> notFound(kind, id));
    }

    @Transactional(readOnly = true)
    public Optional<Stored> find(Scope scope, ConfigKind kind, String id) {
        Optional<Stored> builtIn = managed.find(kind, id);
        if (builtIn.isPresent()) {
            return builtIn;
        }
        return resources.findByKindAndIdAndAccount(kind.name(), id, scope.account()).map(r -> stored(kind, r));
    }

    public Stored update(Scope scope, ConfigKind kind, String id, String ifMatch, SdkPojo config) {
        Stored current = get(scope, kind, id);
        if (current.managed()) {
            throw new AwsException("IllegalUpdate", "The managed " + kind.name() + " " + id + " cannot be updated.");
        }
        CloudFrontLocks.checkIfMatch(current.etag(), ifMatch);
        check(scope, kind, config);
        String unique = uniqueKey(kind, config);
        CloudFrontResource resource = resources.findByKindAndIdAndAccount(kind.name(), id, scope.account()).orElseThrow();
        if (kind.uniqueByCallerReference() && !Objects.equals(unique, resource.getUniqueKey())) {
            throw new AwsException("IllegalUpdate", "The CallerReference of a " + kind.name() + " cannot be changed.");
        }
        if (unique != null && !unique.equals(resource.getUniqueKey())) {
            locks.holdReferences();
            if (resources.findByAccountAndKindAndUniqueKey(scope.account(), kind.name(), unique).isPresent()) {
                throw alreadyExists(kind, unique);
            }
        }
        resource.replace(unique, ids.etag(), clock.instant(), RestXmlEnvelopes.storedDocument(kind.configShape(), config));
        return stored(kind, resource);
    }

    public void delete(Scope scope, ConfigKind kind, String id, String ifMatch) {
        Stored current = get(scope, kind, id);
        if (current.managed()) {
            throw new AwsException("IllegalDelete", "The managed " + kind.name() + " " + id + " cannot be deleted.");
        }
        CloudFrontLocks.checkIfMatch(current.etag(), ifMatch);
        for (ConfigRules rule : rules) {
            if (rule.kind().equals(kind)) {
                rule.checkDelete(scope, current.config());
            }
        }
        for (ConfigReferences user : references) {
            Optional<String> by = user.userOf(scope, kind, id);
            if (by.isPresent()) {
                throw new AwsException(kind.inUse(), "The " + kind.name() + " " + id + " is in use by " + by.get() + ".", 409);
            }
        }
        resources.deleteById(new CloudFrontResource.Key(kind.name(), id));
    }

    /**
     * The account's resources of a kind in id order (managed ones first when {@code type} allows
     * them: {@code managed}, {@code custom} or null for both), from {@code marker} on.
     */
    @Transactional(readOnly = true)
    public Page list(Scope scope, ConfigKind kind, String type, String marker, String maxItems) {
        int max = PageSizes.maxItems(maxItems);
        List<Stored> all = new ArrayList<>();
        if (type == null || type.equals("managed")) {
            all.addAll(managed.of(kind));
        }
        if (type == null || type.equals("custom")) {
            resources.findByAccountAndKindOrderById(scope.account(), kind.name()).forEach(r -> all.add(stored(kind, r)));
        }
        int from = 0;
        if (marker != null && !marker.isEmpty()) {
            from = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(marker)) {
                    from = i;
                }
            }
            if (from < 0) {
                throw new AwsException("InvalidArgument", "The marker " + marker + " names no " + kind.name() + ".");
            }
        }
        List<Stored> page = all.subList(from, Math.min(all.size(), from + max));
        String next = from + max < all.size() ? all.get(from + max).id() : null;
        return new Page(List.copyOf(page), next, max);
    }

    private void check(Scope scope, ConfigKind kind, SdkPojo config) {
        if (config == null) {
            throw new AwsException("MissingBody", "The request has no " + kind.configShape() + ".");
        }
        Quantities.check(config);
        String unique = uniqueKey(kind, config);
        if (unique != null && (unique.isEmpty() || unique.length() > MAX_UNIQUE_KEY)) {
            throw new AwsException("InvalidArgument", "The " + kind.uniqueMember() + " of a " + kind.name() + " is 1 to " + MAX_UNIQUE_KEY
                    + " characters long.");
        }
        for (ConfigRules rule : rules) {
            if (rule.kind().equals(kind)) {
                rule.check(scope, config);
            }
        }
    }

    private static String uniqueKey(ConfigKind kind, SdkPojo config) {
        return kind.uniqueMember() == null ? null : (String) SdkShapes.get(config, kind.uniqueMember());
    }


    static SdkPojo readConfig(ConfigKind kind, String xml) {
        try {
            return (SdkPojo) READER.readDocument(SdkShapes.builderOf(Class.forName(MODEL_PACKAGE + kind.configShape())), xml);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no SDK shape " + kind.configShape(), e);
        }
    }

    private static Stored stored(ConfigKind kind, CloudFrontResource r) {
        return new Stored(kind, r.getResourceId(), r.getEtag(), r.getCreated(), r.getLastModified(), readConfig(kind, r.getConfigXml()), false);
    }

    private static AwsException notFound(ConfigKind kind, String id) {
        return new AwsException(kind.notFound(), "The specified " + kind.name() + " " + id + " does not exist.", 404);
    }

    private static AwsException alreadyExists(ConfigKind kind, String unique) {
        return new AwsException(kind.alreadyExists(), "A " + kind.name() + " with the " + kind.uniqueMember() + " " + unique + " already exists.",
                409);
    }
}
