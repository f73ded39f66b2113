package dev.netsim.elbv2.simulation;

import java.util.List;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.common.api.SparseJson;
import dev.netsim.simulation.loadbalancing.RoutingDecision;

/** A routing decision without the members its action does not have (a forward has no location, a redirect no target). */
@Configuration(proxyBeanMethods = false)
class RoutingJson {

    @Bean
    JsonMapperBuilderCustomizer sparseRoutingDecisions() {
        return SparseJson.leaveOutEmptyMembersOf(List.of(RoutingDecision.Outcome.class, RoutingDecision.ChosenTarget.class,
                RoutingDecision.SetCookie.class));
    }
}
