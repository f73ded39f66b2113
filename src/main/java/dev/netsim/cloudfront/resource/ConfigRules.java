package dev.netsim.cloudfront.resource;

import dev.netsim.common.Scope;
import software.amazon.awssdk.core.SdkPojo;

/** The checks one kind's config must pass beyond its model's (TTL order, header counts, the keys a key group names). */
public interface ConfigRules {

    ConfigKind kind();

    /** @throws dev.netsim.common.AwsException with CloudFront's code for the first problem */
    void check(Scope scope, SdkPojo config);

    /** What must hold before the resource may be deleted (a streaming distribution must be disabled). */
    default void checkDelete(Scope scope, SdkPojo config) {
    }
}
