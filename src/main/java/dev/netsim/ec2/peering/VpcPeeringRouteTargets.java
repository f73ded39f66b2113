package dev.netsim.ec2.peering;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.routing.RouteTarget;
import dev.netsim.ec2.routing.RouteTargetKind;
import dev.netsim.ec2.routing.RouteTargetResolver;

/** Routes to peering connections: active while the connection is active and joins the route table's VPC. */
@Component
class VpcPeeringRouteTargets implements RouteTargetResolver {

    private final VpcPeeringService peerings;

    VpcPeeringRouteTargets(VpcPeeringService peerings) {
        this.peerings = peerings;
    }

    @Override
    public boolean supports(RouteTarget target) {
        return target.kind() == RouteTargetKind.VPC_PEERING_CONNECTION;
    }

    @Override
    public Status status(Scope scope, RouteTarget target, String vpcId) {
        return Status.of(peerings.exists(scope, target.id()), peerings.isActiveFor(scope, target.id(), vpcId));
    }
}
