package dev.netsim.ec2.subnet;

/**
 * What a resource package keeps per subnet and must hear of when a subnet comes or goes (its
 * network ACL association, its route table association). Each package implements it for its own
 * resources, so the subnet package depends on none of them.
 */
public interface SubnetResidents {

    /** CreateSubnet: what AWS sets up for the new subnet (the default ACL's association). */
    default void subnetCreated(String vpcId, String subnetId) {
    }

    /** DeleteSubnet: the subnet's associations go with it. */
    default void subnetDeleted(String subnetId) {
    }
}
