package dev.netsim.ec2.subnet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.Scope;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.Ec2Ids;

/** Finds a subnet of the caller's scope by id, with EC2's errors; for services SubnetService depends on. */
@Component
@Transactional(readOnly = true)
public class SubnetLookup {

    private final SubnetRepository subnets;

    public SubnetLookup(SubnetRepository subnets) {
        this.subnets = subnets;
    }

    /** The default subnet of the default VPC in a zone (the first zone with one when none is named). */
    public java.util.Optional<Subnet> defaultSubnet(String vpcId, String zoneName) {
        return subnets.findByVpcIdOrderById(vpcId).stream().filter(Subnet::isDefaultForAz)
                .filter(s -> zoneName == null || s.getAvailabilityZone().equals(zoneName))
                .min(java.util.Comparator.comparing(Subnet::getAvailabilityZone));
    }

    /** The subnet of the VPC whose IPv4 block holds the address, if any. */
    public java.util.Optional<Subnet> containing(String vpcId, String address) {
        inet.ipaddr.IPAddress ip = new inet.ipaddr.IPAddressString(address).getAddress();
        return ip == null ? java.util.Optional.empty() : subnets.findByVpcIdOrderById(vpcId).stream()
                .filter(s -> new inet.ipaddr.IPAddressString(s.getCidrBlock()).getAddress().toPrefixBlock().contains(ip)).findFirst();
    }

    public boolean exists(Scope scope, String subnetId) {
        return subnets.existsByIdAndAccountAndRegion(subnetId, scope.account(), scope.region());
    }

    public Subnet find(Scope scope, String subnetId) {
        requireId(subnetId);
        return subnets.findByIdAndAccountAndRegion(subnetId, scope.account(), scope.region())
                .orElseThrow(() -> Ec2Errors.notFound("InvalidSubnetID", "subnet", subnetId));
    }

    /** The subnet, locked for the rest of the transaction: address allocations and associations of one subnet are serialised. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Subnet lock(Scope scope, String subnetId) {
        requireId(subnetId);
        return subnets.lockInScope(subnetId, scope.account(), scope.region())
                .orElseThrow(() -> Ec2Errors.notFound("InvalidSubnetID", "subnet", subnetId));
    }

    private static void requireId(String subnetId) {
        if (subnetId == null || subnetId.isEmpty()) {
            throw Ec2Errors.missing("SubnetId");
        }
        Ec2Ids.requireWellFormed(subnetId, "subnet", "InvalidSubnetID");
    }
}
