package dev.netsim.cloudfront.policy;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.resource.ConfigKind;
import dev.netsim.cloudfront.resource.ConfigKinds;
import dev.netsim.cloudfront.resource.ConfigRules;
import dev.netsim.common.Scope;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.cloudfront.model.OriginRequestPolicyConfig;

/** An origin request policy names at most 10 headers, cookies and query strings, each list given exactly when its behaviour takes one. */
@Component
class OriginRequestPolicyRules implements ConfigRules {

    private static final int MAX_VALUES = 10;

    @Override
    public ConfigKind kind() {
        return ConfigKinds.ORIGIN_REQUEST_POLICY;
    }

    @Override
    public void check(Scope scope, SdkPojo document) {
        OriginRequestPolicyConfig config = (OriginRequestPolicyConfig) document;
        KeyValues.check("TooManyHeadersInOriginRequestPolicy", "headers", config.headersConfig().headerBehaviorAsString(),
                config.headersConfig().headers() == null ? null : config.headersConfig().headers().items(), MAX_VALUES);
        KeyValues.check("TooManyCookiesInOriginRequestPolicy", "cookies", config.cookiesConfig().cookieBehaviorAsString(),
                config.cookiesConfig().cookies() == null ? null : config.cookiesConfig().cookies().items(), MAX_VALUES);
        KeyValues.check("TooManyQueryStringsInOriginRequestPolicy", "query strings", config.queryStringsConfig().queryStringBehaviorAsString(),
                config.queryStringsConfig().queryStrings() == null ? null : config.queryStringsConfig().queryStrings().items(), MAX_VALUES);
    }
}
