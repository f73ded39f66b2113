package dev.netsim.cloudfront.truststore;

import dev.netsim.common.Scope;

/** Whether a distribution checks viewers' certificates against a trust store, known by the distributions package, so this one does not depend on it. */
public interface TrustStoreUsers {

    boolean usesTrustStore(Scope scope, String trustStoreId);
}
