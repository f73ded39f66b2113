package dev.netsim.ec2.routing;

import jakarta.persistence.Embeddable;

/** One route: destination, target ({@code local} or a gateway id), origin and state. */
@Embeddable
public class Route {

    private String destinationCidr;
    private String gatewayId;
    private String origin;
    private String state;

    protected Route() {
    }

    public Route(String destinationCidr, String gatewayId, String origin) {
        this.destinationCidr = destinationCidr;
        this.gatewayId = gatewayId;
        this.origin = origin;
        this.state = "active";
    }

    /** The route every table has for each VPC CIDR. */
    public static Route local(String vpcCidr) {
        return new Route(vpcCidr, "local", "CreateRouteTable");
    }

    public String getDestinationCidr() { return destinationCidr; }
    public String getGatewayId() { return gatewayId; }
    public String getOrigin() { return origin; }
    public String getState() { return state; }
}
