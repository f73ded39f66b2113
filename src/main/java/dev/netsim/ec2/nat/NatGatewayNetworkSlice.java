package dev.netsim.ec2.nat;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.ResourceLifecycle;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.NatGatewayNode;

/** NAT gateways in their current state, with their addresses and interface. */
@Component
class NatGatewayNetworkSlice implements NetworkSlice {

    private final NatGatewayRepository gateways;
    private final ResourceLifecycle lifecycle;

    NatGatewayNetworkSlice(NatGatewayRepository gateways, ResourceLifecycle lifecycle) {
        this.gateways = gateways;
        this.lifecycle = lifecycle;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        for (NatGateway nat : gateways.findByAccountAndRegionOrderById(scope.account(), scope.region())) {
            assembly.changesAt(lifecycle.settlesAt(nat.getCreatedAt(), nat.getDeletedAt()));
            assembly.network().natGateway(new NatGatewayNode(nat.getId(), nat.getVpcId(), nat.getSubnetId(),
                    lifecycle.state(nat.getCreatedAt(), nat.getDeletedAt()), !"private".equals(nat.getConnectivityType()),
                    AddressRange.address(nat.getPrivateIp()), nat.getPublicIp() == null ? null : AddressRange.address(nat.getPublicIp()),
                    nat.getNetworkInterfaceId()));
        }
    }
}
