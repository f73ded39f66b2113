package dev.netsim.cloudfront.distribution;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.anycast.AnycastIpListService;
import dev.netsim.cloudfront.function.FunctionKind;
import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.cloudfront.function.FunctionService;
import dev.netsim.cloudfront.logging.RealtimeLogConfigService;
import dev.netsim.cloudfront.resource.ConfigKind;
import dev.netsim.cloudfront.resource.ConfigKinds;
import dev.netsim.cloudfront.resource.ConfigResourceService;
import dev.netsim.cloudfront.resource.Quantities;
import dev.netsim.cloudfront.truststore.CloudFrontTrustStoreService;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import software.amazon.awssdk.services.cloudfront.model.ViewerMtlsConfig;
import software.amazon.awssdk.services.cloudfront.model.ViewerMtlsMode;
import software.amazon.awssdk.services.cloudfront.model.ConnectionMode;
import software.amazon.awssdk.services.cloudfront.model.ParameterDefinition;
import software.amazon.awssdk.services.cloudfront.model.AllowedMethods;
import software.amazon.awssdk.services.cloudfront.model.CustomErrorResponse;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.Origin;
import software.amazon.awssdk.services.cloudfront.model.OriginGroup;

/**
 * The checks CloudFront makes of a DistributionConfig before it accepts it: origins and origin
 * groups, the behaviours that route to them and the policies they name, legacy TTLs in order,
 * methods, custom error responses, the default root object, and aliases with the certificate they
 * need. Each problem gets CloudFront's own error code.
 */
@Component
class DistributionConfigRules {

    /** The status codes an origin group may fail over on. */
    static final Set<Integer> FAILOVER_CODES = Set.of(400, 403, 404, 416, 500, 502, 503, 504);
    private static final Set<Integer> ERROR_CODES = Set.of(400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504);
    private static final List<Set<String>> METHOD_SETS = List.of(Set.of("GET", "HEAD"), Set.of("GET", "HEAD", "OPTIONS"),
            Set.of("GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"));
    private static final String OAI_PREFIX = "origin-access-identity/cloudfront/";

    private final ConfigResourceService resources;
    private final FunctionService functions;
    private final RealtimeLogConfigService realtimeLogs;
    private final AnycastIpListService anycastLists;
    private final CloudFrontTrustStoreService trustStores;

    DistributionConfigRules(ConfigResourceService resources, FunctionService functions, RealtimeLogConfigService realtimeLogs,
                            AnycastIpListService anycastLists, CloudFrontTrustStoreService trustStores) {
        this.trustStores = trustStores;
        this.resources = resources;
        this.functions = functions;
        this.realtimeLogs = realtimeLogs;
        this.anycastLists = anycastLists;
    }

    void check(Scope scope, DistributionConfig config) {
        Quantities.check(config);
        if (config.callerReference() == null || config.callerReference().isEmpty() || config.callerReference().length() > 255) {
            throw invalid("The CallerReference of a distribution is 1 to 255 characters long.");
        }
        Set<String> targets = origins(scope, config);
        Set<String> patterns = new HashSet<>();
        for (CacheBehaviorView b : CacheBehaviorView.all(config)) {
            if (b.pathPattern() != null && !patterns.add(b.pathPattern())) {
                throw invalid("The path pattern " + b.pathPattern() + " is used by two cache behaviors.");
            }
            behavior(scope, b, targets);
        }
        if (config.defaultRootObject() != null && config.defaultRootObject().startsWith("/")) {
            throw new AwsException("InvalidDefaultRootObject", "The default root object " + config.defaultRootObject()
                    + " must not begin with a slash.");
        }
        if (config.customErrorResponses() != null) {
            config.customErrorResponses().items().forEach(DistributionConfigRules::errorResponse);
        }
        if (config.continuousDeploymentPolicyId() != null && !config.continuousDeploymentPolicyId().isEmpty()) {
            exists(scope, ConfigKinds.CONTINUOUS_DEPLOYMENT_POLICY, config.continuousDeploymentPolicyId(), "NoSuchContinuousDeploymentPolicy");
        }
        if (config.anycastIpListId() != null && !config.anycastIpListId().isEmpty() && !anycastLists.exists(scope, config.anycastIpListId())) {
            throw new AwsException("EntityNotFound", "The Anycast IP list " + config.anycastIpListId() + " does not exist.", 404);
        }
        if (config.connectionFunctionAssociation() != null && !functions.isLive(scope, FunctionKind.CONNECTION,
                CloudFrontArns.of(scope.account(), FunctionKind.CONNECTION.arnType(), config.connectionFunctionAssociation().id()))) {
            throw new AwsException("EntityNotFound", "The connection function " + config.connectionFunctionAssociation().id()
                    + " does not exist or is not published to LIVE.", 404);
        }
        viewerMtls(scope, config);
        tenancy(config);
        aliasesNeedACertificate(config);
    }

