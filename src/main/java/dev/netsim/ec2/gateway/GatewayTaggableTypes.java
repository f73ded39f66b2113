package dev.netsim.ec2.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class GatewayTaggableTypes {

    @Bean
    TaggableType egressOnlyInternetGatewayTaggable(EgressOnlyInternetGatewayService gateways) {
        return new TaggableType("eigw", "egress-only-internet-gateway", "InvalidEgressOnlyInternetGatewayId", "egress only internet gateway",
                gateways::exists);
    }
    @Bean
    TaggableType internetGatewayTaggable(InternetGatewayService gateways) {
        return new TaggableType("igw", "internet-gateway", "InvalidInternetGatewayID", "internet gateway", gateways::exists);
    }
}
