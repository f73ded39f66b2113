package dev.netsim.ec2.security;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * The one NACL a subnet uses. A row of its own: a new subnet's association is one insert, without
 * reading the associations the ACL already has.
 */
@Entity
@Table(name = "network_acl_association")
public class NetworkAclAssociation extends AssignedIdEntity<String> {

    @Id
    private String associationId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_acl_id")
    private NetworkAcl acl;
    private String subnetId;

    protected NetworkAclAssociation() {
    }

    public NetworkAclAssociation(String associationId, String subnetId) {
        this.associationId = associationId;
        this.subnetId = subnetId;
    }

    void belongTo(NetworkAcl owner) {
        this.acl = owner;
    }

    @Override
    public String getId() {
        return associationId;
    }

    public String getAssociationId() { return associationId; }
    public String getSubnetId() { return subnetId; }
}