    /** Viewer mTLS (required or optional) checks client certificates against a trust store of the account. */
    private void viewerMtls(Scope scope, DistributionConfig config) {
        ViewerMtlsConfig mtls = config.viewerMtlsConfig();
        if (mtls == null) {
            return;
        }
        if (mtls.mode() == ViewerMtlsMode.UNKNOWN_TO_SDK_VERSION) {
            throw invalid("The viewer mTLS Mode is required, optional or passthrough, not " + mtls.modeAsString() + ".");
        }
        String trustStore = mtls.trustStoreConfig() == null ? null : mtls.trustStoreConfig().trustStoreId();
        if (trustStore == null) {
            throw invalid("Viewer mTLS in " + mtls.modeAsString() + " mode needs a TrustStoreConfig with the TrustStoreId to check against.");
        }
        if (trustStore != null && !trustStores.existsById(scope, trustStore)) {
            throw new AwsException("EntityNotFound", "The trust store " + trustStore + " does not exist.", 404);
        }
    }

    /**
     * A multi-tenant ({@code tenant-only}) distribution has no domains of its own — its tenants
     * carry them — and no staging copy or Anycast IP list (its connection groups have those); only
     * it takes a TenantConfig, whose parameters have distinct names.
     */
    private static void tenancy(DistributionConfig config) {
        boolean multiTenant = "tenant-only".equals(connectionMode(config));
        if (config.connectionMode() != null && config.connectionMode() == ConnectionMode.UNKNOWN_TO_SDK_VERSION) {
            throw invalid("ConnectionMode is direct or tenant-only, not " + config.connectionModeAsString() + ".");
        }
        if (!multiTenant) {
            if (config.tenantConfig() != null) {
                throw invalid("Only a multi-tenant distribution (ConnectionMode tenant-only) takes a TenantConfig.");
            }
            return;
        }
        if (!aliases(config).isEmpty()) {
            throw invalid("A multi-tenant distribution has no aliases: give the domains to its distribution tenants.");
        }
        if (Boolean.TRUE.equals(config.staging()) || (config.continuousDeploymentPolicyId() != null && !config.continuousDeploymentPolicyId()
                .isEmpty())) {
            throw invalid("A multi-tenant distribution cannot use continuous deployment.");
        }
        if (config.anycastIpListId() != null && !config.anycastIpListId().isEmpty()) {
            throw invalid("A multi-tenant distribution takes no Anycast IP list; give it to the connection group.");
        }
        if (config.tenantConfig() != null && config.tenantConfig().hasParameterDefinitions()) {
            Set<String> names = new HashSet<>();
            for (ParameterDefinition p : config.tenantConfig().parameterDefinitions()) {
                if (p.name() == null || !names.add(p.name())) {
                    throw invalid("Each parameter definition of a TenantConfig has its own name: " + p.name() + ".");
                }
                if (p.definition() == null || p.definition().stringSchema() == null || p.definition().stringSchema().required() == null) {
                    throw invalid("The parameter " + p.name() + " needs a Definition with a StringSchema saying whether it is Required.");
                }
            }
        }
    }

    /** The aliases the config claims, lower case. */
    /** {@code direct} (a standard distribution, the default) or {@code tenant-only} (a multi-tenant one). */
    static String connectionMode(DistributionConfig config) {
        return config.connectionMode() == null ? "direct" : config.connectionModeAsString();
    }

    static List<String> aliases(DistributionConfig config) {
        if (config.aliases() == null) {
            return List.of();
        }
        return config.aliases().items().stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    }

    /** @return the ids behaviours may route to: origins and origin groups */
    private Set<String> origins(Scope scope, DistributionConfig config) {
        Set<String> ids = new HashSet<>();
        List<Origin> origins = config.origins().items();
        if (origins.isEmpty()) {
            throw invalid("A distribution needs at least one origin.");
        }
        for (Origin origin : origins) {
            if (!ids.add(origin.id())) {
                throw invalid("The origin id " + origin.id() + " is used twice.");
            }
            origin(scope, origin);
        }
        if (config.originGroups() != null) {
            for (OriginGroup group : config.originGroups().items()) {
                originGroup(group, origins.stream().map(Origin::id).toList());
                if (!ids.add(group.id())) {
                    throw invalid("The origin group id " + group.id() + " is also the id of an origin or another group.");
                }
            }
        }
        return ids;
    }

