package dev.netsim.ec2.transit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A route table of a transit gateway: the attachments propagating into it and its static routes. */
@Entity
@Table(name = "transit_gateway_route_table")
public class TransitGatewayRouteTable extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String transitGatewayId;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "transit_gateway_propagation", joinColumns = @JoinColumn(name = "route_table_id"))
    @Column(name = "attachment_id")
    private Set<String> propagatingAttachmentIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "transit_gateway_static_route", joinColumns = @JoinColumn(name = "route_table_id"))
    private List<StaticRoute> staticRoutes = new ArrayList<>();

    protected TransitGatewayRouteTable() {
    }

    TransitGatewayRouteTable(String id, String account, String region, String transitGatewayId, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.transitGatewayId = transitGatewayId;
        this.createdAt = createdAt;
    }

    java.util.Optional<StaticRoute> staticRoute(String destination) {
        return staticRoutes.stream().filter(r -> r.getDestinationCidr().equals(destination)).findFirst();
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getTransitGatewayId() { return transitGatewayId; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<String> getPropagatingAttachmentIds() { return propagatingAttachmentIds; }
    public List<StaticRoute> getStaticRoutes() { return staticRoutes; }
}
