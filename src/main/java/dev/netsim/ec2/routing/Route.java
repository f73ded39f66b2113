package dev.netsim.ec2.routing;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * One route: destination CIDR, target and origin. Its state (active or blackhole) is derived from the
 * target. A row of its own, identified by its table and destination, so a change to one route writes
 * that row only.
 */
@Entity
@Table(name = "route_table_route")
@IdClass(Route.Key.class)
public class Route extends AssignedIdEntity<Route.Key> {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "route_table_id")
    private RouteTable table;
    @Id
    private String destinationCidr;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
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

    void belongTo(RouteTable owner) {
        this.table = owner;
    }

    @Override
    public Key getId() {
        return new Key(table == null ? null : table.getId(), destinationCidr);
    }

    public record Key(String table, String destinationCidr) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public String getDestinationCidr() { return destinationCidr; }
    public String getOrigin() { return origin; }
}