    private void origin(Scope scope, Origin origin) {
        if ((origin.s3OriginConfig() != null) == (origin.customOriginConfig() != null) && origin.vpcOriginConfig() == null) {
            throw new AwsException("InvalidOrigin", "The origin " + origin.id() + " needs exactly one of S3OriginConfig and CustomOriginConfig.");
        }
        range(origin.connectionAttempts(), 1, 3, "ConnectionAttempts of origin " + origin.id(), "InvalidArgument");
        range(origin.connectionTimeout(), 1, 10, "ConnectionTimeout of origin " + origin.id(), "InvalidArgument");
        if (origin.customOriginConfig() != null) {
            range(origin.customOriginConfig().originReadTimeout(), 1, 60, "OriginReadTimeout of origin " + origin.id(), "InvalidOriginReadTimeout");
            range(origin.customOriginConfig().originKeepaliveTimeout(), 1, 60, "OriginKeepaliveTimeout of origin " + origin.id(),
                    "InvalidOriginKeepaliveTimeout");
        }
        if (origin.originPath() != null && !origin.originPath().isEmpty()
                && (!origin.originPath().startsWith("/") || origin.originPath().endsWith("/"))) {
            throw invalid("The OriginPath " + origin.originPath() + " of origin " + origin.id() + " must begin with a slash and not end with one.");
        }
        if (origin.originAccessControlId() != null && !origin.originAccessControlId().isEmpty()
                && resources.find(scope, ConfigKinds.ORIGIN_ACCESS_CONTROL, origin.originAccessControlId()).isEmpty()) {
            throw new AwsException("InvalidOriginAccessControl", "The origin access control " + origin.originAccessControlId() + " does not exist.");
        }
        if (origin.vpcOriginConfig() != null) {
            exists(scope, ConfigKinds.VPC_ORIGIN, origin.vpcOriginConfig().vpcOriginId(), "EntityNotFound");
        }
        String identity = origin.s3OriginConfig() == null ? null : origin.s3OriginConfig().originAccessIdentity();
        if (identity != null && !identity.isEmpty() && (!identity.startsWith(OAI_PREFIX)
                || resources.find(scope, ConfigKinds.ORIGIN_ACCESS_IDENTITY, identity.substring(OAI_PREFIX.length())).isEmpty())) {
            throw new AwsException("InvalidOriginAccessIdentity", "The origin access identity " + identity + " does not exist.");
        }
    }

    private static void originGroup(OriginGroup group, List<String> originIds) {
        List<String> members = group.members().items().stream().map(m -> m.originId()).toList();
        if (members.size() != 2) {
            throw invalid("The origin group " + group.id() + " needs exactly two members.");
        }
        for (String member : members) {
            if (!originIds.contains(member)) {
                throw new AwsException("NoSuchOrigin", "The origin group " + group.id() + " names the origin " + member + ", which does not exist.",
                        404);
            }
        }
        for (Integer code : group.failoverCriteria().statusCodes().items()) {
            if (!FAILOVER_CODES.contains(code)) {
                throw invalid("An origin group fails over on " + FAILOVER_CODES + " only, not " + code + ".");
            }
        }
    }

