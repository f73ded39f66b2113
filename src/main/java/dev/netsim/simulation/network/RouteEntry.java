package dev.netsim.simulation.network;

/**
 * One route of a route table as Describe shows it: destination (an IPv4 block, or a prefix list whose
 * blocks the snapshot resolves), target, origin ({@code CreateRouteTable}, {@code CreateRoute},
 * {@code EnableVgwRoutePropagation}) and state ({@code active} or {@code blackhole}). The target's
 * type is null for the local route and for kinds Netsim does not know.
 */
public record RouteEntry(String destination, AddressRange destinationCidr, String prefixListId,
                         ComponentType targetType, String targetId, String origin, boolean active) {

    public static RouteEntry toCidr(String cidr, String targetId, String origin, boolean active) {
        return new RouteEntry(cidr, AddressRange.parse(cidr), null, ComponentType.ofId(targetId), targetId, origin, active);
    }

    public static RouteEntry toPrefixList(String prefixListId, String targetId, String origin, boolean active) {
        return new RouteEntry(prefixListId, null, prefixListId, ComponentType.ofId(targetId), targetId, origin, active);
    }

    /** The route every table has for each VPC block ({@code targetType} is then null). */
    public boolean isLocal() {
        return "local".equals(targetId);
    }

    public String state() {
        return active ? "active" : "blackhole";
    }

    public boolean isPropagated() {
        return "EnableVgwRoutePropagation".equals(origin);
    }
}
