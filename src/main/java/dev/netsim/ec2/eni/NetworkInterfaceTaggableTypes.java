package dev.netsim.ec2.eni;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class NetworkInterfaceTaggableTypes {

    @Bean
    TaggableType networkInterfaceTaggable(NetworkInterfaceService interfaces) {
        return new TaggableType("eni", "network-interface", "InvalidNetworkInterfaceID", "network interface", interfaces::exists);
    }
}
