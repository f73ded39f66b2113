package dev.netsim.ec2.nat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * A NAT gateway. Its state is derived from its creation and deletion times (ResourceLifecycle).
 */
@Entity
@Table(name = "nat_gateway")
public class NatGateway extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String vpcId;
    private String subnetId;
    private String connectivityType;
    private String allocationId;
    private String publicIp;
    private String privateIp;
    private String networkInterfaceId;
    private String clientToken;
    private Instant createdAt;
    private Instant deletedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "nat_gateway_secondary_address", joinColumns = @JoinColumn(name = "nat_gateway_id"))
    @OrderBy("privateIp")
    private List<NatSecondaryAddress> secondaryAddresses = new ArrayList<>();

    protected NatGateway() {
    }

    public NatGateway(String id, String account, String region, String vpcId, String subnetId, String connectivityType,
                      String networkInterfaceId, String clientToken, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.vpcId = vpcId;
        this.subnetId = subnetId;
        this.connectivityType = connectivityType;
        this.networkInterfaceId = networkInterfaceId;
        this.clientToken = clientToken;
        this.createdAt = createdAt;
    }

    void addresses(String privateIp, String allocationId, String publicIp) {
        this.privateIp = privateIp;
        this.allocationId = allocationId;
        this.publicIp = publicIp;
    }

    void markDeleted(Instant when) {
        this.deletedAt = when;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getVpcId() { return vpcId; }
    public String getSubnetId() { return subnetId; }
    public String getConnectivityType() { return connectivityType; }
    public String getAllocationId() { return allocationId; }
    public String getPublicIp() { return publicIp; }
    public String getPrivateIp() { return privateIp; }
    public String getNetworkInterfaceId() { return networkInterfaceId; }
    public String getClientToken() { return clientToken; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDeletedAt() { return deletedAt; }
    public List<NatSecondaryAddress> getSecondaryAddresses() { return secondaryAddresses; }
}
