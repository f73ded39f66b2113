package dev.netsim.ec2.subnet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class SubnetTaggableTypes {

    @Bean
    TaggableType subnetTaggable(SubnetService subnets) {
        return new TaggableType("subnet", "subnet", "InvalidSubnetID", "subnet", subnets::exists);
    }
}
