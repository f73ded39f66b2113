package dev.netsim.ec2.routing;

import jakarta.persistence.Embeddable;

/**
 * A route table's association: the main one of its VPC, an explicit one with a subnet, or an edge
 * association with a gateway (ingress routing).
 */
@Embeddable
public class RouteTableAssociation {

    private String associationId;
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

    public String getAssociationId() { return associationId; }
    public String getSubnetId() { return subnetId; }
    public String getGatewayId() { return gatewayId; }
    public boolean isMain() { return main; }
    public String getState() { return state; }
}
