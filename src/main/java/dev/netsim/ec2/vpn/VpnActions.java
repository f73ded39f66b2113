package dev.netsim.ec2.vpn;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.AttachVpnGatewayRequest;
import software.amazon.awssdk.services.ec2.model.AttachVpnGatewayResponse;
import software.amazon.awssdk.services.ec2.model.CreateCustomerGatewayRequest;
import software.amazon.awssdk.services.ec2.model.CreateCustomerGatewayResponse;
import software.amazon.awssdk.services.ec2.model.CreateVpnConnectionRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpnConnectionResponse;
import software.amazon.awssdk.services.ec2.model.CreateVpnConnectionRouteRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpnConnectionRouteResponse;
import software.amazon.awssdk.services.ec2.model.CreateVpnGatewayRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpnGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DeleteCustomerGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DeleteCustomerGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVpnConnectionRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVpnConnectionResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVpnConnectionRouteRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVpnConnectionRouteResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVpnGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVpnGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DescribeCustomerGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DescribeCustomerGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpnConnectionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpnConnectionsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpnGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpnGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.DetachVpnGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DetachVpnGatewayResponse;
import software.amazon.awssdk.services.ec2.model.VgwTelemetry;
import software.amazon.awssdk.services.ec2.model.VpcAttachment;
import software.amazon.awssdk.services.ec2.model.VpnConnectionOptions;
import software.amazon.awssdk.services.ec2.model.VpnStaticRoute;

/** EC2 wire handlers for customer gateways, virtual private gateways and VPN connections. */
@Component
class VpnActions {

    private final VpnGatewayService vpnGateways;
    private final VpnConnectionService connections;

    VpnActions(VpnGatewayService vpnGateways, VpnConnectionService connections) {
        this.vpnGateways = vpnGateways;
        this.connections = connections;
    }

    @AwsAction(WireService.EC2)
    CreateCustomerGatewayResponse createCustomerGateway(CreateCustomerGatewayRequest r, Scope scope) {
        if (r.certificateArn() != null) {
            throw new AwsException("InvalidParameterValue", "Netsim does not support certificate-based customer gateways; give IpAddress.");
        }
        Long asn = r.bgpAsnExtended() != null ? r.bgpAsnExtended() : r.bgpAsn() == null ? null : Long.valueOf(r.bgpAsn());
        Tagged<CustomerGateway> gateway = connections.createCustomerGateway(scope, r.typeAsString(),
                r.ipAddress() != null ? r.ipAddress() : r.publicIp(), asn, r.deviceName(), Ec2Wire.tagsFor(r.tagSpecifications(), "customer-gateway"));
        return CreateCustomerGatewayResponse.builder().customerGateway(customerGateway(gateway)).build();
    }

