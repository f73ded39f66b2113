package dev.netsim.simulation.reachability;

import dev.netsim.simulation.network.NetworkInterfaceNode;

/**
 * Where a traced path should arrive: a component (an instance or interface, an internet gateway —
 * the internet —, a gateway endpoint, a peering connection, a virtual private gateway, a transit
 * gateway or one of its attachments), or just an address when the path names only a destination IP
 * ({@code componentId} null). {@code routeTarget} is what a route heading for it targets.
 */
record PathEnd(String componentId, long address, String routeTarget) {

    static PathEnd component(String id) {
        return new PathEnd(id, -1, id);
    }

    /** An end that routes reach through another component: a transit gateway attachment through its gateway. */
    static PathEnd component(String id, String routeTarget) {
        return new PathEnd(id, -1, routeTarget);
    }

    static PathEnd address(long address) {
        return new PathEnd(null, address, null);
    }

    boolean is(String id) {
        return id.equals(componentId);
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
