package dev.netsim.cloudfront.tag;

import dev.netsim.common.Scope;

/** CloudFront resources that take tags, known by the packages that own them (distributions), so this one does not depend on them. */
public interface TaggableResources {

    /** Whether the ARN names one of this owner's resources in the account. */
    boolean exists(Scope scope, String arn);
}
