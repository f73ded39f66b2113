package dev.netsim.ec2.routing;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * A route table's association: the main one of its VPC, an explicit one with a subnet, or an edge
 * association with a gateway (ingress routing).
 */
@Entity
@Table(name = "route_table_association")
public class RouteTableAssociation extends AssignedIdEntity<String> {

    @Id
    private String associationId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "route_table_id")
    private RouteTable table;
    private String subnetId;
    private String gatewayId;
    private boolean main;
    private String state;

    protected RouteTableAssociation() {
    }

    public RouteTableAssociation(String associationId, String subnetId, boolean main) {
        this(associationId, subnetId, null, main);
    }

    RouteTableAssociation(String associationId, String subnetId, String gatewayId, boolean main) {
        this.associationId = associationId;
        this.subnetId = subnetId;
        this.gatewayId = gatewayId;
        this.main = main;
        this.state = "associated";
    }

    void belongTo(RouteTable owner) {
        this.table = owner;
    }

    @Override
    public String getId() {
        return associationId;
    }

    public String getAssociationId() { return associationId; }
    public String getSubnetId() { return subnetId; }
    public String getGatewayId() { return gatewayId; }
    public boolean isMain() { return main; }
    public String getState() { return state; }
}
