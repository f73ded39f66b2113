package dev.netsim.simulation.reachability;

import dev.netsim.simulation.network.IpProtocol;
import dev.netsim.simulation.network.PortRange;

/**
 * What to analyse, as CreateNetworkInsightsPath takes it: a source and a destination component (the
 * destination may be left out when a destination address is given), optional addresses on either
 * end, the protocol (TCP or UDP), the destination port, and optional filters at source and destination.
 */
public record ReachabilityQuery(String source, String destination, String sourceIp, String destinationIp, IpProtocol protocol,
                                Integer destinationPort, PathFilter filterAtSource, PathFilter filterAtDestination) {

    /** A query from one component to another on one port. */
    public static ReachabilityQuery between(String source, String destination, IpProtocol protocol, Integer destinationPort) {
        return new ReachabilityQuery(source, destination, null, null, protocol, destinationPort, null, null);
    }

    /** AWS's {@code PathFilter}: addresses (CIDR or address) and port ranges the analysed packets are narrowed to. */
    public record PathFilter(String sourceAddress, PortRange sourcePortRange, String destinationAddress, PortRange destinationPortRange) {
    }
}
