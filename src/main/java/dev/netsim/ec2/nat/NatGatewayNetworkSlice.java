package dev.netsim.ec2.nat;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.ResourceLifecycle;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.NatGatewayNode;
import dev.netsim.simulation.network.NetworkInterfaceNode;

/**
 * NAT gateways in their current state, with their addresses and interface. Netsim keeps no network
 * interface row for a NAT gateway (DescribeNetworkInterfaces does not list it yet), so the slice adds
 * the interface the gateway sends and receives through.
 */
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
            Long publicIp = nat.getPublicIp() == null ? null : AddressRange.address(nat.getPublicIp());
            assembly.network().natGateway(new NatGatewayNode(nat.getId(), nat.getVpcId(), nat.getSubnetId(),
                    lifecycle.state(nat.getCreatedAt(), nat.getDeletedAt()), !"private".equals(nat.getConnectivityType()),
                    AddressRange.address(nat.getPrivateIp()), publicIp, nat.getNetworkInterfaceId()));
            if (!nat.isDeleted()) {
                assembly.network().networkInterface(new NetworkInterfaceNode(nat.getNetworkInterfaceId(), nat.getVpcId(), nat.getSubnetId(), null,
                        List.of(AddressRange.address(nat.getPrivateIp())), publicIp, List.of(), false, nat.getId(), null, "nat_gateway"));
            }
        }
    }
}
