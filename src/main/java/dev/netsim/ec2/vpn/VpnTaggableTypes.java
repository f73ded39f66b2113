package dev.netsim.ec2.vpn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class VpnTaggableTypes {

    @Bean
    TaggableType customerGatewayTaggable(VpnConnectionService connections) {
        return new TaggableType("cgw", "customer-gateway", "InvalidCustomerGatewayID", "customer gateway", connections::customerGatewayExists);
    }
    @Bean
    TaggableType vpnGatewayTaggable(VpnGatewayService gateways) {
        return new TaggableType("vgw", "vpn-gateway", "InvalidVpnGatewayID", "vpn gateway", gateways::exists);
    }
    @Bean
    TaggableType vpnConnectionTaggable(VpnConnectionService connections) {
        return new TaggableType("vpn", "vpn-connection", "InvalidVpnConnectionID", "vpn connection", connections::exists);
    }
}
