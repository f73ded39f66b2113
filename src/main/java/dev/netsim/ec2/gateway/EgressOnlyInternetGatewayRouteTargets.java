package dev.netsim.ec2.gateway;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.routing.RouteTarget;
import dev.netsim.ec2.routing.RouteTargetKind;
import dev.netsim.ec2.routing.RouteTargetResolver;

/** Routes to egress-only internet gateways: active for the one VPC the gateway was created in. */
@Component
class EgressOnlyInternetGatewayRouteTargets implements RouteTargetResolver {

    private final EgressOnlyInternetGatewayService gateways;

    EgressOnlyInternetGatewayRouteTargets(EgressOnlyInternetGatewayService gateways) {
        this.gateways = gateways;
    }

    @Override
    public boolean supports(RouteTarget target) {
        return target.kind() == RouteTargetKind.EGRESS_ONLY_INTERNET_GATEWAY;
    }

    @Override
    public Status status(Scope scope, RouteTarget target, String vpcId) {
        return Status.of(gateways.vpcOf(scope, target.id()), vpcId);
    }
}
