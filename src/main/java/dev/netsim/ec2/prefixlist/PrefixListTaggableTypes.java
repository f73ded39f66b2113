package dev.netsim.ec2.prefixlist;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class PrefixListTaggableTypes {

    @Bean
    TaggableType prefixListTaggable(PrefixListService prefixLists) {
        return new TaggableType("pl", "prefix-list", "InvalidPrefixListID", "prefix list", prefixLists::customerListExists);
    }
}
