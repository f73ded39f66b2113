package dev.netsim.ec2.gateway;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.routing.RouteTarget;
import dev.netsim.ec2.routing.RouteTargetKind;
import dev.netsim.ec2.routing.RouteTargetResolver;

/** Routes to internet gateways: active while the gateway is attached to the route table's VPC. */
@Component
class InternetGatewayRouteTargets implements RouteTargetResolver {

    private final InternetGatewayService gateways;

    InternetGatewayRouteTargets(InternetGatewayService gateways) {
        this.gateways = gateways;
    }

    @Override
    public boolean supports(RouteTarget target) {
        return target.kind() == RouteTargetKind.GATEWAY && target.id().startsWith("igw-");
    }

    @Override
    public Status status(Scope scope, RouteTarget target, String vpcId) {
        return Status.of(gateways.exists(scope, target.id()), gateways.attachedVpc(scope, target.id()).filter(vpcId::equals).isPresent());
    }
}
