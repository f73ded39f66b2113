package dev.netsim.ec2.routing;

/**
 * What a route can point at: one per CreateRoute target parameter, with the error AWS gives for
 * an id of that kind that does not exist.
 */
public enum RouteTargetKind {
    LOCAL("local", null, null),
    GATEWAY("GatewayId", "InvalidGatewayID", "gateway"),
    NAT_GATEWAY("NatGatewayId", "NatGatewayNotFound", "nat gateway"),
    VPC_PEERING_CONNECTION("VpcPeeringConnectionId", "InvalidVpcPeeringConnectionID", "vpcPeeringConnection"),
    TRANSIT_GATEWAY("TransitGatewayId", "InvalidTransitGatewayID", "transit gateway"),
    NETWORK_INTERFACE("NetworkInterfaceId", "InvalidNetworkInterfaceID", "network interface"),
    INSTANCE("InstanceId", "InvalidInstanceID", "instance"),
    EGRESS_ONLY_INTERNET_GATEWAY("EgressOnlyInternetGatewayId", "InvalidEgressOnlyInternetGatewayId", "egress only internet gateway"),
    VPC_ENDPOINT("VpcEndpointId", "InvalidVpcEndpointId", "vpc endpoint");

    private final String parameter;
    private final String notFoundCode;
    private final String noun;

    RouteTargetKind(String parameter, String notFoundCode, String noun) {
        this.parameter = parameter;
        this.notFoundCode = notFoundCode;
        this.noun = noun;
    }

    public String parameter() {
        return parameter;
    }

    /** NatGatewayNotFound has no ".NotFound" suffix; the others are prefixes of one. */
    public String notFoundCode() {
        return this == NAT_GATEWAY ? notFoundCode : notFoundCode + ".NotFound";
    }

    public String noun() {
        return noun;
    }
}
