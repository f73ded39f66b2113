package dev.netsim.ec2.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class SecurityTaggableTypes {

    @Bean
    TaggableType securityGroupTaggable(SecurityGroupService groups) {
        return new TaggableType("sg", "security-group", "InvalidGroup", "security group", groups::exists);
    }
    @Bean
    TaggableType securityGroupRuleTaggable(SecurityGroupService groups) {
        return new TaggableType("sgr", "security-group-rule", "InvalidSecurityGroupRuleId", "security group rule", groups::ruleExists);
    }
    @Bean
    TaggableType networkAclTaggable(NetworkAclService acls) {
        return new TaggableType("acl", "network-acl", "InvalidNetworkAclID", "network ACL", acls::exists);
    }
}
