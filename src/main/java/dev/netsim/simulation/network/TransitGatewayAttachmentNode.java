package dev.netsim.simulation.network;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A transit gateway attachment: its gateway, the VPC it attaches (null for a VPN attachment), the
 * route table it is associated with (null when none), and for a VPC one subnet per Availability Zone
 * with the interface the gateway uses there.
 */
public record TransitGatewayAttachmentNode(String id, String transitGatewayId, String vpcId, String resourceType,
                                           String associatedRouteTableId, List<Subnet> subnets) {

    /** One subnet of a VPC attachment. */
    public record Subnet(String subnetId, String availabilityZone, String networkInterfaceId) {
    }

    public TransitGatewayAttachmentNode {
        subnets = subnets.stream().sorted(Comparator.comparing(Subnet::subnetId)).toList();
    }

    /** The attachment's subnet in the zone, if it has one there. */
    public Optional<Subnet> subnetIn(String availabilityZone) {
        return subnets.stream().filter(s -> s.availabilityZone().equals(availabilityZone)).findFirst();
    }
}
