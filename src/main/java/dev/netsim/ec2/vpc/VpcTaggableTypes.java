package dev.netsim.ec2.vpc;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class VpcTaggableTypes {

    @Bean
    TaggableType vpcTaggable(VpcService vpcs) {
        return new TaggableType("vpc", "vpc", "InvalidVpcID", "vpc", vpcs::exists);
    }
}