    @AwsAction(WireService.EC2)
    DeleteCustomerGatewayResponse deleteCustomerGateway(DeleteCustomerGatewayRequest r, Scope scope) {
        connections.deleteCustomerGateway(scope, r.customerGatewayId());
        return DeleteCustomerGatewayResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DescribeCustomerGatewaysResponse describeCustomerGateways(DescribeCustomerGatewaysRequest r, Scope scope) {
        Page<Tagged<CustomerGateway>> page = connections.describeCustomerGateways(scope, Ec2Wire.query(r.customerGatewayIds(), r.filters(), null, null));
        return DescribeCustomerGatewaysResponse.builder().customerGateways(page.items().stream().map(VpnActions::customerGateway).toList()).build();
    }

    @AwsAction(WireService.EC2)
    CreateVpnGatewayResponse createVpnGateway(CreateVpnGatewayRequest r, Scope scope) {
        Tagged<VpnGateway> gateway = vpnGateways.create(scope, r.typeAsString(), r.availabilityZone(), r.amazonSideAsn(),
                Ec2Wire.tagsFor(r.tagSpecifications(), "vpn-gateway"));
        return CreateVpnGatewayResponse.builder().vpnGateway(vpnGateway(gateway)).build();
    }

    @AwsAction(WireService.EC2)
    AttachVpnGatewayResponse attachVpnGateway(AttachVpnGatewayRequest r, Scope scope) {
        String vpcId = vpnGateways.attach(scope, r.vpnGatewayId(), r.vpcId());
        return AttachVpnGatewayResponse.builder().vpcAttachment(VpcAttachment.builder().vpcId(vpcId).state("attaching").build()).build();
    }

    @AwsAction(WireService.EC2)
    DetachVpnGatewayResponse detachVpnGateway(DetachVpnGatewayRequest r, Scope scope) {
        vpnGateways.detach(scope, r.vpnGatewayId(), r.vpcId());
        return DetachVpnGatewayResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DeleteVpnGatewayResponse deleteVpnGateway(DeleteVpnGatewayRequest r, Scope scope) {
        vpnGateways.delete(scope, r.vpnGatewayId());
        return DeleteVpnGatewayResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DescribeVpnGatewaysResponse describeVpnGateways(DescribeVpnGatewaysRequest r, Scope scope) {
        Page<Tagged<VpnGateway>> page = vpnGateways.describe(scope, Ec2Wire.query(r.vpnGatewayIds(), r.filters(), null, null));
        return DescribeVpnGatewaysResponse.builder().vpnGateways(page.items().stream().map(VpnActions::vpnGateway).toList()).build();
    }

    @AwsAction(WireService.EC2)
    CreateVpnConnectionResponse createVpnConnection(CreateVpnConnectionRequest r, Scope scope) {
        if (r.vpnConcentratorId() != null) {
            throw new AwsException("InvalidParameterValue", "Netsim does not support VPN concentrators.");
        }
        boolean staticRoutesOnly = r.options() != null && Boolean.TRUE.equals(r.options().staticRoutesOnly());
        Tagged<VpnConnectionView> connection = connections.create(scope, r.customerGatewayId(), r.type(), r.vpnGatewayId(), r.transitGatewayId(), staticRoutesOnly,
                Ec2Wire.tagsFor(r.tagSpecifications(), "vpn-connection"));
        return CreateVpnConnectionResponse.builder().vpnConnection(vpnConnection(connection)).build();
    }

    @AwsAction(WireService.EC2)
    DeleteVpnConnectionResponse deleteVpnConnection(DeleteVpnConnectionRequest r, Scope scope) {
        connections.delete(scope, r.vpnConnectionId());
        return DeleteVpnConnectionResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    CreateVpnConnectionRouteResponse createVpnConnectionRoute(CreateVpnConnectionRouteRequest r, Scope scope) {
        connections.addRoute(scope, r.vpnConnectionId(), r.destinationCidrBlock());
        return CreateVpnConnectionRouteResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DeleteVpnConnectionRouteResponse deleteVpnConnectionRoute(DeleteVpnConnectionRouteRequest r, Scope scope) {
        connections.removeRoute(scope, r.vpnConnectionId(), r.destinationCidrBlock());
        return DeleteVpnConnectionRouteResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DescribeVpnConnectionsResponse describeVpnConnections(DescribeVpnConnectionsRequest r, Scope scope) {
        Page<Tagged<VpnConnectionView>> page = connections.describe(scope, Ec2Wire.query(r.vpnConnectionIds(), r.filters(), null, null));
        return DescribeVpnConnectionsResponse.builder().vpnConnections(page.items().stream().map(VpnActions::vpnConnection).toList()).build();
    }

    static software.amazon.awssdk.services.ec2.model.CustomerGateway customerGateway(Tagged<CustomerGateway> tagged) {
        CustomerGateway g = tagged.resource();
        return software.amazon.awssdk.services.ec2.model.CustomerGateway.builder().customerGatewayId(g.getId()).state(g.state()).type("ipsec.1")
                .ipAddress(g.getIpAddress()).bgpAsn(String.valueOf(g.getBgpAsn())).bgpAsnExtended(String.valueOf(g.getBgpAsn()))
                .deviceName(g.getDeviceName()).tags(Ec2Wire.tags(tagged.tags())).build();
    }

    static software.amazon.awssdk.services.ec2.model.VpnGateway vpnGateway(Tagged<VpnGateway> tagged) {
        VpnGateway g = tagged.resource();
        return software.amazon.awssdk.services.ec2.model.VpnGateway.builder().vpnGatewayId(g.getId()).state("available").type("ipsec.1")
                .availabilityZone(g.getAvailabilityZone()).amazonSideAsn(g.getAmazonSideAsn())
                .vpcAttachments(g.getAttachedVpcId() == null ? List.of()
                        : List.of(VpcAttachment.builder().vpcId(g.getAttachedVpcId()).state("attached").build()))
                .tags(Ec2Wire.tags(tagged.tags())).build();
    }

    static software.amazon.awssdk.services.ec2.model.VpnConnection vpnConnection(Tagged<VpnConnectionView> tagged) {
        VpnConnectionView view = tagged.resource();
        VpnConnection c = view.connection();
        return software.amazon.awssdk.services.ec2.model.VpnConnection.builder().vpnConnectionId(c.getId()).state(view.state()).type("ipsec.1")
                .category("VPN").customerGatewayId(c.getCustomerGatewayId()).vpnGatewayId(c.getVpnGatewayId())
                .transitGatewayId(c.getTransitGatewayId())
                .customerGatewayConfiguration(view.customerGatewayConfiguration())
                .options(VpnConnectionOptions.builder().staticRoutesOnly(c.isStaticRoutesOnly()).enableAcceleration(false)
                        .localIpv4NetworkCidr("0.0.0.0/0").remoteIpv4NetworkCidr("0.0.0.0/0").outsideIpAddressType("PublicIpv4")
                        .tunnelInsideIpVersion("ipv4").build())
                .routes(c.getRoutes().stream().sorted().map(d -> VpnStaticRoute.builder().destinationCidrBlock(d).source("Static")
                        .state(c.isDeleted() ? "deleted" : "available").build()).toList())
                .vgwTelemetry(List.of(telemetry(c.tunnel1(), c), telemetry(c.tunnel2(), c)))
                .tags(Ec2Wire.tags(tagged.tags())).build();
    }

    /** Netsim carries no traffic through tunnels, so they report DOWN. */
    private static VgwTelemetry telemetry(VpnConnection.Tunnel tunnel, VpnConnection c) {
        return VgwTelemetry.builder().outsideIpAddress(tunnel.outsideIp()).status("DOWN").statusMessage("").acceptedRouteCount(0)
                .lastStatusChange(c.getCreatedAt()).build();
    }
}
