package dev.netsim.ec2.eni;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.NetworkInterfaceNode;

/** Network interfaces: private addresses (primary first), public address or Elastic IP, groups, source/destination check. */
@Component
class NetworkInterfaceNetworkSlice implements NetworkSlice {

    private final NetworkInterfaceRepository interfaces;
    private final NetworkInterfaceService service;

    NetworkInterfaceNetworkSlice(NetworkInterfaceRepository interfaces, NetworkInterfaceService service) {
        this.interfaces = interfaces;
        this.service = service;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        List<NetworkInterface> all = interfaces.findByAccountAndRegionOrderById(scope.account(), scope.region());
        Map<String, List<String>> addresses = service.addressesOf(all.stream().map(NetworkInterface::getId).toList());
        for (NetworkInterface eni : all) {
            List<Long> privateIps = addresses.getOrDefault(eni.getId(), List.of(eni.getPrivateIp())).stream().map(AddressRange::address).toList();
            assembly.network().networkInterface(new NetworkInterfaceNode(eni.getId(), eni.getVpcId(), eni.getSubnetId(),
                    eni.getAvailabilityZone(), privateIps, eni.getPublicIp() == null ? null : AddressRange.address(eni.getPublicIp()),
                    eni.getGroupIds(), eni.isSourceDestCheck(), eni.getInstanceId(), eni.getInterfaceType()));
        }
    }
}
