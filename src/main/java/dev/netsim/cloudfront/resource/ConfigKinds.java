package dev.netsim.cloudfront.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.netsim.cloudfront.resource.ConfigKind.IdStyle;

/** Every CloudFront config-document kind Netsim serves, with AWS's operation names, error codes and default quotas. */
public final class ConfigKinds {

    public static final ConfigKind CACHE_POLICY = new ConfigKind("CachePolicy", "CachePolicyConfig", "cache-policy", IdStyle.UUID, "Name", 20,
            "CreateCachePolicy", "GetCachePolicy", "GetCachePolicyConfig", "UpdateCachePolicy", "DeleteCachePolicy", "ListCachePolicies",
            "NoSuchCachePolicy", "CachePolicyAlreadyExists", "TooManyCachePolicies", "CachePolicyInUse");
    public static final ConfigKind ORIGIN_REQUEST_POLICY = new ConfigKind("OriginRequestPolicy", "OriginRequestPolicyConfig",
            "origin-request-policy", IdStyle.UUID, "Name", 20,
            "CreateOriginRequestPolicy", "GetOriginRequestPolicy", "GetOriginRequestPolicyConfig", "UpdateOriginRequestPolicy",
            "DeleteOriginRequestPolicy", "ListOriginRequestPolicies",
            "NoSuchOriginRequestPolicy", "OriginRequestPolicyAlreadyExists", "TooManyOriginRequestPolicies", "OriginRequestPolicyInUse");
    public static final ConfigKind RESPONSE_HEADERS_POLICY = new ConfigKind("ResponseHeadersPolicy", "ResponseHeadersPolicyConfig",
            "response-headers-policy", IdStyle.UUID, "Name", 20,
            "CreateResponseHeadersPolicy", "GetResponseHeadersPolicy", "GetResponseHeadersPolicyConfig", "UpdateResponseHeadersPolicy",
            "DeleteResponseHeadersPolicy", "ListResponseHeadersPolicies",
            "NoSuchResponseHeadersPolicy", "ResponseHeadersPolicyAlreadyExists", "TooManyResponseHeadersPolicies", "ResponseHeadersPolicyInUse");
    public static final ConfigKind ORIGIN_ACCESS_CONTROL = new ConfigKind("OriginAccessControl", "OriginAccessControlConfig",
            "origin-access-control", IdStyle.E, "Name", 100,
            "CreateOriginAccessControl", "GetOriginAccessControl", "GetOriginAccessControlConfig", "UpdateOriginAccessControl",
            "DeleteOriginAccessControl", "ListOriginAccessControls",
            "NoSuchOriginAccessControl", "OriginAccessControlAlreadyExists", "TooManyOriginAccessControls", "OriginAccessControlInUse");
    public static final ConfigKind ORIGIN_ACCESS_IDENTITY = new ConfigKind("CloudFrontOriginAccessIdentity", "CloudFrontOriginAccessIdentityConfig",
            "origin-access-identity/cloudfront", IdStyle.E, "CallerReference", 100,
            "CreateCloudFrontOriginAccessIdentity", "GetCloudFrontOriginAccessIdentity", "GetCloudFrontOriginAccessIdentityConfig",
            "UpdateCloudFrontOriginAccessIdentity", "DeleteCloudFrontOriginAccessIdentity", "ListCloudFrontOriginAccessIdentities",
            "NoSuchCloudFrontOriginAccessIdentity", "CloudFrontOriginAccessIdentityAlreadyExists", "TooManyCloudFrontOriginAccessIdentities",
            "CloudFrontOriginAccessIdentityInUse");
    public static final ConfigKind KEY_GROUP = new ConfigKind("KeyGroup", "KeyGroupConfig", "key-group", IdStyle.UUID, "Name", 10,
            "CreateKeyGroup", "GetKeyGroup", "GetKeyGroupConfig", "UpdateKeyGroup", "DeleteKeyGroup", "ListKeyGroups",
            "NoSuchResource", "KeyGroupAlreadyExists", "TooManyKeyGroups", "ResourceInUse");
    public static final ConfigKind PUBLIC_KEY = new ConfigKind("PublicKey", "PublicKeyConfig", "public-key", IdStyle.K, "CallerReference", 10,
            "CreatePublicKey", "GetPublicKey", "GetPublicKeyConfig", "UpdatePublicKey", "DeletePublicKey", "ListPublicKeys",
            "NoSuchPublicKey", "PublicKeyAlreadyExists", "TooManyPublicKeys", "PublicKeyInUse");
    public static final ConfigKind FIELD_LEVEL_ENCRYPTION = new ConfigKind("FieldLevelEncryption", "FieldLevelEncryptionConfig",
            "field-level-encryption", IdStyle.E, "CallerReference", 10,
            "CreateFieldLevelEncryptionConfig", "GetFieldLevelEncryption", "GetFieldLevelEncryptionConfig", "UpdateFieldLevelEncryptionConfig",
            "DeleteFieldLevelEncryptionConfig", "ListFieldLevelEncryptionConfigs",
            "NoSuchFieldLevelEncryptionConfig", "FieldLevelEncryptionConfigAlreadyExists", "TooManyFieldLevelEncryptionConfigs",
            "FieldLevelEncryptionConfigInUse");
    public static final ConfigKind FIELD_LEVEL_ENCRYPTION_PROFILE = new ConfigKind("FieldLevelEncryptionProfile", "FieldLevelEncryptionProfileConfig",
            "field-level-encryption-profile", IdStyle.E, "Name", 10,
            "CreateFieldLevelEncryptionProfile", "GetFieldLevelEncryptionProfile", "GetFieldLevelEncryptionProfileConfig",
            "UpdateFieldLevelEncryptionProfile", "DeleteFieldLevelEncryptionProfile", "ListFieldLevelEncryptionProfiles",
            "NoSuchFieldLevelEncryptionProfile", "FieldLevelEncryptionProfileAlreadyExists", "TooManyFieldLevelEncryptionProfiles",
            "FieldLevelEncryptionProfileInUse");
    public static final ConfigKind CONTINUOUS_DEPLOYMENT_POLICY = new ConfigKind("ContinuousDeploymentPolicy", "ContinuousDeploymentPolicyConfig",
            "continuous-deployment-policy", IdStyle.UUID, null, 20,
            "CreateContinuousDeploymentPolicy", "GetContinuousDeploymentPolicy", "GetContinuousDeploymentPolicyConfig",
            "UpdateContinuousDeploymentPolicy", "DeleteContinuousDeploymentPolicy", "ListContinuousDeploymentPolicies",
            "NoSuchContinuousDeploymentPolicy", "ContinuousDeploymentPolicyAlreadyExists", "TooManyContinuousDeploymentPolicies",
            "ContinuousDeploymentPolicyInUse");

