package dev.netsim.ec2.eni;

import jakarta.persistence.Embeddable;

/** The interface a service (VPC endpoint, transit gateway attachment) owns in one subnet, one per zone. */
@Embeddable
public class ServiceInterface {

    private String subnetId;
    private String networkInterfaceId;
    private String availabilityZone;

    protected ServiceInterface() {
    }

    ServiceInterface(String subnetId, String networkInterfaceId, String availabilityZone) {
        this.subnetId = subnetId;
        this.networkInterfaceId = networkInterfaceId;
        this.availabilityZone = availabilityZone;
    }

    public String getSubnetId() { return subnetId; }
    public String getNetworkInterfaceId() { return networkInterfaceId; }
    public String getAvailabilityZone() { return availabilityZone; }
}
