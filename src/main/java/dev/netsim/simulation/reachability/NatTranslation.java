package dev.netsim.simulation.reachability;

import java.util.ArrayList;
import java.util.List;

import dev.netsim.simulation.network.ComponentType;
import dev.netsim.simulation.network.PortRange;

/**
 * A source translation a NAT gateway made on a forward path, as its hops show it: the private
 * sources and ports, the NAT gateway's own address and remapped ports, the public address the
 * internet gateway put on it next (null for a private NAT gateway or a path that does not go on to
 * one), and where the packets were going.
 */
public record NatTranslation(String natGatewayId, int protocol, List<String> privateSources, List<PortRange> privateSourcePorts,
                             List<String> natSources, List<PortRange> natSourcePorts, List<String> publicSources,
                             List<String> destinations, List<PortRange> destinationPorts) {

    /** The translations of every NAT gateway on a forward path, in path order. */
    public static List<NatTranslation> onPath(List<PathComponent> forwardPath) {
        List<NatTranslation> translations = new ArrayList<>();
        for (int i = 0; i < forwardPath.size(); i++) {
            PathComponent hop = forwardPath.get(i);
            if (hop.componentType() != ComponentType.NAT_GATEWAY || hop.inboundHeader() == null || hop.outboundHeader() == null) {
                continue;
            }
            List<String> publicSources = List.of();
            for (PathComponent later : forwardPath.subList(i + 1, forwardPath.size())) {
                if (later.componentType() == ComponentType.INTERNET_GATEWAY && later.outboundHeader() != null) {
                    publicSources = later.outboundHeader().sourceAddresses();
                    break;
                }
            }
            PacketHeader in = hop.inboundHeader();
            PacketHeader out = hop.outboundHeader();
            translations.add(new NatTranslation(hop.componentId(), in.protocol(), in.sourceAddresses(), in.sourcePortRanges(),
                    out.sourceAddresses(), out.sourcePortRanges(), publicSources, out.destinationAddresses(), out.destinationPortRanges()));
        }
        return translations;
    }
}
