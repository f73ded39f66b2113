package dev.netsim.simulation.network;

import java.util.List;

/**
 * A network interface: where it sits, its private addresses (primary first), its public address
 * (auto-assigned or an Elastic IP, none when {@code publicIp} is null), its groups, whether it checks
 * source and destination, and what it is attached to (an instance id, or the NAT gateway, endpoint
 * or load balancer that owns it) at which device index (0 for an instance's primary interface).
 */
public record NetworkInterfaceNode(String id, String vpcId, String subnetId, String availabilityZone, List<Long> privateIps,
                                   Long publicIp, List<String> groupIds, boolean sourceDestCheck, String attachedTo,
                                   Integer deviceIndex, String interfaceType) {

    public NetworkInterfaceNode {
        privateIps = List.copyOf(privateIps);
        groupIds = List.copyOf(groupIds);
    }

    public long primaryPrivateIp() {
        return privateIps.get(0);
    }

    public boolean hasPrivateIp(long address) {
        return privateIps.contains(address);
    }
}
