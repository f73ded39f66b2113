package dev.netsim.ec2.vpc;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.VpcNode;

/** VPCs and their associated IPv4 blocks. */
@Component
class VpcNetworkSlice implements NetworkSlice {

    private final VpcRepository vpcs;

    VpcNetworkSlice(VpcRepository vpcs) {
        this.vpcs = vpcs;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        for (Vpc vpc : vpcs.findInScope(scope.account(), scope.region())) {
            assembly.network().vpc(new VpcNode(vpc.getId(), vpc.getAccount(), vpc.getRegion(), vpc.getCidrBlocks().stream()
                    .filter(b -> "associated".equals(b.getState())).map(b -> AddressRange.parse(b.getCidrBlock())).toList()));
        }
    }
}
