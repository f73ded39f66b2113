package dev.netsim.ec2.eni;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.ec2.subnet.Subnet;
import dev.netsim.ec2.subnet.SubnetLookup;

/**
 * Places the interfaces a service owns in the subnets it is given: subnets of its VPC, at most one
 * per availability zone (counting the ones it already has), one service-owned interface each.
 */
@Component
public class ServiceInterfaces {

    private final SubnetLookup subnets;
    private final NetworkInterfaceService interfaces;

    ServiceInterfaces(SubnetLookup subnets, NetworkInterfaceService interfaces) {
        this.subnets = subnets;
        this.interfaces = interfaces;
    }

    /** What the interfaces are for: their type, description and security groups (the VPC's default group when empty). */
    public record Owner(String vpcId, String interfaceType, String description, List<String> groupIds) {
    }

    public List<ServiceInterface> place(Scope scope, Owner owner, Collection<ServiceInterface> existing, List<String> subnetIds) {
        Set<String> zones = new HashSet<>(existing.stream().map(ServiceInterface::getAvailabilityZone).toList());
        Set<String> given = new HashSet<>();
        List<ServiceInterface> placed = new ArrayList<>();
        for (String subnetId : subnetIds) {
            Subnet subnet = subnets.find(scope, subnetId);
            if (!given.add(subnetId) || !subnet.getVpcId().equals(owner.vpcId())) {
                throw new AwsException("InvalidParameterValue", "Subnet " + subnetId + " is given twice or is not in " + owner.vpcId() + ".");
            }
            if (!zones.add(subnet.getAvailabilityZone())) {
                throw new AwsException("DuplicateSubnetsInSameZone", "Found another subnet in the availability zone of " + subnetId + " ("
                        + subnet.getAvailabilityZone() + "); the subnets must be in different availability zones.");
            }
            NetworkInterface eni = interfaces.createManaged(scope, subnetId, owner.groupIds(), owner.interfaceType(), owner.description(), null);
            placed.add(new ServiceInterface(subnetId, eni.getId(), subnet.getAvailabilityZone()));
        }
        return placed;
    }

    /** The interface goes with the service (or the subnet leaves it), freeing its address. */
    public void remove(ServiceInterface serviceInterface) {
        interfaces.deleteWithInstance(serviceInterface.getNetworkInterfaceId());
    }
}
