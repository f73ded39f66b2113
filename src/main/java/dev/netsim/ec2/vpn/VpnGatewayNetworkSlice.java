package dev.netsim.ec2.vpn;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.VpnGatewayNode;

/** Virtual private gateways and the VPC each is attached to. */
@Component
class VpnGatewayNetworkSlice implements NetworkSlice {

    private final VpnGatewayRepository gateways;

    VpnGatewayNetworkSlice(VpnGatewayRepository gateways) {
        this.gateways = gateways;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        gateways.findByAccountAndRegionOrderById(scope.account(), scope.region())
                .forEach(g -> assembly.network().vpnGateway(new VpnGatewayNode(g.getId(), g.getAttachedVpcId())));
    }
}
