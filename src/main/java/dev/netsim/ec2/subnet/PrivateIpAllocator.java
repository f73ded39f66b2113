package dev.netsim.ec2.subnet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

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
    private final SubnetLookup lookup;
    private final EntityManager entities;

    public PrivateIpAllocator(PrivateIpAllocationRepository allocations, SubnetLookup lookup, EntityManager entities) {
        this.allocations = allocations;
        this.lookup = lookup;
        this.entities = entities;
    }

    /**
     * The subnet, locked and re-read: a plain lock query would hand back an instance this
     * transaction loaded earlier, with a count of used addresses that may be stale by now.
     */
    private Subnet lockFresh(String subnetId) {
        entities.flush(); // so that the refresh below cannot discard this transaction's own pending changes
        Subnet subnet = entities.find(Subnet.class, subnetId);
        entities.refresh(subnet, LockModeType.PESSIMISTIC_WRITE);
        return subnet;
    }

    /**
     * @param requested a specific address, or null for the lowest free one
     * @return the address now held by {@code ownerId}
     */
    public String allocate(Scope scope, String subnetId, String ownerId, String requested) {
        lookup.find(scope, subnetId);
        Subnet subnet = lockFresh(subnetId);
        Ipv4Cidr cidr = Ipv4Cidr.parseOrNull(subnet.getCidrBlock());
        Set<String> taken = allocations.findBySubnetId(subnetId).stream().map(PrivateIpAllocation::getAddress).collect(Collectors.toSet());
        String address = requested != null ? requireFree(cidr, requested, taken) : lowestFree(cidr, taken, subnetId);
        allocations.save(new PrivateIpAllocation(subnetId, address, ownerId));
        subnet.addressesTaken(1);
        return address;
    }

    /** How many addresses of the subnet are free, with the subnet locked until the transaction ends. */
    public long lockAndCountFree(String subnetId) {
        return lockFresh(subnetId).availableIpAddressCount();
    }

    /** The addresses the owners hold, as (owner, address) pairs. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Map.Entry<String, String>> addressesOfOwners(java.util.Collection<String> ownerIds) {
        return allocations.findByOwnerIdIn(ownerIds).stream().map(a -> Map.entry(a.getOwnerId(), a.getAddress())).toList();
    }

    /** Frees one address {@code ownerId} holds. */
    public void release(String ownerId, String address) {
        for (PrivateIpAllocation allocation : allocations.findByOwnerId(ownerId)) {
            if (allocation.getAddress().equals(address)) {
                lockFresh(allocation.getSubnetId()).addressesTaken(-1);
                allocations.delete(allocation);
            }
        }
    }

    /** Frees every address {@code ownerId} holds. */
    public void releaseAll(String ownerId) {
        List<PrivateIpAllocation> held = allocations.findByOwnerId(ownerId);
        for (PrivateIpAllocation allocation : held) {
            lockFresh(allocation.getSubnetId()).addressesTaken(-1);
            allocations.delete(allocation);
        }
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
