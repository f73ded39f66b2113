package dev.netsim.ec2.nat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class NatGatewayTaggableTypes {

    @Bean
    TaggableType natGatewayTaggable(NatGatewayService gateways) {
        return new TaggableType("nat", "natgateway", "InvalidNatGatewayID", "nat gateway", gateways::exists);
    }
}
