package dev.netsim.simulation.network;

/** The kinds of component a path crosses, with the resource type of their ARN ({@code arn:aws:ec2:…:TYPE/id}). */
public enum ComponentType {
    INSTANCE("instance"),
    NETWORK_INTERFACE("network-interface"),
    SECURITY_GROUP("security-group"),
    NETWORK_ACL("network-acl"),
    ROUTE_TABLE("route-table"),
    SUBNET("subnet"),
    VPC("vpc"),
    INTERNET_GATEWAY("internet-gateway"),
    NAT_GATEWAY("natgateway"),
    VPC_PEERING_CONNECTION("vpc-peering-connection"),
    VPC_ENDPOINT("vpc-endpoint"),
    TRANSIT_GATEWAY("transit-gateway"),
    TRANSIT_GATEWAY_ATTACHMENT("transit-gateway-attachment"),
    TRANSIT_GATEWAY_ROUTE_TABLE("transit-gateway-route-table"),
    VIRTUAL_PRIVATE_GATEWAY("vpn-gateway"),
    EGRESS_ONLY_INTERNET_GATEWAY("egress-only-internet-gateway"),
    PREFIX_LIST("prefix-list"),
    /** Load balancer components are named by their ARNs, as AWS names them in an analysis. */
    LOAD_BALANCER("loadbalancer"),
    LOAD_BALANCER_LISTENER("listener"),
    LOAD_BALANCER_TARGET_GROUP("targetgroup");

    private static final String ELB_ARN = "arn:aws:elasticloadbalancing:";

    private final String arnResourceType;

    ComponentType(String arnResourceType) {
        this.arnResourceType = arnResourceType;
    }

    /** Whether components of this type are named by their ARN rather than an EC2 id. */
    public boolean namedByArn() {
        return this == LOAD_BALANCER || this == LOAD_BALANCER_LISTENER || this == LOAD_BALANCER_TARGET_GROUP;
    }

    public String arnResourceType() {
        return arnResourceType;
    }

    /** The type of a component by its id's prefix, or null when Netsim does not know the prefix. */
    public static ComponentType ofId(String id) {
        if (id.startsWith(ELB_ARN)) {
            String resource = id.substring(id.indexOf(':', id.indexOf(':', ELB_ARN.length()) + 1) + 1);
            return resource.startsWith("loadbalancer/") ? LOAD_BALANCER : resource.startsWith("listener/") ? LOAD_BALANCER_LISTENER
                    : resource.startsWith("targetgroup/") ? LOAD_BALANCER_TARGET_GROUP : null;
        }
        if (id.startsWith("tgw-attach-")) {
            return TRANSIT_GATEWAY_ATTACHMENT;
        }
        if (id.startsWith("tgw-rtb-")) {
            return TRANSIT_GATEWAY_ROUTE_TABLE;
        }
        if (id.startsWith("vpce-svc-")) {
            return null; // an endpoint service, not an endpoint: not a component Netsim traces
        }
        int dash = id.indexOf('-');
        return switch (dash < 0 ? id : id.substring(0, dash)) {
            case "i" -> INSTANCE;
            case "eni" -> NETWORK_INTERFACE;
            case "sg" -> SECURITY_GROUP;
            case "acl" -> NETWORK_ACL;
            case "rtb" -> ROUTE_TABLE;
            case "subnet" -> SUBNET;
            case "vpc" -> VPC;
            case "igw" -> INTERNET_GATEWAY;
            case "nat" -> NAT_GATEWAY;
            case "pcx" -> VPC_PEERING_CONNECTION;
            case "vpce" -> VPC_ENDPOINT;
            case "tgw" -> TRANSIT_GATEWAY;
            case "vgw" -> VIRTUAL_PRIVATE_GATEWAY;
            case "eigw" -> EGRESS_ONLY_INTERNET_GATEWAY;
            case "pl" -> PREFIX_LIST;
            default -> null;
        };
    }
}
