package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.GatewayType;
import software.amazon.awssdk.services.ec2.model.Route;

class VpnWireTest extends NetsimIntegrationTest {

    private String vpcId;
    private String tableId;

    @BeforeEach
    void vpc() {
        vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        tableId = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
    }

    @Test
    void siteToSiteVpnPropagatesStaticRoutesIntoTheVpc() {
        var customer = ec2().createCustomerGateway(r -> r.type(GatewayType.IPSEC_1).ipAddress("198.51.100.10").bgpAsn(65010)).customerGateway();
        assertThat(customer.customerGatewayId()).matches("cgw-[0-9a-f]{17}");
        assertThat(customer.state()).isEqualTo("available");
        assertThat(customer.bgpAsn()).isEqualTo("65010");
        // the same address and ASN give back the same gateway, as on AWS
        assertThat(ec2().createCustomerGateway(r -> r.type(GatewayType.IPSEC_1).ipAddress("198.51.100.10").bgpAsn(65010))
                .customerGateway().customerGatewayId()).isEqualTo(customer.customerGatewayId());

        var vgw = ec2().createVpnGateway(r -> r.type(GatewayType.IPSEC_1).amazonSideAsn(64600L)).vpnGateway();
        String vgwId = vgw.vpnGatewayId();
        assertThat(vgw.amazonSideAsn()).isEqualTo(64600L);
        assertAwsError(() -> ec2().enableVgwRoutePropagation(r -> r.routeTableId(tableId).gatewayId(vgwId)), "Gateway.NotAttached", 400);
        assertThat(ec2().attachVpnGateway(r -> r.vpnGatewayId(vgwId).vpcId(vpcId)).vpcAttachment().stateAsString()).isEqualTo("attaching");
        assertThat(ec2().describeVpnGateways(r -> r.filters(filter("attachment.vpc-id", vpcId))).vpnGateways()).singleElement()
                .satisfies(g -> assertThat(g.vpcAttachments().get(0).stateAsString()).isEqualTo("attached"));
        var second = ec2().createVpnGateway(r -> r.type(GatewayType.IPSEC_1)).vpnGateway().vpnGatewayId();
        assertAwsError(() -> ec2().attachVpnGateway(r -> r.vpnGatewayId(second).vpcId(vpcId)), "VpnGatewayAttachmentLimitExceeded", 400);

        ec2().enableVgwRoutePropagation(r -> r.routeTableId(tableId).gatewayId(vgwId));
        ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("172.16.0.0/12").gatewayId(vgwId));

        var vpn = ec2().createVpnConnection(r -> r.type("ipsec.1").customerGatewayId(customer.customerGatewayId()).vpnGatewayId(vgwId)
                .options(o -> o.staticRoutesOnly(true))).vpnConnection();
        String vpnId = vpn.vpnConnectionId();
        assertThat(vpnId).matches("vpn-[0-9a-f]{17}");
        assertThat(vpn.stateAsString()).isEqualTo("available");
        assertThat(vpn.vgwTelemetry()).hasSize(2).allSatisfy(t -> assertThat(t.statusAsString()).isEqualTo("DOWN"));
        assertThat(vpn.vgwTelemetry().get(0).outsideIpAddress()).isNotEqualTo(vpn.vgwTelemetry().get(1).outsideIpAddress());
        assertThat(vpn.customerGatewayConfiguration()).contains("<vpn_connection id=\"" + vpnId + "\">")
                .contains("<ip_address>" + vpn.vgwTelemetry().get(0).outsideIpAddress() + "</ip_address>").contains("<asn>64600</asn>");

