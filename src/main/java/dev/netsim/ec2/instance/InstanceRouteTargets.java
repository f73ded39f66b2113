package dev.netsim.ec2.instance;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.routing.RouteTarget;
import dev.netsim.ec2.routing.RouteTargetKind;
import dev.netsim.ec2.routing.RouteTargetResolver;

/** Routes to instances (their primary interface): active while the instance exists in the route table's VPC and is not terminated. */
@Component
class InstanceRouteTargets implements RouteTargetResolver {

    private final InstanceRepository instances;

    InstanceRouteTargets(InstanceRepository instances) {
        this.instances = instances;
    }

    @Override
    public boolean supports(RouteTarget target) {
        return target.kind() == RouteTargetKind.INSTANCE;
    }

    @Override
    public Status status(Scope scope, RouteTarget target, String vpcId) {
        return Status.of(instances.findById(target.id())
                .filter(i -> i.getAccount().equals(scope.account()) && i.getRegion().equals(scope.region()) && !i.isTerminated())
                .map(Instance::getVpcId), vpcId);
    }
}
