package dev.netsim.ec2.network;

import dev.netsim.common.Scope;

/**
 * What one resource package contributes to the network snapshot: its resources of one (account,
 * region), as the {@code simulation/network} records, read in a query or two.
 */
public interface NetworkSlice {

    void contribute(Scope scope, NetworkAssembly assembly);
}
