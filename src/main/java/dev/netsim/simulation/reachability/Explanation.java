package dev.netsim.simulation.reachability;

import java.util.List;

import dev.netsim.simulation.network.ComponentType;
import dev.netsim.simulation.network.Direction;

/**
 * Why a path is blocked, in AWS's terms: the explanation code, the direction, the component that
 * blocks and the context AWS reports with that code (the interface and its groups, the ACL and its
 * rule, the route table and route, the addresses), with one sentence saying it in words.
 */
public record Explanation(String code, Direction direction, String componentId, ComponentType componentType,
                          String networkInterfaceId, List<String> securityGroupIds, String aclId, AclRuleMatch aclRule,
                          String routeTableId, RouteMatch route, String subnetId, String vpcId, List<String> addresses,
                          String sentence) {

    public Explanation {
        securityGroupIds = List.copyOf(securityGroupIds);
        addresses = List.copyOf(addresses);
    }

    /** An explanation naming only the code, direction, component and sentence. */
    static Explanation of(String code, Direction direction, String componentId, String sentence) {
        return new Explanation(code, direction, componentId, componentId == null ? null : ComponentType.ofId(componentId), null,
                List.of(), null, null, null, null, null, null, List.of(), sentence);
    }
}
