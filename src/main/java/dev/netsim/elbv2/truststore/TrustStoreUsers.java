package dev.netsim.elbv2.truststore;

import java.util.Set;

import dev.netsim.common.Scope;

/** The load balancers whose listeners verify clients with a trust store, implemented where listeners live. */
public interface TrustStoreUsers {

    Set<String> loadBalancersVerifyingWith(Scope scope, String trustStoreArn);
}
