package dev.netsim.simulation.reachability;

import java.util.List;

import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.PortRange;

/**
 * The packets at one point of a path as AWS shows them in a path component's inbound or outbound
 * header: address lists (CIDR blocks), port ranges and the protocol number ({@code 6}, {@code 17}).
 */
public record PacketHeader(List<String> sourceAddresses, List<String> destinationAddresses, List<PortRange> sourcePortRanges,
                           List<PortRange> destinationPortRanges, int protocol) {

    public static PacketHeader of(HeaderSpace space) {
        return new PacketHeader(cidrs(space.sources()), cidrs(space.destinations()), space.sourcePorts(),
                space.destinationPorts(), space.protocol().number());
    }

    private static List<String> cidrs(List<AddressRange> ranges) {
        return ranges.stream().flatMap(r -> r.isSingle() ? java.util.stream.Stream.of(AddressRange.format(r.first()))
                : r.toCidrs().stream()).toList();
    }
}