        ec2().createVpnConnectionRoute(r -> r.vpnConnectionId(vpnId).destinationCidrBlock("192.168.0.0/16"));
        ec2().createVpnConnectionRoute(r -> r.vpnConnectionId(vpnId).destinationCidrBlock("172.16.0.0/12"));
        assertAwsError(() -> ec2().createVpnConnectionRoute(r -> r.vpnConnectionId(vpnId).destinationCidrBlock("192.168.0.0/16")),
                "RouteAlreadyExists", 400);
        var table = ec2().describeRouteTables(r -> r.routeTableIds(tableId)).routeTables().get(0);
        assertThat(table.propagatingVgws()).extracting(p -> p.gatewayId()).containsExactly(vgwId);
        Route propagated = table.routes().stream().filter(rt -> "192.168.0.0/16".equals(rt.destinationCidrBlock())).findFirst().orElseThrow();
        assertThat(propagated.gatewayId()).isEqualTo(vgwId);
        assertThat(propagated.originAsString()).isEqualTo("EnableVgwRoutePropagation");
        // the table's own route for 172.16.0.0/12 wins over the propagated one
        assertThat(table.routes()).filteredOn(rt -> "172.16.0.0/12".equals(rt.destinationCidrBlock())).singleElement()
                .satisfies(rt -> assertThat(rt.originAsString()).isEqualTo("CreateRoute"));
        assertThat(ec2().describeVpnConnections(r -> r.filters(filter("route.destination-cidr-block", "192.168.0.0/16"))).vpnConnections()).hasSize(1);

