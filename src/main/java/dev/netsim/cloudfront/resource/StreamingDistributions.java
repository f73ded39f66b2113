package dev.netsim.cloudfront.resource;

import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.tag.TaggableResources;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.cloudfront.model.ActiveTrustedSigners;
import software.amazon.awssdk.services.cloudfront.model.StreamingDistributionConfig;

/**
 * Streaming (RTMP) distributions: an S3 origin (a bucket's {@code s3.amazonaws.com} name, with an
 * existing origin access identity when one is named), deleted only when disabled; their ARN, status
 * and {@code s….cloudfront.net} domain; and tags.
 */
@Component
class StreamingDistributions implements ConfigRules, ConfigExtras, TaggableResources {

    private static final String OAI_PREFIX = "origin-access-identity/cloudfront/";

    private final ConfigResourceService resources;

    StreamingDistributions(@org.springframework.context.annotation.Lazy ConfigResourceService resources) {
        this.resources = resources;
    }

    @Override
    public ConfigKind kind() {
        return ConfigKinds.STREAMING_DISTRIBUTION;
    }

    @Override
    public void check(Scope scope, SdkPojo document) {
        StreamingDistributionConfig config = (StreamingDistributionConfig) document;
        if (config.s3Origin() == null || config.s3Origin().domainName() == null || !config.s3Origin().domainName().endsWith(".s3.amazonaws.com")) {
            throw new AwsException("InvalidOrigin", "A streaming distribution's origin is an S3 bucket (bucket.s3.amazonaws.com).");
        }
        String identity = config.s3Origin().originAccessIdentity();
        if (identity != null && !identity.isEmpty() && (!identity.startsWith(OAI_PREFIX)
                || resources.find(scope, ConfigKinds.ORIGIN_ACCESS_IDENTITY, identity.substring(OAI_PREFIX.length())).isEmpty())) {
            throw new AwsException("InvalidOriginAccessIdentity", "The origin access identity " + identity + " does not exist.");
        }
    }

    @Override
    public void checkDelete(Scope scope, SdkPojo document) {
        if (Boolean.TRUE.equals(((StreamingDistributionConfig) document).enabled())) {
            throw new AwsException("StreamingDistributionNotDisabled", "The streaming distribution you are trying to delete has not been disabled.",
                    409);
        }
    }

    @Override
    public Map<String, Object> members(String account, ConfigResourceService.Stored stored) {
        String domain = "s" + stored.id().substring(1).toLowerCase(java.util.Locale.ROOT) + ".cloudfront.net"; // unique as the id is
        return Map.of("ARN", arn(account, stored.id()), "Status", "Deployed", "DomainName", domain,
                "ActiveTrustedSigners", ActiveTrustedSigners.builder().enabled(false).quantity(0).build());
    }

    @Override
    public boolean exists(Scope scope, String arn) {
        String id = CloudFrontArns.idIn(arn, scope.account(), "streaming-distribution");
        return id != null && resources.find(scope, ConfigKinds.STREAMING_DISTRIBUTION, id).isPresent();
    }

    static String arn(String account, String id) {
        return CloudFrontArns.of(account, "streaming-distribution", id);
    }
}