    public static final ConfigKind VPC_ORIGIN = new ConfigKind("VpcOrigin", "VpcOriginEndpointConfig", "vpc-origin", IdStyle.VPC_ORIGIN, "Name", 20,
            "CreateVpcOrigin", "GetVpcOrigin", null, "UpdateVpcOrigin", "DeleteVpcOrigin", "ListVpcOrigins",
            "EntityNotFound", "EntityAlreadyExists", "EntityLimitExceeded", "CannotDeleteEntityWhileInUse");

    /** RTMP distributions, which AWS discontinued at the end of 2020; the API still has them, and Netsim keeps them as documents. */
    public static final ConfigKind STREAMING_DISTRIBUTION = new ConfigKind("StreamingDistribution", "StreamingDistributionConfig",
            "streaming-distribution", IdStyle.E, "CallerReference", 100,
            "CreateStreamingDistribution", "GetStreamingDistribution", "GetStreamingDistributionConfig", "UpdateStreamingDistribution",
            "DeleteStreamingDistribution", "ListStreamingDistributions",
            "NoSuchStreamingDistribution", "StreamingDistributionAlreadyExists", "TooManyStreamingDistributions", "StreamingDistributionNotDisabled");

    public static final List<ConfigKind> ALL = List.of(CACHE_POLICY, ORIGIN_REQUEST_POLICY, RESPONSE_HEADERS_POLICY, ORIGIN_ACCESS_CONTROL,
            ORIGIN_ACCESS_IDENTITY, KEY_GROUP, PUBLIC_KEY, FIELD_LEVEL_ENCRYPTION, FIELD_LEVEL_ENCRYPTION_PROFILE, CONTINUOUS_DEPLOYMENT_POLICY,
            VPC_ORIGIN, STREAMING_DISTRIBUTION);

    private static final Map<String, ConfigKind> BY_OPERATION = new HashMap<>();

    static {
        ALL.forEach(kind -> kind.operations().forEach(op -> BY_OPERATION.put(op, kind)));
    }

    private ConfigKinds() {
    }

    public static Optional<ConfigKind> ofOperation(String operation) {
        return Optional.ofNullable(BY_OPERATION.get(operation));
    }
}
