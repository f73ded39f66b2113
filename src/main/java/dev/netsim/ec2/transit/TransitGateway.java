package dev.netsim.ec2.transit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A transit gateway: a regional router that VPCs attach to, with its options and default route tables. */
@Entity
@Table(name = "transit_gateway")
public class TransitGateway extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String description;
    private long amazonSideAsn;
    private boolean autoAcceptSharedAttachments;
    private boolean defaultRouteTableAssociation;
    private boolean defaultRouteTablePropagation;
    private boolean vpnEcmpSupport;
    private boolean dnsSupport;
    private boolean multicastSupport;
    private String associationDefaultRouteTableId;
    private String propagationDefaultRouteTableId;
    private Instant createdAt;

    protected TransitGateway() {
    }

    TransitGateway(String id, String account, String region, String description, TransitGatewayOptions options, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.description = description;
        this.amazonSideAsn = options.amazonSideAsn();
        this.autoAcceptSharedAttachments = options.autoAcceptSharedAttachments();
        this.defaultRouteTableAssociation = options.defaultRouteTableAssociation();
        this.defaultRouteTablePropagation = options.defaultRouteTablePropagation();
        this.vpnEcmpSupport = options.vpnEcmpSupport();
        this.dnsSupport = options.dnsSupport();
        this.multicastSupport = options.multicastSupport();
        this.createdAt = createdAt;
    }

    void useDefaultRouteTable(String routeTableId) {
        this.associationDefaultRouteTableId = defaultRouteTableAssociation ? routeTableId : null;
        this.propagationDefaultRouteTableId = defaultRouteTablePropagation ? routeTableId : null;
    }

    /** ModifyTransitGateway: what it gives changes; a default table switched off loses its id. */
    void modify(String newDescription, TransitGatewayChange change) {
        if (newDescription != null) {
            this.description = newDescription;
        }
        if (change.amazonSideAsn() != null) {
            this.amazonSideAsn = change.amazonSideAsn();
        }
        this.autoAcceptSharedAttachments = change.autoAcceptSharedAttachments() != null ? change.autoAcceptSharedAttachments()
                : autoAcceptSharedAttachments;
        this.vpnEcmpSupport = change.vpnEcmpSupport() != null ? change.vpnEcmpSupport() : vpnEcmpSupport;
        this.dnsSupport = change.dnsSupport() != null ? change.dnsSupport() : dnsSupport;
        if (change.defaultRouteTableAssociation() != null) {
            this.defaultRouteTableAssociation = change.defaultRouteTableAssociation();
        }
        if (change.defaultRouteTablePropagation() != null) {
            this.defaultRouteTablePropagation = change.defaultRouteTablePropagation();
        }
        if (change.associationDefaultRouteTableId() != null) {
            this.associationDefaultRouteTableId = change.associationDefaultRouteTableId();
        }
        if (change.propagationDefaultRouteTableId() != null) {
            this.propagationDefaultRouteTableId = change.propagationDefaultRouteTableId();
        }
        if (!defaultRouteTableAssociation) {
            this.associationDefaultRouteTableId = null;
        }
        if (!defaultRouteTablePropagation) {
            this.propagationDefaultRouteTableId = null;
        }
    }

    public String arn() {
        return "arn:aws:ec2:" + region + ":" + account + ":transit-gateway/" + id;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getDescription() { return description; }
    public long getAmazonSideAsn() { return amazonSideAsn; }
    public boolean isAutoAcceptSharedAttachments() { return autoAcceptSharedAttachments; }
    public boolean isDefaultRouteTableAssociation() { return defaultRouteTableAssociation; }
    public boolean isDefaultRouteTablePropagation() { return defaultRouteTablePropagation; }
    public boolean isVpnEcmpSupport() { return vpnEcmpSupport; }
    public boolean isDnsSupport() { return dnsSupport; }
    public boolean isMulticastSupport() { return multicastSupport; }
    public String getAssociationDefaultRouteTableId() { return associationDefaultRouteTableId; }
    public String getPropagationDefaultRouteTableId() { return propagationDefaultRouteTableId; }
    public Instant getCreatedAt() { return createdAt; }
}
