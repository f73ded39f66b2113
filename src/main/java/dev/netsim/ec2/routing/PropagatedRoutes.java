package dev.netsim.ec2.routing;

import java.util.List;

import dev.netsim.common.Scope;

/**
 * A source of propagated routes (virtual private gateways): the destinations a gateway
 * propagates into the route tables of a VPC, none while it is not attached to that VPC.
 */
public interface PropagatedRoutes {

    boolean supports(String gatewayId);

    List<String> destinationsFrom(Scope scope, String gatewayId, String vpcId);
}
