package dev.netsim.ec2.transit;

import jakarta.persistence.Embeddable;

/** A subnet a VPC attachment uses in one zone, with the service-owned interface it has there. */
@Embeddable
public class AttachmentSubnet {

    private String subnetId;
    private String networkInterfaceId;
    private String availabilityZone;

    protected AttachmentSubnet() {
    }

    AttachmentSubnet(String subnetId, String networkInterfaceId, String availabilityZone) {
        this.subnetId = subnetId;
        this.networkInterfaceId = networkInterfaceId;
        this.availabilityZone = availabilityZone;
    }

    public String getSubnetId() { return subnetId; }
    public String getNetworkInterfaceId() { return networkInterfaceId; }
    public String getAvailabilityZone() { return availabilityZone; }
}
