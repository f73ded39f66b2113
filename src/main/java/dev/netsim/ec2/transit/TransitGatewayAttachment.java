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

import dev.netsim.common.persistence.AssignedIdEntity;
import dev.netsim.ec2.eni.ServiceInterface;

/**
 * An attachment of a transit gateway: a VPC (with a subnet per zone) or a VPN connection. It is
 * associated with at most one of the gateway's route tables.
 */
@Entity
@Table(name = "transit_gateway_attachment")
public class TransitGatewayAttachment extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String transitGatewayId;
    private String resourceType;
    private String vpcId;
    private String vpnConnectionId;
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
        this.resourceType = "vpc";
        this.vpcId = vpcId;
        this.dnsSupport = dnsSupport;
        this.ipv6Support = ipv6Support;
        this.applianceMode = applianceMode;
        this.createdAt = createdAt;
    }

    /** The attachment of a VPN connection that ends on the gateway. */
    static TransitGatewayAttachment forVpn(String id, String account, String region, String transitGatewayId, String vpnConnectionId,
                                           Instant createdAt) {
        TransitGatewayAttachment attachment = new TransitGatewayAttachment(id, account, region, transitGatewayId, null, false, false, false,
                createdAt);
        attachment.resourceType = "vpn";
        attachment.vpnConnectionId = vpnConnectionId;
        return attachment;
    }

    public boolean isVpc() {
        return resourceType.equals("vpc");
    }

    public String resourceType() {
        return resourceType;
    }

    /** The VPC or the VPN connection attached. */
    public String resourceId() {
        return isVpc() ? vpcId : vpnConnectionId;
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
