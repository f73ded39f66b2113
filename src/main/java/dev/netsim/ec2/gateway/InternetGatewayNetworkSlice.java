package dev.netsim.ec2.gateway;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.InternetGatewayNode;

/** Internet gateways and the VPC each is attached to. */
@Component
class InternetGatewayNetworkSlice implements NetworkSlice {

    private final InternetGatewayRepository gateways;

    InternetGatewayNetworkSlice(InternetGatewayRepository gateways) {
        this.gateways = gateways;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        gateways.findByAccountAndRegionOrderById(scope.account(), scope.region())
                .forEach(g -> assembly.network().internetGateway(new InternetGatewayNode(g.getId(), g.getAttachedVpcId())));
    }
}
