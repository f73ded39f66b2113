package dev.netsim.ec2.peering;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class VpcPeeringTaggableTypes {

    @Bean
    TaggableType vpcPeeringTaggable(VpcPeeringService peerings) {
        return new TaggableType("pcx", "vpc-peering-connection", "InvalidVpcPeeringConnectionID", "vpcPeeringConnection", peerings::exists);
    }
}
