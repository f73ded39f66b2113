package dev.netsim.ec2.instance;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class InstanceTaggableTypes {

    @Bean
    TaggableType instanceTaggable(InstanceService instances) {
        return new TaggableType("i", "instance", "InvalidInstanceID", "instance", instances::exists);
    }
}
