package dev.netsim.ec2.peering;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.VpcPeeringNode;

/** Peering connections in their current status; an active one brings the network of its far side (another account or region) in. */
@Component
class VpcPeeringNetworkSlice implements NetworkSlice {

    private final VpcPeeringConnectionRepository connections;

    VpcPeeringNetworkSlice(VpcPeeringConnectionRepository connections) {
        this.connections = connections;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        for (VpcPeeringConnection connection : connections.findVisibleFrom(scope.account(), scope.region())) {
            String status = connection.statusAt(assembly.now());
            if (connection.getExpiresAt() != null && "pending-acceptance".equals(status)) {
                assembly.changesAt(connection.getExpiresAt());
            }
            assembly.network().peering(new VpcPeeringNode(connection.getId(), connection.getRequesterVpcId(), connection.getAccepterVpcId(),
                    status));
            if ("active".equals(status)) {
                assembly.reaches(connection.requesterScope());
                assembly.reaches(connection.accepterScope());
            }
        }
    }
}
