package dev.netsim.ec2.transit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class TransitGatewayTaggableTypes {

    @Bean
    TaggableType transitGatewayTaggable(TransitGatewayService gateways) {
        return new TaggableType("tgw", "transit-gateway", "InvalidTransitGatewayID", "transit gateway", gateways::exists);
    }
    @Bean
    TaggableType transitGatewayAttachmentTaggable(TransitGatewayService gateways) {
        return new TaggableType("tgw-attach", "transit-gateway-attachment", "InvalidTransitGatewayAttachmentID", "transit gateway attachment",
                gateways::attachmentExists);
    }
    @Bean
    TaggableType transitGatewayRouteTableTaggable(TransitGatewayRoutingService routing) {
        return new TaggableType("tgw-rtb", "transit-gateway-route-table", "InvalidRouteTableID", "transit gateway route table", routing::exists);
    }
}
