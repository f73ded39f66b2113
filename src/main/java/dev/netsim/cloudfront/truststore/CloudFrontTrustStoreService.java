package dev.netsim.cloudfront.truststore;

import java.time.Clock;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.cloudfront.resource.CloudFrontIds;
import dev.netsim.cloudfront.resource.CloudFrontLocks;
import dev.netsim.cloudfront.tag.TaggableResources;
import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Regions;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.protocol.restxml.RestXmlEnvelopes;
import software.amazon.awssdk.services.cloudfront.model.CaCertificatesBundleS3Location;
import software.amazon.awssdk.services.cloudfront.model.CaCertificatesBundleSource;

/**
 * Trust stores: named per account, each pointing at a CA bundle in S3, changed and deleted with the
 * current ETag, kept while a distribution's viewer mTLS uses them. Found by id, ARN or name.
 * Netsim has no S3 to read the bundle from, so it checks where the bundle is, not what it holds.
 */
@Service
@Transactional
public class CloudFrontTrustStoreService implements TaggableResources {

    static final int MAX_TRUST_STORES = 100;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,128}");

    private final CloudFrontTrustStoreRepository stores;
    private final ObjectProvider<TrustStoreUsers> users;
    private final CloudFrontLocks locks;
    private final CloudFrontIds etags;
    private final IdGenerator ids;
    private final Clock clock;

    CloudFrontTrustStoreService(CloudFrontTrustStoreRepository stores, ObjectProvider<TrustStoreUsers> users, CloudFrontLocks locks, CloudFrontIds etags,
                      IdGenerator ids, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.locks = locks;
        this.etags = etags;
        this.ids = ids;
        this.clock = clock;
    }

    public CloudFrontTrustStore create(Scope scope, String name, CaCertificatesBundleSource source) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AwsException("InvalidArgument", "A trust store's name is 1 to 128 letters, digits, hyphens and underscores: " + name);
        }
        String sourceXml = checked(source);
        locks.holdReferences();
        if (stores.findByAccountAndName(scope.account(), name).isPresent()) {
            throw new AwsException("EntityAlreadyExists", "A trust store named " + name + " already exists.", 409);
        }
        if (stores.countByAccount(scope.account()) >= MAX_TRUST_STORES) {
            throw new AwsException("EntityLimitExceeded", "You have reached the maximum number of trust stores (" + MAX_TRUST_STORES + ").");
        }
        CloudFrontTrustStore store = new CloudFrontTrustStore("ts_" + ids.lowerAlnum(22), scope.account(), name);
        store.set(sourceXml, etags.etag(), clock.instant());
        return stores.save(store);
    }

    /** By id, ARN or name. */
    @Transactional(readOnly = true)
    public CloudFrontTrustStore get(Scope scope, String identifier) {
        String id = CloudFrontArns.idOrSelf(identifier, scope.account(), CloudFrontTrustStore.ARN_TYPE);
        return stores.findByIdAndAccount(id, scope.account()).or(() -> stores.findByAccountAndName(scope.account(), id))
                .orElseThrow(() -> new AwsException("EntityNotFound", "The trust store " + identifier + " does not exist.", 404));
    }

    /** Changes what is given. */
    public CloudFrontTrustStore update(Scope scope, String id, String ifMatch, CaCertificatesBundleSource source) {
        CloudFrontTrustStore store = get(scope, id);
        CloudFrontLocks.checkIfMatch(store.getEtag(), ifMatch);
        store.set(source != null ? checked(source) : store.getSourceXml(), etags.etag(), clock.instant());
        return store;
    }

    public void delete(Scope scope, String id, String ifMatch) {
        CloudFrontTrustStore store = get(scope, id);
        CloudFrontLocks.checkIfMatch(store.getEtag(), ifMatch);
        locks.holdReferences();
        if (users.stream().anyMatch(u -> u.usesTrustStore(scope, store.getId()))) {
            throw new AwsException("CannotDeleteEntityWhileInUse", "A distribution's viewer mTLS uses the trust store " + id + ".", 409);
        }
        stores.delete(store);
    }

    @Transactional(readOnly = true)
    public Page<CloudFrontTrustStore> list(Scope scope, String marker, int max) {
        return Pager.page(stores.findByAccountOrderById(scope.account()), CloudFrontTrustStore::getId, max, marker, "InvalidArgument");
    }

    @Transactional(readOnly = true)
    public boolean exists(Scope scope, String arn) {
        String id = CloudFrontArns.idIn(arn, scope.account(), CloudFrontTrustStore.ARN_TYPE);
        return id != null && stores.findByIdAndAccount(id, scope.account()).isPresent();
    }

    /** Whether the account has a trust store of this id (a distribution's viewer mTLS may only name those). */
    @Transactional(readOnly = true)
    public boolean existsById(Scope scope, String id) {
        return id != null && stores.findByIdAndAccount(id, scope.account()).isPresent();
    }

    private static String checked(CaCertificatesBundleSource source) {
        CaCertificatesBundleS3Location s3 = source == null ? null : source.caCertificatesBundleS3Location();
        if (s3 == null || blank(s3.bucket()) || blank(s3.key()) || blank(s3.region())) {
            throw new AwsException("InvalidArgument", "A trust store's CaCertificatesBundleSource names the S3 Bucket, Key and Region of its CA "
                    + "bundle.");
        }
        if (!Regions.exists(s3.region())) {
            throw new AwsException("InvalidArgument", "The CA bundle's Region " + s3.region() + " is not an AWS Region.");
        }
        return RestXmlEnvelopes.storedDocument("CaCertificatesBundleSource", source);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
