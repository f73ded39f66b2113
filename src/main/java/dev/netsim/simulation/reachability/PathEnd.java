package dev.netsim.simulation.reachability;

import dev.netsim.simulation.network.NetworkInterfaceNode;

/**
 * Where a traced path should arrive: a component (an instance or interface, an internet gateway —
 * the internet —, a gateway endpoint, a peering connection, a virtual private gateway), or just an
 * address when the path names only a destination IP ({@code componentId} null).
 */
record PathEnd(String componentId, long address) {

    static PathEnd component(String id) {
        return new PathEnd(id, -1);
    }

    static PathEnd address(long address) {
        return new PathEnd(null, address);
    }

    /** Whether packets handed to this interface have arrived. */
    boolean isInterface(NetworkInterfaceNode eni) {
        if (componentId == null) {
            return eni.hasPrivateIp(address);
        }
        return componentId.equals(eni.id()) || componentId.equals(eni.attachedTo());
    }

    /** Whether packets leaving through this gateway, endpoint or connection have arrived. */
    boolean isExit(String exitId) {
        return componentId == null || componentId.equals(exitId);
    }
}
