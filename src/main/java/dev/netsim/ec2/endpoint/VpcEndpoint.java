package dev.netsim.ec2.endpoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;
import dev.netsim.ec2.eni.ServiceInterface;

/** A VPC endpoint: a gateway endpoint (routes to a service's prefix list) or an interface endpoint (ENIs in subnets). */
@Entity
@Table(name = "vpc_endpoint")
public class VpcEndpoint extends AssignedIdEntity<String> {

    /** The policy AWS gives an endpoint created without one. */
    static final String FULL_ACCESS_POLICY =
            "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

    @Id
    private String id;
    private String account;
    private String region;
    private String vpcId;
    private String endpointType;
    private String serviceName;
    private String policyDocument;
    private boolean privateDnsEnabled;
    private String clientToken;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vpc_endpoint_interface", joinColumns = @JoinColumn(name = "vpc_endpoint_id"))
    private List<ServiceInterface> interfaces = new ArrayList<>();

    protected VpcEndpoint() {
    }

    VpcEndpoint(String id, String account, String region, String vpcId, String endpointType, String serviceName, String policyDocument,
                boolean privateDnsEnabled, String clientToken, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.vpcId = vpcId;
        this.endpointType = endpointType;
        this.serviceName = serviceName;
        this.policyDocument = policyDocument == null ? FULL_ACCESS_POLICY : policyDocument;
        this.privateDnsEnabled = privateDnsEnabled;
        this.clientToken = clientToken;
        this.createdAt = createdAt;
    }

    public boolean isGateway() {
        return endpointType.equals("Gateway");
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getVpcId() { return vpcId; }
    public String getEndpointType() { return endpointType; }
    public String getServiceName() { return serviceName; }
    public String getPolicyDocument() { return policyDocument; }
    public boolean isPrivateDnsEnabled() { return privateDnsEnabled; }
    public String getClientToken() { return clientToken; }
    public Instant getCreatedAt() { return createdAt; }
    public List<ServiceInterface> getInterfaces() { return interfaces; }

    void setPolicyDocument(String policyDocument) { this.policyDocument = policyDocument == null ? FULL_ACCESS_POLICY : policyDocument; }
    void setPrivateDnsEnabled(boolean privateDnsEnabled) { this.privateDnsEnabled = privateDnsEnabled; }
}
