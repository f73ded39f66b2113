package dev.netsim.ec2.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import dev.netsim.common.persistence.AssignedIdEntity;

@Entity
@Table(name = "route_table")
public class RouteTable extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String vpcId;
    private Instant createdAt;

    // Routes and associations are rows of their own: adding or removing one writes one row. Lazy, and
    // loaded for many tables at once when a Describe reads them.
    @OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("destinationCidr")
    private List<Route> routes = new ArrayList<>();

    @OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("associationId")
    private List<RouteTableAssociation> associations = new ArrayList<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
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

    public void addRoute(Route route) {
        route.belongTo(this);
        routes.add(route);
    }

    public void addAssociation(RouteTableAssociation association) {
        association.belongTo(this);
        associations.add(association);
    }
    public Set<String> getPropagatingGatewayIds() { return propagatingGatewayIds; }
}
