package dev.netsim.ec2.security;

import jakarta.persistence.Embeddable;

/** The one NACL a subnet uses. */
@Embeddable
public class NetworkAclAssociation {

    private String associationId;
    private String subnetId;

    protected NetworkAclAssociation() {
    }

    public NetworkAclAssociation(String associationId, String subnetId) {
        this.associationId = associationId;
        this.subnetId = subnetId;
    }

    public String getAssociationId() { return associationId; }
    public String getSubnetId() { return subnetId; }
}
