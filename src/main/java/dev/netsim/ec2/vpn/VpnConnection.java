package dev.netsim.ec2.vpn;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * A site-to-site VPN connection between a customer gateway and a virtual private gateway or a
 * transit gateway (through an attachment of the gateway): two
 * tunnels (outside addresses, inside /30s, pre-shared keys) and its static routes. Its state is
 * derived from its creation and deletion times (ResourceLifecycle).
 */
@Entity
@Table(name = "vpn_connection")
public class VpnConnection extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String customerGatewayId;
    private String vpnGatewayId;
    private String transitGatewayId;
    private String transitGatewayAttachmentId;
    private boolean staticRoutesOnly;
    @Column(name = "tunnel1_outside_ip")
    private String tunnel1OutsideIp;
    @Column(name = "tunnel2_outside_ip")
    private String tunnel2OutsideIp;
    @Column(name = "tunnel1_inside_cidr")
    private String tunnel1InsideCidr;
    @Column(name = "tunnel2_inside_cidr")
    private String tunnel2InsideCidr;
    @Column(name = "tunnel1_psk")
    private String tunnel1Psk;
    @Column(name = "tunnel2_psk")
    private String tunnel2Psk;
    private Instant deletedAt;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vpn_connection_route", joinColumns = @JoinColumn(name = "vpn_connection_id"))
    @Column(name = "destination_cidr")
    private Set<String> routes = new LinkedHashSet<>();

    protected VpnConnection() {
    }

    VpnConnection(String id, String account, String region, String customerGatewayId, String vpnGatewayId, boolean staticRoutesOnly,
                  Tunnel tunnel1, Tunnel tunnel2, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.customerGatewayId = customerGatewayId;
        this.vpnGatewayId = vpnGatewayId;
        this.staticRoutesOnly = staticRoutesOnly;
        this.tunnel1OutsideIp = tunnel1.outsideIp();
        this.tunnel1InsideCidr = tunnel1.insideCidr();
        this.tunnel1Psk = tunnel1.preSharedKey();
        this.tunnel2OutsideIp = tunnel2.outsideIp();
        this.tunnel2InsideCidr = tunnel2.insideCidr();
        this.tunnel2Psk = tunnel2.preSharedKey();
        this.createdAt = createdAt;
    }

    /** One IPsec tunnel: AWS's outside address, the /30 inside it, and its pre-shared key. */
    public record Tunnel(String outsideIp, String insideCidr, String preSharedKey) {
    }

    public Tunnel tunnel1() {
        return new Tunnel(tunnel1OutsideIp, tunnel1InsideCidr, tunnel1Psk);
    }

    public Tunnel tunnel2() {
        return new Tunnel(tunnel2OutsideIp, tunnel2InsideCidr, tunnel2Psk);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getCustomerGatewayId() { return customerGatewayId; }
    public String getVpnGatewayId() { return vpnGatewayId; }
    public String getTransitGatewayId() { return transitGatewayId; }
    public String getTransitGatewayAttachmentId() { return transitGatewayAttachmentId; }

    void endOnTransitGateway(String gatewayId, String attachmentId) {
        this.transitGatewayId = gatewayId;
        this.transitGatewayAttachmentId = attachmentId;
    }
    public boolean isStaticRoutesOnly() { return staticRoutesOnly; }
    public Instant getDeletedAt() { return deletedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<String> getRoutes() { return routes; }

    void markDeleted(Instant when) { this.deletedAt = when; }
}
