package dev.netsim.ec2.security;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.netsim.ec2.subnet.SubnetResidents;

/** A new subnet is associated with its VPC's default ACL; a deleted one's association goes with it. */
@Component
@Order(20)
class NetworkAclSubnetResidents implements SubnetResidents {

    private final NetworkAclService acls;

    NetworkAclSubnetResidents(NetworkAclService acls) {
        this.acls = acls;
    }

    @Override
    public void subnetCreated(String vpcId, String subnetId) {
        acls.associateWithDefault(vpcId, subnetId);
    }

    @Override
    public void subnetDeleted(String subnetId) {
        acls.forgetSubnet(subnetId);
    }
}
