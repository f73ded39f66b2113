package dev.netsim.ec2.vpn;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A virtual private gateway: the AWS end of VPN connections, attached to at most one VPC. */
@Entity
@Table(name = "vpn_gateway")
public class VpnGateway extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String availabilityZone;
    private long amazonSideAsn;
    private String attachedVpcId;
    private Instant createdAt;

    protected VpnGateway() {
    }

    VpnGateway(String id, String account, String region, String availabilityZone, long amazonSideAsn, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.availabilityZone = availabilityZone;
        this.amazonSideAsn = amazonSideAsn;
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getAvailabilityZone() { return availabilityZone; }
    public long getAmazonSideAsn() { return amazonSideAsn; }
    public String getAttachedVpcId() { return attachedVpcId; }

    void attachTo(String vpcId) { this.attachedVpcId = vpcId; }
}
