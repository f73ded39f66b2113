package dev.netsim.ec2.endpoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class VpcEndpointTaggableTypes {

    @Bean
    TaggableType vpcEndpointTaggable(VpcEndpointService endpoints) {
        return new TaggableType("vpce", "vpc-endpoint", "InvalidVpcEndpointId", "vpc endpoint", endpoints::exists);
    }
}
