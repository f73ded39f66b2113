package dev.netsim.ec2.address;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class ElasticIpTaggableTypes {

    @Bean
    TaggableType elasticIpTaggable(ElasticIpService addresses) {
        return new TaggableType("eipalloc", "elastic-ip", "InvalidAllocationID", "allocation", addresses::exists);
    }
}
