package dev.netsim.simulation.reachability;

import java.util.List;

import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.PortRange;

/**
 * A connection a load balancer node took on the forward path: the clients it came from, the node
 * address and listener port they sent to, the target it passed them to, and whether the target saw
 * the clients' own addresses. The node answers the clients from its address on the return path.
 */
record LoadBalancerSession(String loadBalancerArn, String nodeInterfaceId, List<AddressRange> clients, List<PortRange> clientPorts,
                           long nodeAddress, int listenerPort, long targetAddress, boolean preservesClients) {

    LoadBalancerSession {
        clients = List.copyOf(clients);
        clientPorts = List.copyOf(clientPorts);
    }
}
