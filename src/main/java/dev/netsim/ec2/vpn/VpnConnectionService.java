package dev.netsim.ec2.vpn;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.net.Ipv4Cidr;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.RegionQuotaLock;
import dev.netsim.ec2.ResourceLifecycle;
import dev.netsim.ec2.publicip.PublicIpPool;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.transit.TransitGatewayService;

/**
 * Customer gateways and site-to-site VPN connections to virtual private gateways, control plane
 * only: tunnels get addresses and keys but carry no traffic (their telemetry says DOWN).
 */
@Service
@Transactional
public class VpnConnectionService {

    static final DescribeQuery.Kind GATEWAY_KIND = new DescribeQuery.Kind("cgw", "InvalidCustomerGatewayID", "InvalidCustomerGatewayID.NotFound",
            "customer gateway", 5, 1000);
    static final DescribeQuery.Kind CONNECTION_KIND = new DescribeQuery.Kind("vpn", "InvalidVpnConnectionID", "InvalidVpnConnectionID.NotFound",
            "vpn connection", 5, 1000);
    static final int CONNECTIONS_PER_REGION = 50;
    static final int CUSTOMER_GATEWAYS_PER_REGION = 50;
    private static final Ipv4Cidr LINK_LOCAL = Ipv4Cidr.parseOrNull("169.254.0.0/16");

    private static final FilterSpec<Tagged<CustomerGateway>> GATEWAY_FILTERS = FilterSpec.<Tagged<CustomerGateway>>builder(Tagged::tags)
            .on("customer-gateway-id", t -> t.resource().getId())
            .on("bgp-asn", t -> t.resource().getBgpAsn())
            .on("ip-address", t -> t.resource().getIpAddress())
            .on("state", t -> t.resource().state())
            .on("type", t -> "ipsec.1")
            .build();

    private final CustomerGatewayRepository customerGateways;
    private final VpnConnectionRepository connections;
    private final VpnGatewayService vpnGateways;
    private final TransitGatewayService transitGateways;
    private final PublicIpPool publicIps;
    private final TagService tags;
    private final IdGenerator ids;
    private final RandomGenerator random;
    private final ResourceLifecycle lifecycle;
    private final Clock clock;
    private final RegionQuotaLock quotaLock;

    public VpnConnectionService(CustomerGatewayRepository customerGateways, VpnConnectionRepository connections, VpnGatewayService vpnGateways,
                                TransitGatewayService transitGateways, PublicIpPool publicIps, TagService tags, IdGenerator ids, RandomGenerator random, ResourceLifecycle lifecycle, Clock clock, RegionQuotaLock quotaLock) {
        this.customerGateways = customerGateways;
        this.connections = connections;
        this.vpnGateways = vpnGateways;
        this.transitGateways = transitGateways;
        this.publicIps = publicIps;
        this.tags = tags;
        this.ids = ids;
        this.random = random;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.quotaLock = quotaLock;
    }

    // ---- customer gateways

    /** CreateCustomerGateway; like AWS, the same address and ASN give back the gateway that already has them. */
    public Tagged<CustomerGateway> createCustomerGateway(Scope scope, String type, String ipAddress, Long bgpAsn, String deviceName,
                                                         Map<String, String> newTags) {
        VpnGatewayService.requireIpsec1(type);
        if (ipAddress == null) {
            throw Ec2Errors.missing("IpAddress");
        }
        if (Ipv4Cidr.parseOrNull(ipAddress + "/32") == null) {
            throw Ec2Errors.invalidValue("IpAddress", ipAddress, "This is not a valid IPv4 address.");
        }
        long asn = bgpAsn == null ? 65000 : bgpAsn;
        if (asn < 1 || asn > 4294967294L) {
            throw Ec2Errors.invalidValue("BgpAsn", String.valueOf(asn), "The ASN must be between 1 and 4294967294.");
        }
        quotaLock.hold(scope);
        List<CustomerGateway> live = customerGateways.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                .filter(g -> g.getDeletedAt() == null).toList();
        var same = live.stream().filter(g -> g.getIpAddress().equals(ipAddress) && g.getBgpAsn() == asn).findFirst();
        if (same.isPresent()) {
            return new Tagged<>(same.get(), tags.tagsOf(same.get().getId()));
        }
        if (live.size() >= CUSTOMER_GATEWAYS_PER_REGION) {
            throw new AwsException("CustomerGatewayLimitExceeded", "The maximum number of customer gateways has been reached.");
        }
        CustomerGateway gateway = customerGateways.save(new CustomerGateway(ids.ec2Id("cgw"), scope.account(), scope.region(), ipAddress, asn,
                deviceName, clock.instant()));
        return new Tagged<>(gateway, tags.tagNew(scope, gateway.getId(), "customer-gateway", newTags));
    }