    private void behavior(Scope scope, CacheBehaviorView b, Set<String> targets) {
        if (!targets.contains(b.targetOriginId())) {
            throw new AwsException("NoSuchOrigin", "One or more of your origins or origin groups do not exist: " + b.targetOriginId() + ".", 404);
        }
        boolean legacy = b.forwardedValues() != null || b.minTTL() != null || b.defaultTTL() != null || b.maxTTL() != null;
        if (b.cachePolicyId() != null && !b.cachePolicyId().isEmpty()) {
            if (legacy) {
                throw invalid("A cache behavior with a CachePolicyId cannot also give ForwardedValues or TTLs.");
            }
            exists(scope, ConfigKinds.CACHE_POLICY, b.cachePolicyId(), "NoSuchCachePolicy");
        } else {
            if (b.forwardedValues() == null) {
                throw invalid("The parameter ForwardedValues is required when a cache behavior has no CachePolicyId.");
            }
            long min = b.minTTL() == null ? 0 : b.minTTL();
            long defaultTtl = b.defaultTTL() == null ? Math.max(min, 86_400) : b.defaultTTL();
            long max = b.maxTTL() == null ? Math.max(defaultTtl, 31_536_000) : b.maxTTL();
            if (min > defaultTtl || defaultTtl > max) {
                throw new AwsException("InvalidTTLOrder", "The TTLs must be in order: MinTTL (" + min + ") <= DefaultTTL (" + defaultTtl
                        + ") <= MaxTTL (" + max + ").");
            }
        }
        if (b.originRequestPolicyId() != null && !b.originRequestPolicyId().isEmpty()) {
            exists(scope, ConfigKinds.ORIGIN_REQUEST_POLICY, b.originRequestPolicyId(), "NoSuchOriginRequestPolicy");
        }
        if (b.responseHeadersPolicyId() != null && !b.responseHeadersPolicyId().isEmpty()) {
            exists(scope, ConfigKinds.RESPONSE_HEADERS_POLICY, b.responseHeadersPolicyId(), "NoSuchResponseHeadersPolicy");
        }
        for (String group : b.trustedKeyGroups()) {
            exists(scope, ConfigKinds.KEY_GROUP, group, "TrustedKeyGroupDoesNotExist");
        }
        if (b.realtimeLogConfigArn() != null && !b.realtimeLogConfigArn().isEmpty() && !realtimeLogs.exists(scope, b.realtimeLogConfigArn())) {
            throw new AwsException("NoSuchRealtimeLogConfig", "The real-time log configuration " + b.realtimeLogConfigArn() + " does not exist.",
                    404);
        }
        for (String function : b.functionArns()) {
            if (!functions.isLive(scope, FunctionKind.VIEWER, function)) {
                throw new AwsException("InvalidFunctionAssociation", "The function " + function + " does not exist or is not published to LIVE.");
            }
        }
        methods(b.allowedMethods());
    }

    private static void methods(AllowedMethods allowed) {
        if (allowed == null) {
            return;
        }
        Set<String> items = new HashSet<>(allowed.itemsAsStrings());
        if (!METHOD_SETS.contains(items)) {
            throw invalid("AllowedMethods must be GET and HEAD; GET, HEAD and OPTIONS; or all seven methods, not " + items + ".");
        }
        if (allowed.cachedMethods() != null) {
            Set<String> cached = new HashSet<>(allowed.cachedMethods().itemsAsStrings());
            if (!cached.equals(Set.of("GET", "HEAD")) && !(cached.equals(Set.of("GET", "HEAD", "OPTIONS")) && items.contains("OPTIONS"))) {
                throw invalid("CachedMethods must be GET and HEAD, or GET, HEAD and OPTIONS when OPTIONS is allowed, not " + cached + ".");
            }
        }
    }

    private static void errorResponse(CustomErrorResponse r) {
        if (!ERROR_CODES.contains(r.errorCode())) {
            throw new AwsException("InvalidErrorCode", "CloudFront can customize the error codes " + ERROR_CODES + ", not " + r.errorCode() + ".");
        }
        boolean page = r.responsePagePath() != null && !r.responsePagePath().isEmpty();
        boolean code = r.responseCode() != null && !r.responseCode().isEmpty();
        if (page != code) {
            throw new AwsException("InvalidResponseCode", "A custom error response for " + r.errorCode()
                    + " gives both ResponsePagePath and ResponseCode, or neither.");
        }
        if (page && !r.responsePagePath().startsWith("/")) {
            throw new AwsException("InvalidRelativePath", "The ResponsePagePath " + r.responsePagePath() + " must begin with a slash.");
        }
    }

    private static void aliasesNeedACertificate(DistributionConfig config) {
        if (aliases(config).isEmpty()) {
            return;
        }
        var certificate = config.viewerCertificate();
        boolean own = certificate != null && ((certificate.acmCertificateArn() != null && !certificate.acmCertificateArn().isEmpty())
                || (certificate.iamCertificateId() != null && !certificate.iamCertificateId().isEmpty()));
        if (!own) {
            throw new AwsException("InvalidViewerCertificate", "To add an alternate domain name (CNAME) to a CloudFront distribution, you must "
                    + "attach a trusted certificate that validates your authorization to use the domain name.");
        }
    }

    private void exists(Scope scope, ConfigKind kind, String id, String code) {
        if (resources.find(scope, kind, id).isEmpty()) {
            throw new AwsException(code, "The " + kind.name() + " " + id + " does not exist.", 404);
        }
    }

    private static void range(Integer value, int min, int max, String what, String code) {
        if (value != null && (value < min || value > max)) {
            throw new AwsException(code, what + " must be from " + min + " to " + max + ", not " + value + ".");
        }
    }

    private static AwsException invalid(String message) {
        return new AwsException("InvalidArgument", message);
    }
}
