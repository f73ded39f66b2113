package dev.netsim.ec2.vpn;

import dev.netsim.common.filter.FilterSpec;
import dev.netsim.ec2.tag.Tagged;

/**
 * A VPN connection with its derived state and what its description needs from its gateways,
 * including the customer gateway configuration document AWS hands out for the device.
 */
public record VpnConnectionView(VpnConnection connection, String state, CustomerGateway customerGateway, long vpnGatewayAsn) {

    static final FilterSpec<Tagged<VpnConnectionView>> FILTERS = FilterSpec.<Tagged<VpnConnectionView>>builder(Tagged::tags)
            .on("vpn-connection-id", t -> t.resource().connection().getId())
            .on("customer-gateway-id", t -> t.resource().connection().getCustomerGatewayId())
            .on("vpn-gateway-id", t -> t.resource().connection().getVpnGatewayId())
            .on("transit-gateway-id", t -> t.resource().connection().getTransitGatewayId())
            .on("state", t -> t.resource().state())
            .on("type", t -> "ipsec.1")
            .on("option.static-routes-only", t -> t.resource().connection().isStaticRoutesOnly())
            .onEach("route.destination-cidr-block", t -> t.resource().connection().getRoutes().stream().map(r -> (Object) r).toList())
            .on("bgp-asn", t -> t.resource().customerGateway().getBgpAsn())
            .on("customer-gateway-configuration", t -> t.resource().customerGatewayConfiguration())
            .build();

    /** The device configuration document (AWS's vpn_connection XML) with both tunnels' addresses, keys and BGP ASNs. */
    public String customerGatewayConfiguration() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vpn_connection id=\"")
                .append(connection.getId()).append("\">\n  <customer_gateway_id>").append(connection.getCustomerGatewayId())
                .append("</customer_gateway_id>\n  <vpn_gateway_id>").append(connection.getVpnGatewayId() == null ? "" : connection.getVpnGatewayId())
                .append("</vpn_gateway_id>\n  <vpn_connection_type>ipsec.1</vpn_connection_type>\n");
        for (VpnConnection.Tunnel tunnel : new VpnConnection.Tunnel[] {connection.tunnel1(), connection.tunnel2()}) {
            String[] inside = tunnel.insideCidr().replace("/30", "").split("\\.");
            int last = Integer.parseInt(inside[3]);
            String prefix = inside[0] + "." + inside[1] + "." + inside[2] + ".";
            xml.append("  <ipsec_tunnel>\n")
                    .append(end("customer_gateway", customerGateway.getIpAddress(), prefix + (last + 2), customerGateway.getBgpAsn()))
                    .append(end("vpn_gateway", tunnel.outsideIp(), prefix + (last + 1), vpnGatewayAsn))
                    .append("    <ike>\n      <authentication_protocol>sha1</authentication_protocol>\n")
                    .append("      <encryption_protocol>aes-128-cbc</encryption_protocol>\n      <lifetime>28800</lifetime>\n")
                    .append("      <perfect_forward_secrecy>group2</perfect_forward_secrecy>\n      <mode>main</mode>\n")
                    .append("      <pre_shared_key>").append(tunnel.preSharedKey()).append("</pre_shared_key>\n    </ike>\n")
                    .append("  </ipsec_tunnel>\n");
        }
        return xml.append("</vpn_connection>\n").toString();
    }

    private static String end(String element, String outside, String inside, long asn) {
        return "    <" + element + ">\n      <tunnel_outside_address>\n        <ip_address>" + outside + "</ip_address>\n"
                + "      </tunnel_outside_address>\n      <tunnel_inside_address>\n        <ip_address>" + inside + "</ip_address>\n"
                + "        <network_mask>255.255.255.252</network_mask>\n        <network_cidr>30</network_cidr>\n"
                + "      </tunnel_inside_address>\n      <bgp>\n        <asn>" + asn + "</asn>\n        <hold_time>30</hold_time>\n"
                + "      </bgp>\n    </" + element + ">\n";
    }
}
