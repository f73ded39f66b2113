package dev.netsim.ec2.eni;

/** The columns of an interface the network snapshot needs. */
public record NetworkInterfaceRow(String id, String vpcId, String subnetId, String availabilityZone, String privateIp, String publicIp,
                                  boolean sourceDestCheck, String instanceId, Integer deviceIndex, String interfaceType) {
}