    /** DeleteCustomerGateway: not while a VPN connection uses it; it stays visible as deleted for a while. */
    public void deleteCustomerGateway(Scope scope, String gatewayId) {
        CustomerGateway gateway = findCustomerGateway(scope, gatewayId);
        List<String> used = connections.findByCustomerGatewayIdAndDeletedAtIsNull(gatewayId).stream().map(VpnConnection::getId).toList();
        if (!used.isEmpty()) {
            throw new AwsException("IncorrectState", "The customer gateway " + gatewayId + " is in use by " + String.join(", ", used) + ".");
        }
        gateway.markDeleted(clock.instant());
    }

    @Transactional(readOnly = true)
    public Page<Tagged<CustomerGateway>> describeCustomerGateways(Scope scope, DescribeQuery query) {
        List<CustomerGateway> visible = customerGateways.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                .filter(g -> lifecycle.visible(g.getDeletedAt())).toList();
        return query.apply(GATEWAY_KIND, tags.withTags(scope, visible, CustomerGateway::getId), CustomerGateway::getId, GATEWAY_FILTERS);
    }

    // ---- VPN connections

    /** CreateVpnConnection to a virtual private gateway or, with {@code transitGatewayId}, to a transit gateway. */
    public Tagged<VpnConnectionView> create(Scope scope, String customerGatewayId, String type, String vpnGatewayId, String transitGatewayId,
                                            boolean staticRoutesOnly, Map<String, String> newTags) {
        VpnGatewayService.requireIpsec1(type);
        CustomerGateway customerGateway = findCustomerGateway(scope, customerGatewayId);
        if (customerGateway.getDeletedAt() != null) {
            throw new AwsException("IncorrectState", "The customer gateway " + customerGatewayId + " is deleted.");
        }
        if ((vpnGatewayId == null) == (transitGatewayId == null)) {
            throw new AwsException(vpnGatewayId == null ? "MissingParameter" : "InvalidParameterCombination",
                    "The request must contain exactly one of VpnGatewayId or TransitGatewayId.");
        }
        String vgwId = vpnGatewayId == null ? null : vpnGateways.find(scope, vpnGatewayId).getId();
        quotaLock.hold(scope);
        long live = connections.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream().filter(c -> !c.isDeleted()).count();
        if (live >= CONNECTIONS_PER_REGION) {
            throw new AwsException("VpnConnectionLimitExceeded", "The maximum number of VPN connections has been reached.");
        }
        String outside1 = publicIps.allocate();
        String outside2 = publicIps.allocate();
        while (outside2.equals(outside1)) {
            outside2 = publicIps.allocate();
        }
        String inside1 = insideCidr(null);
        VpnConnection connection = connections.save(new VpnConnection(ids.ec2Id("vpn"), scope.account(), scope.region(), customerGateway.getId(),
                vgwId, staticRoutesOnly, new VpnConnection.Tunnel(outside1, inside1, ids.hex(32)),
                new VpnConnection.Tunnel(outside2, insideCidr(inside1), ids.hex(32)), clock.instant()));
        if (transitGatewayId != null) {
            connection.endOnTransitGateway(transitGatewayId, transitGateways.attachVpn(scope, transitGatewayId, connection.getId()));
        }
        tags.tagNew(scope, connection.getId(), "vpn-connection", newTags);
        return tagged(connection);
    }

    public void delete(Scope scope, String connectionId) {
        VpnConnection connection = find(scope, connectionId);
        if (!connection.isDeleted()) {
            connection.markDeleted(clock.instant());
            if (connection.getTransitGatewayAttachmentId() != null) {
                transitGateways.detachVpn(connection.getTransitGatewayAttachmentId());
            }
        }
    }

