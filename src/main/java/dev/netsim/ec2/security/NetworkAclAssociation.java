package dev.netsim.ec2.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The one NACL a subnet uses, identified by its association id. */
@Embeddable
public class NetworkAclAssociation {

    @Column(nullable = false)
    private String associationId;
    @Column(nullable = false)
    private String subnetId;

    protected NetworkAclAssociation() {
    }

    public NetworkAclAssociation(String associationId, String subnetId) {
        this.associationId = associationId;
        this.subnetId = subnetId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetworkAclAssociation association && association.associationId.equals(associationId);
    }

    @Override
    public int hashCode() {
        return associationId.hashCode();
    }

    public String getAssociationId() { return associationId; }
    public String getSubnetId() { return subnetId; }
}
