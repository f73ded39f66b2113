package dev.netsim.ec2.routing;

import dev.netsim.common.persistence.AssignedIdEntity;

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

@Entity
@Table(name = "route_table")
public class RouteTable extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String vpcId;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "route_table_route", joinColumns = @JoinColumn(name = "route_table_id"))
    private List<Route> routes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "route_table_association", joinColumns = @JoinColumn(name = "route_table_id"))
    private List<RouteTableAssociation> associations = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "route_table_propagating_gateway", joinColumns = @JoinColumn(name = "route_table_id"))
    @Column(name = "gateway_id")
    private Set<String> propagatingGatewayIds = new LinkedHashSet<>();

    protected RouteTable() {
    }

    public RouteTable(String id, String account, String region, String vpcId, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.vpcId = vpcId;
        this.createdAt = createdAt;
    }

    public java.util.Optional<Route> findRoute(String destinationCidr) {
        return routes.stream().filter(r -> r.getDestinationCidr().equals(destinationCidr)).findFirst();
    }

    public boolean isMain() {
        return associations.stream().anyMatch(RouteTableAssociation::isMain);
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getVpcId() { return vpcId; }
    public Instant getCreatedAt() { return createdAt; }
    public List<Route> getRoutes() { return routes; }
    public List<RouteTableAssociation> getAssociations() { return associations; }
    public Set<String> getPropagatingGatewayIds() { return propagatingGatewayIds; }
}
