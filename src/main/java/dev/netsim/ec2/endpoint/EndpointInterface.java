package dev.netsim.ec2.endpoint;

import jakarta.persistence.Embeddable;

/** The network interface an interface endpoint has in one of its subnets. */
@Embeddable
public class EndpointInterface {

    private String subnetId;
    private String networkInterfaceId;
    private String availabilityZone;

    protected EndpointInterface() {
    }

    EndpointInterface(String subnetId, String networkInterfaceId, String availabilityZone) {
        this.subnetId = subnetId;
        this.networkInterfaceId = networkInterfaceId;
        this.availabilityZone = availabilityZone;
    }

    public String getSubnetId() { return subnetId; }
    public String getNetworkInterfaceId() { return networkInterfaceId; }
    public String getAvailabilityZone() { return availabilityZone; }
}
