package dev.netsim.ec2.routing;

import jakarta.persistence.Embeddable;

/** A route table's association: the main one of its VPC, or an explicit one with a subnet. */
@Embeddable
public class RouteTableAssociation {

    private String associationId;
    private String subnetId;
    private boolean main;
    private String state;

    protected RouteTableAssociation() {
    }

    public RouteTableAssociation(String associationId, String subnetId, boolean main) {
        this.associationId = associationId;
        this.subnetId = subnetId;
        this.main = main;
        this.state = "associated";
    }

    public String getAssociationId() { return associationId; }
    public String getSubnetId() { return subnetId; }
    public boolean isMain() { return main; }
    public String getState() { return state; }
}
