package dev.netsim.elbv2.truststore;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.elbv2.ElbErrors;
import dev.netsim.elbv2.ElbNameLock;
import dev.netsim.elbv2.ElbPages;
import dev.netsim.elbv2.tag.ElbTagService;

/**
 * Trust stores for mutual TLS: a CA bundle and revocation lists, each named by its S3 location.
 * Netsim has no S3, so it records the locations it is given and cannot count the certificates or
 * revoked entries in them (those counts are left out of its answers rather than made up). A trust
 * store a listener verifies with cannot be deleted.
 */
@Service
@Transactional
public class TrustStoreService {

    /** AWS's default quotas: trust stores per account, revocation lists per trust store. */
    static final int MAX_TRUST_STORES = 20;
    static final int MAX_REVOCATION_LISTS = 30;
    private static final Pattern NAME = Pattern.compile("([a-zA-Z0-9]+-)*[a-zA-Z0-9]+");

    private final TrustStoreRepository stores;
    private final ElbTagService tags;
    private final ElbNameLock names;
    private final IdGenerator ids;
    private final Clock clock;
    private final ObjectProvider<TrustStoreUsers> users;

    public TrustStoreService(TrustStoreRepository stores, ElbTagService tags, ElbNameLock names, IdGenerator ids, Clock clock,
                             ObjectProvider<TrustStoreUsers> users) {
        this.stores = stores;
        this.tags = tags;
        this.names = names;
        this.ids = ids;
        this.clock = clock;
        this.users = users;
    }

    public TrustStore create(Scope scope, String name, S3Location bundle, Map<String, String> newTags) {
        if (name == null) {
            throw ElbErrors.missing("name");
        }
        if (name.length() > 32 || !NAME.matcher(name).matches()) {
            throw ElbErrors.invalid("name", name, "Member must have length less than or equal to 32 and contain only alphanumeric characters "
                    + "and hyphens, not beginning or ending with a hyphen");
        }
        requireLocation(bundle, "caCertificatesBundleS3");
        tags.validate(newTags);
        names.hold();
        if (stores.existsByAccountAndRegionAndName(scope.account(), scope.region(), name)) {
            throw new AwsException("DuplicateTrustStoreName", "A trust store with the name '" + name + "' already exists");
        }
        if (stores.countByAccountAndRegion(scope.account(), scope.region()) >= MAX_TRUST_STORES) {
            throw new AwsException("TooManyTrustStores", "The quota for the number of trust stores has been reached (" + MAX_TRUST_STORES + ")");
        }
        String arn = "arn:aws:elasticloadbalancing:" + scope.region() + ":" + scope.account() + ":truststore/" + name + "/" + ids.hex(16);
        TrustStore store = stores.save(new TrustStore(arn, scope.account(), scope.region(), name, bundle, clock.instant()));
        tags.tag(arn, newTags);
        return store;
    }

    public TrustStore modify(Scope scope, String arn, S3Location bundle) {
        TrustStore store = get(scope, arn);
        requireLocation(bundle, "caCertificatesBundleS3");
        store.setCaBundle(bundle);
        return store;
    }

    @Transactional(readOnly = true)
    public TrustStore get(Scope scope, String arn) {
        ElbErrors.requireArn(arn, "truststore", "trustStoreArn");
        return stores.findByArnAndAccountAndRegion(arn, scope.account(), scope.region()).orElseThrow(() -> notFound(arn));
    }

    /** By ARNs or names (not both), or all of them; any one not found is TrustStoreNotFound. */
    @Transactional(readOnly = true)
    public Page<TrustStore> describe(Scope scope, List<String> arns, List<String> storeNames, Integer pageSize, String marker) {
        if (!arns.isEmpty() && !storeNames.isEmpty()) {
            throw ElbErrors.validation("Trust store ARNs and names cannot be specified together");
        }
        List<TrustStore> all = stores.findByAccountAndRegionOrderByArn(scope.account(), scope.region());
        List<TrustStore> selected = !arns.isEmpty() ? selected(all, arns, TrustStore::getArn)
                : !storeNames.isEmpty() ? selected(all, storeNames, TrustStore::getName) : all;
        return ElbPages.page(selected, TrustStore::getArn, pageSize, marker);
    }

    /** The trust stores whose key (ARN or name) is asked for; one that is not there is TrustStoreNotFound. */
    private static List<TrustStore> selected(List<TrustStore> all, List<String> wanted, java.util.function.Function<TrustStore, String> key) {
        Set<String> present = new HashSet<>();
        all.forEach(t -> present.add(key.apply(t)));
        wanted.stream().filter(w -> !present.contains(w)).findFirst().ifPresent(w -> {
            throw new AwsException("TrustStoreNotFound", "Trust store '" + w + "' not found");
        });
        return all.stream().filter(t -> wanted.contains(key.apply(t))).toList();
    }

    public void delete(Scope scope, String arn) {
        TrustStore store = get(scope, arn);
        if (!users.getObject().loadBalancersVerifyingWith(scope, arn).isEmpty()) {
            throw new AwsException("TrustStoreInUse", "Trust store '" + arn + "' is in use by a listener");
        }
        tags.forget(arn);
        stores.delete(store);
    }

