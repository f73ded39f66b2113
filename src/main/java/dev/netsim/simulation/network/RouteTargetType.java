package dev.netsim.simulation.network;

/** What a route sends packets to. */
public enum RouteTargetType {
    LOCAL,
    INTERNET_GATEWAY,
    VIRTUAL_PRIVATE_GATEWAY,
    EGRESS_ONLY_INTERNET_GATEWAY,
    NAT_GATEWAY,
    VPC_PEERING_CONNECTION,
    TRANSIT_GATEWAY,
    NETWORK_INTERFACE,
    INSTANCE,
    VPC_ENDPOINT;

    /** The type of a target by its id's prefix ({@code igw-}, {@code nat-}, …; {@code local} for the local route). */
    public static RouteTargetType ofId(String id) {
        if (id.equals("local")) {
            return LOCAL;
        }
        String prefix = id.substring(0, Math.max(id.indexOf('-'), 0));
        return switch (prefix) {
            case "igw" -> INTERNET_GATEWAY;
            case "vgw" -> VIRTUAL_PRIVATE_GATEWAY;
            case "eigw" -> EGRESS_ONLY_INTERNET_GATEWAY;
            case "nat" -> NAT_GATEWAY;
            case "pcx" -> VPC_PEERING_CONNECTION;
            case "tgw" -> TRANSIT_GATEWAY;
            case "eni" -> NETWORK_INTERFACE;
            case "i" -> INSTANCE;
            case "vpce" -> VPC_ENDPOINT;
            default -> throw new IllegalArgumentException("not a route target id: " + id);
        };
    }
}
