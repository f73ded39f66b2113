package dev.netsim.ec2.address;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** An Elastic IP: a public address of the account until released, associated with at most one thing. */
@Entity
@Table(name = "elastic_ip")
public class ElasticIp extends AssignedIdEntity<String> {

    @Id
    private String allocationId;
    private String account;
    private String region;
    private String publicIp;
    private String associationId;
    private String networkInterfaceId;
    private String privateIp;
    /** The NAT gateway (or, later, instance) the address serves. */
    @Column(name = "associated_with")
    private String associatedWith;
    private Instant createdAt;

    protected ElasticIp() {
    }

    public ElasticIp(String allocationId, String account, String region, String publicIp, Instant createdAt) {
        this.allocationId = allocationId;
        this.account = account;
        this.region = region;
        this.publicIp = publicIp;
        this.createdAt = createdAt;
    }

    public boolean isAssociated() {
        return associationId != null;
    }

    void associate(String associationId, String associatedWith, String networkInterfaceId, String privateIp) {
        this.associationId = associationId;
        this.associatedWith = associatedWith;
        this.networkInterfaceId = networkInterfaceId;
        this.privateIp = privateIp;
    }

    void disassociate() {
        associate(null, null, null, null);
    }

    public String getAllocationId() { return allocationId; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getPublicIp() { return publicIp; }
    public String getAssociationId() { return associationId; }
    public String getNetworkInterfaceId() { return networkInterfaceId; }
    public String getPrivateIp() { return privateIp; }
    public String getAssociatedWith() { return associatedWith; }

    @Override
    public String getId() {
        return allocationId;
    }
}
