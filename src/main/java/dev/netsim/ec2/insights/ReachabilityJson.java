package dev.netsim.ec2.insights;

import java.util.List;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.common.api.SparseJson;
import dev.netsim.simulation.reachability.AclRuleMatch;
import dev.netsim.simulation.reachability.Explanation;
import dev.netsim.simulation.reachability.PacketHeader;
import dev.netsim.simulation.reachability.PathComponent;
import dev.netsim.simulation.reachability.RouteMatch;
import dev.netsim.simulation.reachability.SecurityGroupRuleMatch;
import dev.netsim.simulation.reachability.TransitGatewayRouteMatch;

/**
 * The JSON API renders the engine's records as they are, leaving out the members a hop or an
 * explanation does not have (an ACL hop has no route), so a curl answer reads hop by hop. The
 * engine itself knows nothing of JSON.
 */
@Configuration(proxyBeanMethods = false)
class ReachabilityJson {

    private static final List<Class<?>> SPARSE = List.of(PathComponent.class, Explanation.class, AclRuleMatch.class,
            SecurityGroupRuleMatch.class, RouteMatch.class, TransitGatewayRouteMatch.class, PacketHeader.class, ReachabilityMatrix.Cell.class);

    @Bean
    JsonMapperBuilderCustomizer sparseReachabilityResults() {
        return SparseJson.leaveOutEmptyMembersOf(SPARSE);
    }
}
