package dev.netsim.cloudfront.policy;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.resource.ConfigKind;
import dev.netsim.cloudfront.resource.ConfigKinds;
import dev.netsim.cloudfront.resource.ConfigRules;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.cloudfront.model.CachePolicyConfig;
import software.amazon.awssdk.services.cloudfront.model.ParametersInCacheKeyAndForwardedToOrigin;

/**
 * A cache policy's TTLs in order (MinTTL ≤ DefaultTTL ≤ MaxTTL, with AWS's defaults of one day and
 * one year raised to MinTTL and DefaultTTL), at most 10 headers, cookies and query strings in the
 * key, a list given exactly when its behaviour names one, and no key values when nothing is cached.
 */
@Component
class CachePolicyRules implements ConfigRules {

    static final long DEFAULT_TTL = 86_400;
    static final long MAX_TTL = 31_536_000;
    private static final int MAX_KEY_VALUES = 10;

    @Override
    public ConfigKind kind() {
        return ConfigKinds.CACHE_POLICY;
    }

    @Override
    public void check(Scope scope, SdkPojo document) {
        CachePolicyConfig config = (CachePolicyConfig) document;
        long min = config.minTTL();
        long defaultTtl = config.defaultTTL() != null ? config.defaultTTL() : Math.max(min, DEFAULT_TTL);
        long max = config.maxTTL() != null ? config.maxTTL() : Math.max(defaultTtl, MAX_TTL);
        if (min < 0 || defaultTtl < min || max < defaultTtl) {
            throw new AwsException("InvalidArgument", "The TTLs must be in order: MinTTL (" + min + ") <= DefaultTTL (" + defaultTtl
                    + ") <= MaxTTL (" + max + ").");
        }
        ParametersInCacheKeyAndForwardedToOrigin key = config.parametersInCacheKeyAndForwardedToOrigin();
        if (key == null) {
            throw new AwsException("InvalidArgument", "ParametersInCacheKeyAndForwardedToOrigin is required.");
        }
        KeyValues.check("TooManyHeadersInCachePolicy", "headers", key.headersConfig().headerBehaviorAsString(),
                key.headersConfig().headers() == null ? null : key.headersConfig().headers().items(), MAX_KEY_VALUES);
        KeyValues.check("TooManyCookiesInCachePolicy", "cookies", key.cookiesConfig().cookieBehaviorAsString(),
                key.cookiesConfig().cookies() == null ? null : key.cookiesConfig().cookies().items(), MAX_KEY_VALUES);
        KeyValues.check("TooManyQueryStringsInCachePolicy", "query strings", key.queryStringsConfig().queryStringBehaviorAsString(),
                key.queryStringsConfig().queryStrings() == null ? null : key.queryStringsConfig().queryStrings().items(), MAX_KEY_VALUES);
        boolean keyed = !"none".equals(key.headersConfig().headerBehaviorAsString()) || !"none".equals(key.cookiesConfig().cookieBehaviorAsString())
                || !"none".equals(key.queryStringsConfig().queryStringBehaviorAsString());
        if (max == 0 && keyed) {
            throw new AwsException("InvalidArgument", "A cache policy that caches nothing (MaxTTL 0) cannot put headers, cookies or query strings "
                    + "in the cache key: use an origin request policy to forward them.");
        }
    }
}
