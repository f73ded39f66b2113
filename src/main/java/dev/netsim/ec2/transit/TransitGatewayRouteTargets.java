package dev.netsim.ec2.transit;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.routing.RouteTarget;
import dev.netsim.ec2.routing.RouteTargetKind;
import dev.netsim.ec2.routing.RouteTargetResolver;

/** VPC routes to a transit gateway: active while the gateway has an attachment in the route table's VPC. */
@Component
class TransitGatewayRouteTargets implements RouteTargetResolver {

    private final TransitGatewayService gateways;

    TransitGatewayRouteTargets(TransitGatewayService gateways) {
        this.gateways = gateways;
    }

    @Override
    public boolean supports(RouteTarget target) {
        return target.kind() == RouteTargetKind.TRANSIT_GATEWAY;
    }

    @Override
    public Status status(Scope scope, RouteTarget target, String vpcId) {
        return Status.of(gateways.exists(scope, target.id()), gateways.attachedTo(target.id(), vpcId));
    }
}
