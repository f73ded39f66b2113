package dev.netsim.simulation.network;

/**
 * A NAT gateway: public (with an Elastic IP, {@code publicIp}) or private, the subnet it sits in,
 * its private address, its state ({@code available}, {@code deleted}, …) and its interface.
 */
public record NatGatewayNode(String id, String vpcId, String subnetId, String state, boolean isPublic, long privateIp,
                             Long publicIp, String networkInterfaceId) {

    public boolean isAvailable() {
        return state.equals("available");
    }
}
