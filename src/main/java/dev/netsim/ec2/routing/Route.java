package dev.netsim.ec2.routing;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One route: destination CIDR, target and origin. Its state (active or blackhole) is derived from the target. */
@Embeddable
public class Route {

    private String destinationCidr;
    @Enumerated(EnumType.STRING)
    private RouteTargetKind targetKind;
    private String targetId;
    private String origin;

    protected Route() {
    }

    public Route(String destinationCidr, RouteTarget target, String origin) {
        this.destinationCidr = destinationCidr;
        this.targetKind = target.kind();
        this.targetId = target.id();
        this.origin = origin;
    }

    /** The route every table has for each VPC CIDR. */
    public static Route local(String vpcCidr) {
        return new Route(vpcCidr, RouteTarget.LOCAL, "CreateRouteTable");
    }

    public RouteDestination destination() {
        return RouteDestination.of(destinationCidr);
    }

    public boolean isLocal() {
        return targetKind == RouteTargetKind.LOCAL;
    }

    public RouteTarget target() {
        return new RouteTarget(targetKind, targetId);
    }

    void retarget(RouteTarget target) {
        this.targetKind = target.kind();
        this.targetId = target.id();
        this.origin = "CreateRoute";
    }

    public String getDestinationCidr() { return destinationCidr; }
    public String getOrigin() { return origin; }
}
