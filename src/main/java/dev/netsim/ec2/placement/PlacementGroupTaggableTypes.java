package dev.netsim.ec2.placement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class PlacementGroupTaggableTypes {

    @Bean
    TaggableType placementGroupTaggable(PlacementGroupService groups) {
        return new TaggableType("pg", "placement-group", "InvalidPlacementGroupId", "placement group", groups::exists);
    }
}
