package dev.netsim.simulation.network;

/**
 * One route of a route table as Describe shows it: destination (an IPv4 block, or a prefix list whose
 * blocks the snapshot resolves), target, origin ({@code CreateRouteTable}, {@code CreateRoute},
 * {@code EnableVgwRoutePropagation}) and state ({@code active} or {@code blackhole}).
 */
public record RouteEntry(String destination, AddressRange destinationCidr, String prefixListId,
                         RouteTargetType targetType, String targetId, String origin, boolean active) {

    public static RouteEntry toCidr(String cidr, String targetId, String origin, boolean active) {
        return new RouteEntry(cidr, AddressRange.parse(cidr), null, RouteTargetType.ofId(targetId), targetId, origin, active);
    }

    public static RouteEntry toPrefixList(String prefixListId, String targetId, String origin, boolean active) {
        return new RouteEntry(prefixListId, null, prefixListId, RouteTargetType.ofId(targetId), targetId, origin, active);
    }

    public String state() {
        return active ? "active" : "blackhole";
    }

    public boolean isPropagated() {
        return "EnableVgwRoutePropagation".equals(origin);
    }
}
