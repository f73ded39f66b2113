package dev.netsim.ec2.subnet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.net.Ipv4Cidr;
import dev.netsim.ec2.Ec2Errors;

/**
 * Private IPv4 addresses of subnets: never one of the five reserved addresses, never one in use.
 * Allocation locks the subnet row, so concurrent callers are served one after the other, and the
 * allocation table's primary key makes a double allocation impossible even so.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class PrivateIpAllocator {

    private final PrivateIpAllocationRepository allocations;
    private final SubnetRepository subnets;
    private final SubnetLookup lookup;

    public PrivateIpAllocator(PrivateIpAllocationRepository allocations, SubnetRepository subnets, SubnetLookup lookup) {
        this.allocations = allocations;
        this.subnets = subnets;
        this.lookup = lookup;
    }

    /**
     * @param requested a specific address, or null for the lowest free one
     * @return the address now held by {@code ownerId}
     */
    public String allocate(Scope scope, String subnetId, String ownerId, String requested) {
        lookup.find(scope, subnetId);
        Subnet subnet = subnets.lock(subnetId).orElseThrow();
        Ipv4Cidr cidr = Ipv4Cidr.parseOrNull(subnet.getCidrBlock());
        Set<String> taken = allocations.findBySubnetId(subnetId).stream().map(PrivateIpAllocation::getAddress).collect(Collectors.toSet());
        String address = requested != null ? requireFree(cidr, requested, taken) : lowestFree(cidr, taken, subnetId);
        allocations.save(new PrivateIpAllocation(subnetId, address, ownerId));
        return address;
    }

    /** How many addresses of the subnet are free, with the subnet locked until the transaction ends. */
    public long lockAndCountFree(String subnetId) {
        Subnet subnet = subnets.lock(subnetId).orElseThrow();
        return Ipv4Cidr.parseOrNull(subnet.getCidrBlock()).size() - Subnet.RESERVED_ADDRESSES - allocations.countBySubnetId(subnetId);
    }

    /** The addresses the owners hold, as (owner, address) pairs. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Map.Entry<String, String>> addressesOfOwners(java.util.Collection<String> ownerIds) {
        return allocations.findByOwnerIdIn(ownerIds).stream().map(a -> Map.entry(a.getOwnerId(), a.getAddress())).toList();
    }

    /** Frees one address {@code ownerId} holds. */
    public void release(String ownerId, String address) {
        allocations.findByOwnerId(ownerId).stream().filter(a -> a.getAddress().equals(address)).forEach(allocations::delete);
    }

    /** Frees every address {@code ownerId} holds. */
    public void releaseAll(String ownerId) {
        allocations.deleteAll(allocations.findByOwnerId(ownerId));
    }

    private static String lowestFree(Ipv4Cidr cidr, Set<String> taken, String subnetId) {
        // .0 network, .1 router, .2 DNS, .3 reserved; the last address is the (unused) broadcast
        for (long offset = 4; offset < cidr.size() - 1; offset++) {
            String candidate = cidr.addressAt(offset);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        throw new AwsException("InsufficientFreeAddressesInSubnet", "There are not enough free addresses in subnet '" + subnetId
                + "' to satisfy the requested number of instances.");
    }

    private static String requireFree(Ipv4Cidr cidr, String requested, Set<String> taken) {
        Ipv4Cidr single = Ipv4Cidr.parseOrNull(requested + "/32");
        if (single == null || requested.contains("/")) {
            throw Ec2Errors.invalidValue("PrivateIpAddress", requested, "This is not a valid IPv4 address.");
        }
        if (!cidr.contains(single)) {
            throw new AwsException("InvalidParameterValue", "Address " + requested + " does not fall within the subnet's address range");
        }
        for (long reserved : new long[] {0, 1, 2, 3, cidr.size() - 1}) {
            if (cidr.addressAt(reserved).equals(single.addressAt(0))) {
                throw new AwsException("InvalidParameterValue", "Address " + requested + " is in subnet's reserved address range");
            }
        }
        if (taken.contains(single.addressAt(0))) {
            throw new AwsException("InvalidIPAddress.InUse", "Address " + requested + " is in use.");
        }
        return single.addressAt(0);
    }
}
