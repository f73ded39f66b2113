package dev.netsim.ec2.transit;

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

import dev.netsim.ec2.eni.ServiceInterface;

/** A VPC attachment of a transit gateway; it is associated with at most one of the gateway's route tables. */
@Entity
@Table(name = "transit_gateway_attachment")
public class TransitGatewayAttachment {

    @Id
    private String id;
    private String account;
    private String region;
    private String transitGatewayId;
    private String vpcId;
    private boolean dnsSupport;
    private boolean ipv6Support;
    private boolean applianceMode;
    private String routeTableId;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "transit_gateway_attachment_subnet", joinColumns = @JoinColumn(name = "attachment_id"))
    private List<ServiceInterface> subnets = new ArrayList<>();

    protected TransitGatewayAttachment() {
    }

    TransitGatewayAttachment(String id, String account, String region, String transitGatewayId, String vpcId, boolean dnsSupport,
                             boolean ipv6Support, boolean applianceMode, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.transitGatewayId = transitGatewayId;
        this.vpcId = vpcId;
        this.dnsSupport = dnsSupport;
        this.ipv6Support = ipv6Support;
        this.applianceMode = applianceMode;
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getTransitGatewayId() { return transitGatewayId; }
    public String getVpcId() { return vpcId; }
    public boolean isDnsSupport() { return dnsSupport; }
    public boolean isIpv6Support() { return ipv6Support; }
    public boolean isApplianceMode() { return applianceMode; }
    public String getRouteTableId() { return routeTableId; }
    public Instant getCreatedAt() { return createdAt; }
    public List<ServiceInterface> getSubnets() { return subnets; }

    void associateWith(String routeTableId) { this.routeTableId = routeTableId; }
}
