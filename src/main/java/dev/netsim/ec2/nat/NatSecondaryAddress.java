package dev.netsim.ec2.nat;

import jakarta.persistence.Embeddable;

/** A secondary address of a NAT gateway: a private IP of its subnet, with an Elastic IP on a public gateway. */
@Embeddable
public class NatSecondaryAddress {

    private String privateIp;
    private String allocationId;
    private String publicIp;
    private String associationId;

    protected NatSecondaryAddress() {
    }

    NatSecondaryAddress(String privateIp, String allocationId, String publicIp, String associationId) {
        this.privateIp = privateIp;
        this.allocationId = allocationId;
        this.publicIp = publicIp;
        this.associationId = associationId;
    }

    public String getPrivateIp() { return privateIp; }
    public String getAllocationId() { return allocationId; }
    public String getPublicIp() { return publicIp; }
    public String getAssociationId() { return associationId; }
}
