package dev.netsim.ec2.endpoint;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.routing.RouteTarget;
import dev.netsim.ec2.routing.RouteTargetKind;
import dev.netsim.ec2.routing.RouteTargetResolver;

/** Routes via VPC endpoints: active while the endpoint exists in the route table's VPC. */
@Component
class VpcEndpointRouteTargets implements RouteTargetResolver {

    private final VpcEndpointService endpoints;

    VpcEndpointRouteTargets(VpcEndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public boolean supports(RouteTarget target) {
        return target.kind() == RouteTargetKind.VPC_ENDPOINT || target.kind() == RouteTargetKind.GATEWAY && target.id().startsWith("vpce-");
    }

    @Override
    public Status status(Scope scope, RouteTarget target, String vpcId) {
        return Status.of(endpoints.vpcOf(scope, target.id()), vpcId);
    }
}
