package dev.netsim.ec2.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class RouteTableTaggableTypes {

    @Bean
    TaggableType routeTableTaggable(RouteTableService routeTables) {
        return new TaggableType("rtb", "route-table", "InvalidRouteTableID", "route table", routeTables::exists);
    }
}
