package dev.netsim.cloudfront.resource;

import org.springframework.stereotype.Component;

import dev.netsim.common.AllocationLockRepository;
import dev.netsim.common.AwsException;

/**
 * What CloudFront keeps unique (names, caller references, aliases) and its quotas are checked while
 * holding one lock row, so two concurrent creations cannot both pass; and the If-Match rule of
 * every update and delete.
 */
@Component
public class CloudFrontLocks {

    private final AllocationLockRepository locks;

    CloudFrontLocks(AllocationLockRepository locks) {
        this.locks = locks;
    }

    /** Held until the calling transaction ends. */
    public void holdReferences() {
        locks.acquire("cloudfront-references").orElseThrow(() -> new IllegalStateException("allocation lock row cloudfront-references missing"));
    }

    /** A change must name the current ETag: missing is {@code InvalidIfMatchVersion}, another is {@code PreconditionFailed}. */
    public static void checkIfMatch(String currentEtag, String ifMatch) {
        if (ifMatch == null || ifMatch.isEmpty()) {
            throw new AwsException("InvalidIfMatchVersion", "The If-Match version is missing or not valid for the resource.");
        }
        if (!ifMatch.equals(currentEtag)) {
            throw new AwsException("PreconditionFailed", "The precondition given in one or more of the request-header fields evaluated to false.",
                    412);
        }
    }
}
