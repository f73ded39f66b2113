package dev.netsim.simulation.network;

/** A VPC peering connection between two VPCs and its status ({@code active}, {@code pending-acceptance}, …). */
public record VpcPeeringNode(String id, String requesterVpcId, String accepterVpcId, String status) {

    public boolean isActive() {
        return status.equals("active");
    }

    /** The VPC on the other side from {@code vpcId}, or null when the connection does not join it. */
    public String peerOf(String vpcId) {
        return vpcId.equals(requesterVpcId) ? accepterVpcId : vpcId.equals(accepterVpcId) ? requesterVpcId : null;
    }
}
