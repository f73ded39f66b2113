package dev.netsim.ec2.vpn;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A customer gateway: the on-premises end of site-to-site VPN connections. */
@Entity
@Table(name = "customer_gateway")
public class CustomerGateway extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String ipAddress;
    private long bgpAsn;
    private String deviceName;
    private Instant deletedAt;
    private Instant createdAt;

    protected CustomerGateway() {
    }

    CustomerGateway(String id, String account, String region, String ipAddress, long bgpAsn, String deviceName, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.ipAddress = ipAddress;
        this.bgpAsn = bgpAsn;
        this.deviceName = deviceName;
        this.createdAt = createdAt;
    }

    public String state() {
        return deletedAt == null ? "available" : "deleted";
    }

    public String getId() { return id; }
    public String getIpAddress() { return ipAddress; }
    public long getBgpAsn() { return bgpAsn; }
    public String getDeviceName() { return deviceName; }
    public Instant getDeletedAt() { return deletedAt; }

    void markDeleted(Instant when) { this.deletedAt = when; }
}
