package dev.netsim.simulation.reachability;

import java.util.List;

import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.PortRange;

/**
 * A source translation a NAT gateway made on the forward path (private address and ports → its own
 * address and a remapped port), which the return path undoes, and the NAT view lists.
 */
record NatSession(String natGatewayId, List<AddressRange> originalSources, List<PortRange> originalSourcePorts,
                         long translatedSource, PortRange translatedSourcePorts) {

    public NatSession {
        originalSources = List.copyOf(originalSources);
        originalSourcePorts = List.copyOf(originalSourcePorts);
    }
}
