package dev.netsim.cloudfront.distribution;

import dev.netsim.common.Scope;

/** How many invalidation batches of a distribution are in progress (a Distribution reports it), known by the invalidations package. */
public interface InvalidationCounts {

    int inProgress(Scope scope, String distributionId);
}
