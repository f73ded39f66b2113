package dev.netsim.ec2.gateway;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

@Entity
@Table(name = "internet_gateway")
public class InternetGateway extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String attachedVpcId;
    private Instant createdAt;

    protected InternetGateway() {
    }

    public InternetGateway(String id, String account, String region, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.createdAt = createdAt;
    }

    public void attachTo(String vpcId) {
        this.attachedVpcId = vpcId;
    }

    public void detach() {
        this.attachedVpcId = null;
    }

    public boolean isAttached() {
        return attachedVpcId != null;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getAttachedVpcId() { return attachedVpcId; }
}
