package dev.netsim.ec2.nat;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.routing.RouteTarget;
import dev.netsim.ec2.routing.RouteTargetKind;
import dev.netsim.ec2.routing.RouteTargetResolver;

/** Routes to NAT gateways: usable from the gateway's own VPC until it is deleted, then blackhole. */
@Component
class NatGatewayRouteTargets implements RouteTargetResolver {

    private final NatGatewayService gateways;

    NatGatewayRouteTargets(NatGatewayService gateways) {
        this.gateways = gateways;
    }

    @Override
    public boolean supports(RouteTarget target) {
        return target.kind() == RouteTargetKind.NAT_GATEWAY;
    }

    @Override
    public Status status(Scope scope, RouteTarget target, String vpcId) {
        return Status.of(gateways.liveVpcOf(scope, target.id()), vpcId);
    }
}
