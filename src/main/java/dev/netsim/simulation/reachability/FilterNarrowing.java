package dev.netsim.simulation.reachability;

import dev.netsim.simulation.network.AddressRange;

/**
 * A path filter (FilterAtSource, FilterAtDestination) applied to packets, field by field: what is
 * left, or the explanation code naming the field that left nothing
 * ({@code FILTER_AT_DESTINATION_DESTINATION_PORT_RANGE}, …).
 */
record FilterNarrowing(HeaderSpace space, String emptiedBy) {

    static FilterNarrowing apply(HeaderSpace space, ReachabilityQuery.PathFilter filter, String end) {
        if (filter == null) {
            return new FilterNarrowing(space, null);
        }
        HeaderSpace left = space;
        if (filter.sourceAddress() != null) {
            left = left.intersect(PacketBox.fromSource(AddressRange.parse(filter.sourceAddress())));
            if (left.isEmpty()) {
                return new FilterNarrowing(left, "FILTER_AT_" + end + "_SOURCE_ADDRESS");
            }
        }
        if (filter.sourcePortRange() != null) {
            left = left.intersect(PacketBox.ANY.withSourcePorts(filter.sourcePortRange()));
            if (left.isEmpty()) {
                return new FilterNarrowing(left, "FILTER_AT_" + end + "_SOURCE_PORT_RANGE");
            }
        }
        if (filter.destinationAddress() != null) {
            left = left.intersect(PacketBox.toDestination(AddressRange.parse(filter.destinationAddress())));
            if (left.isEmpty()) {
                return new FilterNarrowing(left, "FILTER_AT_" + end + "_DESTINATION_ADDRESS");
            }
        }
        if (filter.destinationPortRange() != null) {
            left = left.intersect(PacketBox.ANY.withDestinationPorts(filter.destinationPortRange()));
            if (left.isEmpty()) {
                return new FilterNarrowing(left, "FILTER_AT_" + end + "_DESTINATION_PORT_RANGE");
            }
        }
        return new FilterNarrowing(left, null);
    }
}