    public void addRoute(Scope scope, String connectionId, String destination) {
        VpnConnection connection = live(scope, connectionId);
        if (connection.getTransitGatewayId() != null) {
            throw new AwsException("InvalidParameterValue", "The VPN connection " + connectionId + " ends on " + connection.getTransitGatewayId()
                    + "; its static routes go in the transit gateway's route tables (CreateTransitGatewayRoute).");
        }
        String cidr = cidr(destination);
        if (!connection.getRoutes().add(cidr)) {
            throw new AwsException("RouteAlreadyExists", "The route identified by " + cidr + " already exists in " + connectionId + ".");
        }
    }

    public void removeRoute(Scope scope, String connectionId, String destination) {
        VpnConnection connection = live(scope, connectionId);
        String cidr = cidr(destination);
        if (!connection.getRoutes().remove(cidr)) {
            throw new AwsException("InvalidRoute.NotFound", "no route with destination-cidr-block " + cidr + " in " + connectionId);
        }
    }

    @Transactional(readOnly = true)
    public Page<Tagged<VpnConnectionView>> describe(Scope scope, DescribeQuery query) {
        List<Tagged<VpnConnectionView>> visible = connections.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                .filter(c -> lifecycle.visible(c.getDeletedAt())).map(this::tagged).toList();
        return query.apply(CONNECTION_KIND, visible, v -> v.connection().getId(), VpnConnectionView.FILTERS);
    }

    public boolean customerGatewayExists(Scope scope, String id) {
        return customerGateways.findByIdAndAccountAndRegion(id, scope.account(), scope.region()).isPresent();
    }

    public boolean exists(Scope scope, String id) {
        return connections.findByIdAndAccountAndRegion(id, scope.account(), scope.region()).isPresent();
    }

    /** A /30 inside 169.254.0.0/16 for a tunnel, avoiding AWS's reserved blocks (169.254.0–5.x and 169.254.169.252/30) and {@code other}. */
    private String insideCidr(String other) {
        while (true) {
            String candidate = LINK_LOCAL.addressAt(4L * (6 * 64 + random.nextLong(16000 - 6 * 64))) + "/30";
            if (!candidate.equals(other) && !candidate.equals("169.254.169.252/30")) {
                return candidate;
            }
        }
    }

    private static String cidr(String text) {
        if (text == null || text.isEmpty()) {
            throw Ec2Errors.missing("DestinationCidrBlock");
        }
        Ipv4Cidr cidr = Ipv4Cidr.parseOrNull(text);
        if (cidr == null) {
            throw Ec2Errors.invalidValue("DestinationCidrBlock", text, "This is not a valid CIDR block.");
        }
        return cidr.toString();
    }

    private VpnConnection live(Scope scope, String connectionId) {
        VpnConnection connection = find(scope, connectionId);
        if (connection.isDeleted()) {
            throw new AwsException("IncorrectState", "The VPN connection " + connectionId + " is deleted.");
        }
        return connection;
    }

    private VpnConnection find(Scope scope, String connectionId) {
        return CONNECTION_KIND.require("VpnConnectionId", connectionId, id -> connections.findByIdAndAccountAndRegion(id, scope.account(), scope.region()));
    }

    private CustomerGateway findCustomerGateway(Scope scope, String gatewayId) {
        return GATEWAY_KIND.require("CustomerGatewayId", gatewayId, id -> customerGateways.findByIdAndAccountAndRegion(id, scope.account(), scope.region()));
    }

    private Tagged<VpnConnectionView> tagged(VpnConnection connection) {
        CustomerGateway customerGateway = customerGateways.findById(connection.getCustomerGatewayId()).orElseThrow();
        Scope scope = new Scope(connection.getAccount(), connection.getRegion());
        long vgwAsn = connection.getTransitGatewayId() != null ? transitGateways.asnOf(scope, connection.getTransitGatewayId())
                : vpnGateways.lookup(scope, connection.getVpnGatewayId()).map(VpnGateway::getAmazonSideAsn).orElse(VpnGatewayService.DEFAULT_ASN);
        return new Tagged<>(new VpnConnectionView(connection, lifecycle.state(connection.getCreatedAt(), connection.getDeletedAt()),
                customerGateway, vgwAsn), tags.tagsOf(connection.getId()));
    }
}
