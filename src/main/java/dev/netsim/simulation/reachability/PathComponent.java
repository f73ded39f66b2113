package dev.netsim.simulation.reachability;

import java.util.List;

import dev.netsim.simulation.network.ComponentType;

/**
 * One hop of a path, numbered from 1: the component, what it is attached to, where it sits, the
 * rule, route or translation that let the packets through (headers where they change), and a
 * sentence saying so.
 */
public record PathComponent(int sequenceNumber, String componentId, ComponentType componentType, String attachedToId,
                            String subnetId, String vpcId, PacketHeader inboundHeader, PacketHeader outboundHeader,
                            AclRuleMatch aclRule, SecurityGroupRuleMatch securityGroupRule, RouteMatch route,
                            TransitGatewayRouteMatch transitGatewayRoute, List<String> additionalDetails, String sentence) {

    public PathComponent {
        additionalDetails = List.copyOf(additionalDetails);
    }
}
