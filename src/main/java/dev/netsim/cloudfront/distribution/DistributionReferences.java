package dev.netsim.cloudfront.distribution;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.anycast.AnycastListUsers;
import dev.netsim.cloudfront.function.FunctionAssociations;
import dev.netsim.cloudfront.function.FunctionKind;
import dev.netsim.cloudfront.logging.RealtimeLogUsers;
import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.cloudfront.resource.ConfigKind;
import dev.netsim.cloudfront.resource.ConfigKinds;
import dev.netsim.cloudfront.resource.ConfigReferences;
import dev.netsim.cloudfront.tag.TaggableResources;
import dev.netsim.cloudfront.truststore.TrustStoreUsers;
import dev.netsim.common.Scope;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.Origin;

/**
 * What distributions refer to: the policies and key groups of their cache behaviours, the access
 * controls and identities of their origins, their continuous deployment policy. A resource a
 * distribution uses cannot be deleted; ListDistributionsBy… finds the users; a function associated
 * with a behaviour is deployed, a real-time log configuration it logs to is in use. Distributions are also the CloudFront resources that take tags.
 */
@Component
class DistributionReferences implements ConfigReferences, TaggableResources, FunctionAssociations, RealtimeLogUsers, AnycastListUsers,
        TrustStoreUsers {

    private static final String OAI_PREFIX = "origin-access-identity/cloudfront/";

    private final DistributionRepository distributions;

    DistributionReferences(DistributionRepository distributions) {
        this.distributions = distributions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> userOf(Scope scope, ConfigKind kind, String id) {
        return users(scope, kind, id).stream().findFirst().map(d -> "distribution " + d.getId());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(Scope scope, String arn) {
        return distributions.findByAccountOrderById(scope.account()).stream().anyMatch(d -> d.getArn().equals(arn));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean associates(Scope scope, String functionArn) {
        String connectionFunction = CloudFrontArns.idIn(functionArn, scope.account(), FunctionKind.CONNECTION.arnType());
        return connectionFunction != null ? !connectionFunctionUsers(scope, connectionFunction).isEmpty()
                : anyBehavior(scope, b -> b.functionArns().contains(functionArn));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean uses(Scope scope, String realtimeLogConfigArn) {
        return !realtimeLogUsers(scope, realtimeLogConfigArn).isEmpty();
    }

    /** The account's distributions with a cache behaviour that logs to the configuration, in id order. */
    @Transactional(readOnly = true)
    public List<Distribution> realtimeLogUsers(Scope scope, String realtimeLogConfigArn) {
        return matching(scope, c -> CacheBehaviorView.all(c).stream().anyMatch(b -> realtimeLogConfigArn.equals(b.realtimeLogConfigArn())));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean servedOn(Scope scope, String anycastIpListId) {
        return !anycastUsers(scope, anycastIpListId).isEmpty();
    }

    /** The account's distributions behind the web ACL, in id order. */
    @Transactional(readOnly = true)
    public List<Distribution> webAclUsers(Scope scope, String webAclId) {
        return matching(scope, c -> webAclId != null && webAclId.equals(c.webACLId()));
    }

    /** The account's distributions served on the Anycast IP list, in id order. */
    @Transactional(readOnly = true)
    public List<Distribution> anycastUsers(Scope scope, String anycastIpListId) {
        return matching(scope, c -> anycastIpListId.equals(c.anycastIpListId()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean usesTrustStore(Scope scope, String trustStoreId) {
        return !trustStoreUsers(scope, trustStoreId).isEmpty();
    }

    /** The account's distributions whose viewer mTLS checks against the trust store, in id order. */
    @Transactional(readOnly = true)
    public List<Distribution> trustStoreUsers(Scope scope, String trustStoreId) {
        return matching(scope, c -> c.viewerMtlsConfig() != null && c.viewerMtlsConfig().trustStoreConfig() != null
                && trustStoreId.equals(c.viewerMtlsConfig().trustStoreConfig().trustStoreId()));
    }

    /** The account's distributions whose config associates the connection function of this id, in id order. */
    @Transactional(readOnly = true)
    public List<Distribution> connectionFunctionUsers(Scope scope, String connectionFunctionId) {
        return matching(scope, c -> c.connectionFunctionAssociation() != null && connectionFunctionId.equals(c.connectionFunctionAssociation().id()));
    }

    /** The account's distributions whose config passes the test, in id order. */
    @Transactional(readOnly = true)
    public List<Distribution> matching(Scope scope, Predicate<DistributionConfig> test) {
        return distributions.findByAccountOrderById(scope.account()).stream().filter(d -> test.test(DistributionService.config(d))).toList();
    }

    private boolean anyBehavior(Scope scope, java.util.function.Predicate<CacheBehaviorView> test) {
        return distributions.findByAccountOrderById(scope.account()).stream()
                .anyMatch(d -> CacheBehaviorView.all(DistributionService.config(d)).stream().anyMatch(test));
    }

    /** The account's distributions that use the resource, in id order. */
    @Transactional(readOnly = true)
    public List<Distribution> users(Scope scope, ConfigKind kind, String id) {
        return distributions.findByAccountOrderById(scope.account()).stream()
                .filter(d -> referenced(DistributionService.config(d), kind).contains(id)).toList();
    }

    /** The distributions of every account that use the resource, in id order (a shared resource's users). */
    @Transactional(readOnly = true)
    public List<Distribution> everyAccountUsing(ConfigKind kind, String id) {
        return distributions.findAll().stream().filter(d -> referenced(DistributionService.config(d), kind).contains(id))
                .sorted(java.util.Comparator.comparing(Distribution::getId)).toList();
    }

    /** The ids of a kind one config refers to. */
    static Set<String> referenced(DistributionConfig config, ConfigKind kind) {
        Set<String> ids = new HashSet<>();
        List<CacheBehaviorView> behaviors = CacheBehaviorView.all(config);
        if (kind.equals(ConfigKinds.CACHE_POLICY)) {
            behaviors.forEach(b -> add(ids, b.cachePolicyId()));
        } else if (kind.equals(ConfigKinds.ORIGIN_REQUEST_POLICY)) {
            behaviors.forEach(b -> add(ids, b.originRequestPolicyId()));
        } else if (kind.equals(ConfigKinds.RESPONSE_HEADERS_POLICY)) {
            behaviors.forEach(b -> add(ids, b.responseHeadersPolicyId()));
        } else if (kind.equals(ConfigKinds.KEY_GROUP)) {
            behaviors.forEach(b -> b.trustedKeyGroups().forEach(g -> add(ids, g)));
        } else if (kind.equals(ConfigKinds.FIELD_LEVEL_ENCRYPTION)) {
            behaviors.forEach(b -> add(ids, b.fieldLevelEncryptionId()));
        } else if (kind.equals(ConfigKinds.ORIGIN_ACCESS_CONTROL)) {
            config.origins().items().forEach(o -> add(ids, o.originAccessControlId()));
        } else if (kind.equals(ConfigKinds.ORIGIN_ACCESS_IDENTITY)) {
            config.origins().items().stream().map(DistributionReferences::identity).forEach(i -> add(ids, i));
        } else if (kind.equals(ConfigKinds.VPC_ORIGIN)) {
            config.origins().items().stream().filter(o -> o.vpcOriginConfig() != null).forEach(o -> add(ids, o.vpcOriginConfig().vpcOriginId()));
        } else if (kind.equals(ConfigKinds.CONTINUOUS_DEPLOYMENT_POLICY)) {
            add(ids, config.continuousDeploymentPolicyId());
        }
        return ids;
    }

    private static String identity(Origin origin) {
        String oai = origin.s3OriginConfig() == null ? null : origin.s3OriginConfig().originAccessIdentity();
        return oai != null && oai.startsWith(OAI_PREFIX) ? oai.substring(OAI_PREFIX.length()) : null;
    }

    private static void add(Set<String> ids, String id) {
        if (id != null && !id.isEmpty()) {
            ids.add(id);
        }
    }
}
