package dev.netsim.ec2.vpn;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.Scope;
import dev.netsim.ec2.routing.PropagatedRoutes;
import dev.netsim.ec2.routing.RouteTarget;
import dev.netsim.ec2.routing.RouteTargetKind;
import dev.netsim.ec2.routing.RouteTargetResolver;

/**
 * Virtual private gateways in VPC routing: a route to one is active while it is attached to the
 * route table's VPC, and it propagates the static routes of its live VPN connections.
 */
@Component
class VpnGatewayRouting implements RouteTargetResolver, PropagatedRoutes {

    private final VpnGatewayService gateways;
    private final VpnConnectionRepository connections;

    VpnGatewayRouting(VpnGatewayService gateways, VpnConnectionRepository connections) {
        this.gateways = gateways;
        this.connections = connections;
    }

    @Override
    public boolean supports(RouteTarget target) {
        return target.kind() == RouteTargetKind.GATEWAY && supports(target.id());
    }

    @Override
    public boolean supports(String gatewayId) {
        return gatewayId.startsWith("vgw-");
    }

    @Override
    public Status status(Scope scope, RouteTarget target, String vpcId) {
        var gateway = gateways.lookup(scope, target.id());
        return Status.of(gateway.isPresent(), gateway.filter(g -> vpcId.equals(g.getAttachedVpcId())).isPresent());
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> destinationsFrom(Scope scope, String gatewayId, String vpcId) {
        if (status(scope, new RouteTarget(RouteTargetKind.GATEWAY, gatewayId), vpcId) != Status.ACTIVE) {
            return List.of();
        }
        return connections.findByVpnGatewayIdAndDeletedAtIsNull(gatewayId).stream().flatMap(c -> c.getRoutes().stream()).distinct().sorted().toList();
    }
}
