package dev.netsim.ec2.dhcp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class DhcpOptionsTaggableTypes {

    @Bean
    TaggableType dhcpOptionsTaggable(DhcpOptionsService options) {
        return new TaggableType("dopt", "dhcp-options", "InvalidDhcpOptionID", "dhcpOption", options::exists);
    }
}