    /** The load balancers whose listeners verify clients with the trust store, in ARN order. */
    @Transactional(readOnly = true)
    public Page<String> associations(Scope scope, String arn, Integer pageSize, String marker) {
        get(scope, arn);
        return ElbPages.page(List.copyOf(users.getObject().loadBalancersVerifyingWith(scope, arn)), a -> a, pageSize, marker);
    }

    /**
     * Removes a load balancer of another account from a trust store shared with it. Netsim has no
     * AWS RAM to share trust stores, so the association is the caller's own (DeleteAssociationSameAccount)
     * or does not exist (AssociationNotFound).
     */
    @Transactional(readOnly = true)
    public void deleteSharedAssociation(Scope scope, String arn, String resourceArn) {
        get(scope, arn);
        if (resourceArn == null) {
            throw ElbErrors.missing("resourceArn");
        }
        if (users.getObject().loadBalancersVerifyingWith(scope, arn).contains(resourceArn)) {
            throw new AwsException("DeleteAssociationSameAccount",
                    "The load balancer is in the trust store's own account; change its listener's mutual authentication instead");
        }
        throw new AwsException("AssociationNotFound", "Trust store '" + arn + "' has no association with '" + resourceArn + "'");
    }

    /** A revocation list to add: its type (CRL, the default) and where it is. */
    public record RevocationContent(String type, S3Location location) {
    }

    public List<Revocation> addRevocations(Scope scope, String arn, List<RevocationContent> contents) {
        get(scope, arn);
        contents.forEach(r -> {
            requireLocation(r.location(), "revocationContents.s3");
            if (r.type() != null && !"CRL".equals(r.type())) {
                throw ElbErrors.invalid("revocationContents.revocationType", r.type(), "Member must satisfy enum value set: [CRL]");
            }
        });
        TrustStore store = stores.lockByArnAndAccountAndRegion(arn, scope.account(), scope.region()).orElseThrow(() -> notFound(arn));
        if (store.revocations().size() + contents.size() > MAX_REVOCATION_LISTS) {
            throw new AwsException("TooManyTrustStoreRevocationEntries",
                    "A trust store can hold at most " + MAX_REVOCATION_LISTS + " revocation lists");
        }
        return store.addRevocations("CRL", contents.stream().map(RevocationContent::location).toList());
    }

    public void removeRevocations(Scope scope, String arn, List<Long> revocationIds) {
        get(scope, arn);
        if (revocationIds.isEmpty()) {
            throw ElbErrors.missing("revocationIds");
        }
        TrustStore store = stores.lockByArnAndAccountAndRegion(arn, scope.account(), scope.region()).orElseThrow(() -> notFound(arn));
        requireRevocations(store, revocationIds);
        store.removeRevocations(revocationIds);
    }

    /** The trust store's revocation lists, or the ones asked for (each must exist), in id order. */
    @Transactional(readOnly = true)
    public Page<Revocation> revocations(Scope scope, String arn, List<Long> revocationIds, Integer pageSize, String marker) {
        TrustStore store = get(scope, arn);
        requireRevocations(store, revocationIds);
        List<Revocation> selected = store.revocations().stream().filter(r -> revocationIds.isEmpty() || revocationIds.contains(r.id())).toList();
        return ElbPages.page(selected, r -> String.format("%019d", r.id()), pageSize, marker);
    }

    @Transactional(readOnly = true)
    public String bundleUrl(Scope scope, String arn) {
        return get(scope, arn).caBundle().url(scope.region());
    }

    @Transactional(readOnly = true)
    public String revocationUrl(Scope scope, String arn, Long revocationId) {
        TrustStore store = get(scope, arn);
        if (revocationId == null) {
            throw ElbErrors.missing("revocationId");
        }
        requireRevocations(store, List.of(revocationId));
        return store.revocations().stream().filter(r -> r.id() == revocationId).findFirst().orElseThrow().location().url(scope.region());
    }

    /**
     * GetResourcePolicy: trust stores get a resource policy when AWS RAM shares them, and Netsim has
     * no RAM, so no resource here has one.
     */
    @Transactional(readOnly = true)
    public String resourcePolicy(String resourceArn) {
        if (resourceArn == null) {
            throw ElbErrors.missing("resourceArn");
        }
        throw new AwsException("ResourceNotFound", "No resource policy exists for '" + resourceArn + "'");
    }

    private static void requireRevocations(TrustStore store, List<Long> revocationIds) {
        Set<Long> known = new HashSet<>();
        store.revocations().forEach(r -> known.add(r.id()));
        revocationIds.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
            throw new AwsException("RevocationIdNotFound", "Revocation id " + id + " not found in trust store '" + store.getArn() + "'");
        });
    }

    private static void requireLocation(S3Location location, String field) {
        if (location == null || location.bucket() == null || location.bucket().isEmpty()) {
            throw ElbErrors.missing(field + "Bucket");
        }
        if (location.key() == null || location.key().isEmpty()) {
            throw ElbErrors.missing(field + "Key");
        }
    }

    static AwsException notFound(String arn) {
        return new AwsException("TrustStoreNotFound", "Trust store '" + arn + "' not found");
    }
}
