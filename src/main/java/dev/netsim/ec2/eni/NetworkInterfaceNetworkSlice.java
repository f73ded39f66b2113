package dev.netsim.ec2.eni;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.NetworkInterfaceNode;

/**
 * Network interfaces: private addresses (primary first), public address or Elastic IP, groups,
 * source/destination check, attachment. Three column queries, no entities.
 */
@Component
class NetworkInterfaceNetworkSlice implements NetworkSlice {

    private final NetworkInterfaceRepository interfaces;

    NetworkInterfaceNetworkSlice(NetworkInterfaceRepository interfaces) {
        this.interfaces = interfaces;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        Map<String, List<String>> groups = new HashMap<>();
        interfaces.groupsInScope(scope.account(), scope.region())
                .forEach(row -> groups.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]));
        Map<String, List<String>> secondaries = new HashMap<>();
        interfaces.addressesInScope(scope.account(), scope.region())
                .forEach(row -> secondaries.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]));
        for (NetworkInterfaceRow eni : interfaces.rowsInScope(scope.account(), scope.region())) {
            List<Long> privateIps = new ArrayList<>();
            privateIps.add(AddressRange.address(eni.privateIp()));
            secondaries.getOrDefault(eni.id(), List.of()).stream().filter(a -> !a.equals(eni.privateIp()))
                    .forEach(a -> privateIps.add(AddressRange.address(a)));
            assembly.network().networkInterface(new NetworkInterfaceNode(eni.id(), eni.vpcId(), eni.subnetId(), eni.availabilityZone(),
                    privateIps, eni.publicIp() == null ? null : AddressRange.address(eni.publicIp()), groups.getOrDefault(eni.id(), List.of()),
                    eni.sourceDestCheck(), eni.instanceId(), eni.deviceIndex(), eni.interfaceType()));
        }
    }
}
