package dev.netsim.ec2.gateway;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** An egress-only internet gateway: outbound-only IPv6 for one VPC, attached from birth. */
@Entity
@Table(name = "egress_only_internet_gateway")
public class EgressOnlyInternetGateway extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String vpcId;
    private Instant createdAt;

    protected EgressOnlyInternetGateway() {
    }

    public EgressOnlyInternetGateway(String id, String account, String region, String vpcId, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.vpcId = vpcId;
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getVpcId() { return vpcId; }
}