        // dependencies, then teardown to nothing
        assertAwsError(() -> ec2().deleteCustomerGateway(r -> r.customerGatewayId(customer.customerGatewayId())), "IncorrectState", 400);
        assertAwsError(() -> ec2().deleteVpc(r -> r.vpcId(vpcId)), "DependencyViolation", 400);
        ec2().deleteVpnConnection(r -> r.vpnConnectionId(vpnId));
        assertThat(ec2().describeVpnConnections(r -> r.vpnConnectionIds(vpnId)).vpnConnections().get(0).stateAsString()).isEqualTo("deleted");
        assertThat(ec2().describeRouteTables(r -> r.routeTableIds(tableId)).routeTables().get(0).routes())
                .noneMatch(rt -> "192.168.0.0/16".equals(rt.destinationCidrBlock()));
        ec2().disableVgwRoutePropagation(r -> r.routeTableId(tableId).gatewayId(vgwId));
        assertAwsError(() -> ec2().deleteVpnGateway(r -> r.vpnGatewayId(vgwId)), "IncorrectState", 400);
        ec2().detachVpnGateway(r -> r.vpnGatewayId(vgwId).vpcId(vpcId));
        assertAwsError(() -> ec2().detachVpnGateway(r -> r.vpnGatewayId(vgwId).vpcId(vpcId)), "InvalidVpnGatewayAttachment.NotFound", 400);
        assertThat(ec2().describeRouteTables(r -> r.routeTableIds(tableId)).routeTables().get(0).routes())
                .filteredOn(rt -> vgwId.equals(rt.gatewayId())).allSatisfy(rt -> assertThat(rt.stateAsString()).isEqualTo("blackhole"));
        ec2().deleteVpnGateway(r -> r.vpnGatewayId(vgwId));
        ec2().deleteCustomerGateway(r -> r.customerGatewayId(customer.customerGatewayId()));
        assertThat(ec2().describeCustomerGateways(r -> r.filters(filter("state", "deleted"))).customerGateways()).hasSize(1);
        ec2().deleteRoute(r -> r.routeTableId(tableId).destinationCidrBlock("172.16.0.0/12"));
        ec2().deleteRouteTable(r -> r.routeTableId(tableId));
        ec2().deleteVpc(r -> r.vpcId(vpcId));
    }

    @Test
    void aVpnOnATransitGatewayGetsAnAttachment() {
        String customer = ec2().createCustomerGateway(r -> r.type(GatewayType.IPSEC_1).ipAddress("198.51.100.20").bgpAsn(65020))
                .customerGateway().customerGatewayId();
        var gateway = ec2().createTransitGateway(r -> r.options(o -> o.amazonSideAsn(64700L))).transitGateway();
        String tgw = gateway.transitGatewayId();
        String defaultTable = gateway.options().associationDefaultRouteTableId();
        var vpn = ec2().createVpnConnection(r -> r.type("ipsec.1").customerGatewayId(customer).transitGatewayId(tgw)).vpnConnection();
        assertThat(vpn.transitGatewayId()).isEqualTo(tgw);
        assertThat(vpn.vpnGatewayId()).isNull();
        assertThat(vpn.customerGatewayConfiguration()).contains("<asn>64700</asn>");

        var attachment = ec2().describeTransitGatewayAttachments(r -> r.filters(filter("resource-type", "vpn"))).transitGatewayAttachments();
        assertThat(attachment).singleElement().satisfies(a -> {
            assertThat(a.resourceId()).isEqualTo(vpn.vpnConnectionId());
            assertThat(a.association().transitGatewayRouteTableId()).isEqualTo(defaultTable);
        });
        String attachmentId = attachment.get(0).transitGatewayAttachmentId();
        assertThat(ec2().describeTransitGatewayVpcAttachments().transitGatewayVpcAttachments()).isEmpty();
        assertAwsError(() -> ec2().deleteTransitGatewayVpcAttachment(r -> r.transitGatewayAttachmentId(attachmentId)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createVpnConnectionRoute(r -> r.vpnConnectionId(vpn.vpnConnectionId()).destinationCidrBlock("192.168.0.0/16")),
                "InvalidParameterValue", 400);

        // static routes to on-premises go in the transit gateway's table, to the VPN attachment
        var route = ec2().createTransitGatewayRoute(r -> r.transitGatewayRouteTableId(defaultTable).destinationCidrBlock("192.168.0.0/16")
                .transitGatewayAttachmentId(attachmentId)).route();
        assertThat(route.transitGatewayAttachments().get(0).resourceTypeAsString()).isEqualTo("vpn");
        assertThat(ec2().describeVpnConnections(r -> r.filters(filter("transit-gateway-id", tgw))).vpnConnections()).hasSize(1);
        assertAwsError(() -> ec2().deleteTransitGateway(r -> r.transitGatewayId(tgw)), "IncorrectState", 400);
        assertAwsError(() -> ec2().createVpnConnection(r -> r.type("ipsec.1").customerGatewayId(customer)), "MissingParameter", 400);

        ec2().deleteVpnConnection(r -> r.vpnConnectionId(vpn.vpnConnectionId()));
        assertThat(ec2().describeTransitGatewayAttachments().transitGatewayAttachments()).isEmpty();
        var routes = ec2().searchTransitGatewayRoutes(r -> r.transitGatewayRouteTableId(defaultTable).filters(filter("state", "blackhole"))).routes();
        assertThat(routes).extracting(r -> r.destinationCidrBlock()).containsExactly("192.168.0.0/16");
        ec2().deleteTransitGatewayRoute(r -> r.transitGatewayRouteTableId(defaultTable).destinationCidrBlock("192.168.0.0/16"));
        ec2().deleteTransitGateway(r -> r.transitGatewayId(tgw));
        ec2().deleteCustomerGateway(r -> r.customerGatewayId(customer));
    }

    @Test
    void badInputIsRefused() {
        assertAwsError(() -> ec2().createCustomerGateway(r -> r.type(GatewayType.IPSEC_1).ipAddress("not-an-ip")), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createVpnGateway(r -> r.type(GatewayType.IPSEC_1).amazonSideAsn(100L)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createVpnConnection(r -> r.type("ipsec.1").customerGatewayId("cgw-0123456789abcdef0")
                .vpnGatewayId("vgw-0123456789abcdef0")), "InvalidCustomerGatewayID.NotFound", 400);
        String customer = ec2().createCustomerGateway(r -> r.type(GatewayType.IPSEC_1).ipAddress("203.0.113.5")).customerGateway().customerGatewayId();
        assertAwsError(() -> ec2().createVpnConnection(r -> r.type("ipsec.1").customerGatewayId(customer).vpnGatewayId("vgw-0123456789abcdef0")),
                "InvalidVpnGatewayID.NotFound", 400);
        assertAwsError(() -> ec2().createVpnConnection(r -> r.type("ipsec.2").customerGatewayId(customer).vpnGatewayId("vgw-0123456789abcdef0")),
                "InvalidParameterValue", 400);
        assertThat(ec2().describeVpnConnections().vpnConnections()).isEmpty();
        assertAwsError(() -> ec2().describeVpnGateways(r -> r.vpnGatewayIds("vgw-0123456789abcdef0")), "InvalidVpnGatewayID.NotFound", 400);
    }
}
