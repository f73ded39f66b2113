package dev.netsim.cloudfront.function;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.resource.CloudFrontIds;
import dev.netsim.cloudfront.resource.CloudFrontLocks;
import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;

/**
 * KeyValueStores: named per account, READY once created, changed (their comment) and deleted with
 * the current ETag, and not deleted while a function is associated with them. Netsim keeps the
 * store, not its keys: the key-value data plane (and an S3 import source) is not simulated.
 */
@Service
@Transactional
public class KeyValueStoreService {

    static final int MAX_STORES = 50;
    static final String READY = "READY";
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    private final KeyValueStoreRepository stores;
    private final FunctionService functions;
    private final CloudFrontLocks locks;
    private final CloudFrontIds etags;
    private final IdGenerator ids;
    private final Clock clock;

    KeyValueStoreService(KeyValueStoreRepository stores, FunctionService functions, CloudFrontLocks locks, CloudFrontIds etags,
                         IdGenerator ids, Clock clock) {
        this.stores = stores;
        this.functions = functions;
        this.locks = locks;
        this.etags = etags;
        this.ids = ids;
        this.clock = clock;
    }

    public KeyValueStore create(Scope scope, String name, String comment) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AwsException("InvalidArgument", "A KeyValueStore name is 1 to 64 letters, digits, hyphens and underscores: " + name);
        }
        checkComment(comment);
        locks.holdReferences();
        if (stores.existsById(new KeyValueStore.Key(scope.account(), name))) {
            throw new AwsException("EntityAlreadyExists", "A KeyValueStore named " + name + " already exists.", 409);
        }
        if (stores.countByAccount(scope.account()) >= MAX_STORES) {
            throw new AwsException("EntityLimitExceeded", "You have reached the maximum number of KeyValueStores (" + MAX_STORES + ").");
        }
        return stores.save(new KeyValueStore(scope.account(), name, ids.uuid(), comment == null ? "" : comment, etags.etag(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public KeyValueStore get(Scope scope, String name) {
        return stores.findById(new KeyValueStore.Key(scope.account(), name))
                .orElseThrow(() -> new AwsException("EntityNotFound", "The KeyValueStore " + name + " does not exist.", 404));
    }

    public KeyValueStore update(Scope scope, String name, String ifMatch, String comment) {
        KeyValueStore store = get(scope, name);
        CloudFrontLocks.checkIfMatch(store.getEtag(), ifMatch);
        checkComment(comment);
        store.comment(comment, etags.etag(), clock.instant());
        return store;
    }

    public void delete(Scope scope, String name, String ifMatch) {
        KeyValueStore store = get(scope, name);
        CloudFrontLocks.checkIfMatch(store.getEtag(), ifMatch);
        if (functions.usesStore(scope, store.arn())) {
            throw new AwsException("CannotDeleteEntityWhileInUse", "The KeyValueStore " + name + " is associated with a function.", 409);
        }
        stores.delete(store);
    }

    /** The account's stores in name order; every store is READY, so another status lists none. */
    @Transactional(readOnly = true)
    public Page<KeyValueStore> list(Scope scope, String status, String marker, int max) {
        List<KeyValueStore> all = status == null || status.equals(READY) ? stores.findByAccountOrderByName(scope.account()) : List.of();
        return Pager.page(all, KeyValueStore::getName, max, marker, "InvalidArgument");
    }

    private static void checkComment(String comment) {
        if (comment != null && comment.length() > 128) {
            throw new AwsException("InvalidArgument", "A KeyValueStore's comment is at most 128 characters.");
        }
    }
}
