package dev.netsim.ec2.eni;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.routing.RouteTarget;
import dev.netsim.ec2.routing.RouteTargetKind;
import dev.netsim.ec2.routing.RouteTargetResolver;

/** Routes to network interfaces: active while the interface exists in the route table's VPC. */
@Component
class NetworkInterfaceRouteTargets implements RouteTargetResolver {

    private final NetworkInterfaceRepository interfaces;

    NetworkInterfaceRouteTargets(NetworkInterfaceRepository interfaces) {
        this.interfaces = interfaces;
    }

    @Override
    public boolean supports(RouteTarget target) {
        return target.kind() == RouteTargetKind.NETWORK_INTERFACE;
    }

    @Override
    public Status status(Scope scope, RouteTarget target, String vpcId) {
        return Status.of(interfaces.findByIdAndAccountAndRegion(target.id(), scope.account(), scope.region())
                .map(NetworkInterface::getVpcId), vpcId);
    }
}
