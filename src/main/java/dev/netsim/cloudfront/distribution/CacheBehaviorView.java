package dev.netsim.cloudfront.distribution;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.cloudfront.model.AllowedMethods;
import software.amazon.awssdk.services.cloudfront.model.CacheBehavior;
import software.amazon.awssdk.services.cloudfront.model.DefaultCacheBehavior;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.ForwardedValues;

/**
 * A default or an ordered cache behaviour, which the model gives two types with the same members
 * (the default has no path pattern: {@code pathPattern} is null for it).
 */
public record CacheBehaviorView(String pathPattern, String targetOriginId, String viewerProtocolPolicy, String cachePolicyId,
                                String originRequestPolicyId, String responseHeadersPolicyId, String fieldLevelEncryptionId,
                                ForwardedValues forwardedValues, Long minTTL, Long defaultTTL, Long maxTTL, List<String> trustedKeyGroups,
                                AllowedMethods allowedMethods, List<String> functionArns, String realtimeLogConfigArn) {

    /** The default behaviour first, then the ordered ones in their order. */
    public static List<CacheBehaviorView> all(DistributionConfig config) {
        List<CacheBehaviorView> all = new ArrayList<>();
        all.add(of(config.defaultCacheBehavior()));
        if (config.cacheBehaviors() != null) {
            config.cacheBehaviors().items().forEach(b -> all.add(of(b)));
        }
        return all;
    }

    static CacheBehaviorView of(DefaultCacheBehavior b) {
        return new CacheBehaviorView(null, b.targetOriginId(), b.viewerProtocolPolicyAsString(), b.cachePolicyId(), b.originRequestPolicyId(), b.responseHeadersPolicyId(),
                b.fieldLevelEncryptionId(), b.forwardedValues(), b.minTTL(), b.defaultTTL(), b.maxTTL(),
                b.trustedKeyGroups() == null ? List.of() : b.trustedKeyGroups().items(), b.allowedMethods(),
                b.functionAssociations() == null ? List.of() : b.functionAssociations().items().stream().map(f -> f.functionARN()).toList(),
                b.realtimeLogConfigArn());
    }

    static CacheBehaviorView of(CacheBehavior b) {
        return new CacheBehaviorView(b.pathPattern(), b.targetOriginId(), b.viewerProtocolPolicyAsString(), b.cachePolicyId(), b.originRequestPolicyId(), b.responseHeadersPolicyId(),
                b.fieldLevelEncryptionId(), b.forwardedValues(), b.minTTL(), b.defaultTTL(), b.maxTTL(),
                b.trustedKeyGroups() == null ? List.of() : b.trustedKeyGroups().items(), b.allowedMethods(),
                b.functionAssociations() == null ? List.of() : b.functionAssociations().items().stream().map(f -> f.functionARN()).toList(),
                b.realtimeLogConfigArn());
    }
}
