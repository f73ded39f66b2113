package dev.netsim.ec2.subnet;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.SubnetNode;

/** Subnets: block and Availability Zone. */
@Component
class SubnetNetworkSlice implements NetworkSlice {

    private final SubnetRepository subnets;

    SubnetNetworkSlice(SubnetRepository subnets) {
        this.subnets = subnets;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        for (Subnet subnet : subnets.findByAccountAndRegionOrderById(scope.account(), scope.region())) {
            assembly.network().subnet(new SubnetNode(subnet.getId(), subnet.getVpcId(), AddressRange.parse(subnet.getCidrBlock()),
                    subnet.getAvailabilityZone()));
        }
    }
}
