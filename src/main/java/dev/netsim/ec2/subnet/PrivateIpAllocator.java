package dev.netsim.ec2.subnet;

import java.util.List;
import java.util.Map;

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
 * allocation table's primary key makes a double allocation impossible even so. The lowest free
 * address is found in SQL from the subnet's search start, below which every address is taken, so
 * its cost does not grow with the addresses in use.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class PrivateIpAllocator {

    private final PrivateIpAllocationRepository allocations;
    private final EntityManager entityManager;

    public PrivateIpAllocator(PrivateIpAllocationRepository allocations, EntityManager entityManager) {
        this.allocations = allocations;
        this.entityManager = entityManager;
    }

    /**
     * @param requested a specific address, or null for the lowest free one
     * @return the address now held by {@code ownerId}
     */
    public String allocate(Scope scope, String subnetId, String ownerId, String requested) {
        Subnet subnet = locked(scope, subnetId);
        Ipv4Cidr cidr = Ipv4Cidr.parseOrNull(subnet.getCidrBlock());
        int offset = requested != null ? requireFree(subnet, cidr, requested) : lowestFree(subnet, cidr);
        allocations.save(new PrivateIpAllocation(subnetId, cidr.addressAt(offset), offset, ownerId));
        return cidr.addressAt(offset);
    }

    /** How many addresses of the subnet are free, with the subnet locked until the transaction ends. */
    public long lockAndCountFree(Subnet subnet) {
        lock(subnet);
        return subnet.availableIpAddressCount();
    }

    /** The subnet, locked until the transaction ends: its addresses (IPv4 or IPv6) are handed out one writer at a time. */
    public void lock(Subnet subnet) {
        if (entityManager.getLockMode(subnet) != LockModeType.PESSIMISTIC_WRITE) {
            // read again under the lock: the count of used addresses may have changed since the subnet was read
            entityManager.refresh(subnet, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    /** The addresses the owners hold, as (owner, address) pairs. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Map.Entry<String, String>> addressesOfOwners(java.util.Collection<String> ownerIds) {
        return allocations.ofOwners(ownerIds.toArray(String[]::new)).stream().map(a -> Map.entry(a.getOwnerId(), a.getAddress())).toList();
    }

    /** Frees one address {@code ownerId} holds. */
    public void release(String ownerId, String address) {
        free(allocations.findByOwnerId(ownerId).stream().filter(a -> a.getAddress().equals(address)).toList());
    }

    /** Frees every address {@code ownerId} holds. */
    public void releaseAll(String ownerId) {
        free(allocations.findByOwnerId(ownerId));
    }

    private void free(List<PrivateIpAllocation> held) {
        for (PrivateIpAllocation allocation : held) {
            entityManager.find(Subnet.class, allocation.getSubnetId(), LockModeType.PESSIMISTIC_WRITE).addressFreedAt(allocation.getAddressOffset());
            allocations.delete(allocation);
        }
    }

    /** The subnet, locked; no statement when this transaction holds the lock already. */
    private Subnet locked(Scope scope, String subnetId) {
        Subnet subnet = entityManager.find(Subnet.class, subnetId, LockModeType.PESSIMISTIC_WRITE);
        if (subnet == null || !subnet.getAccount().equals(scope.account()) || !subnet.getRegion().equals(scope.region())) {
            throw Ec2Errors.notFound("InvalidSubnetID", "subnet", subnetId);
        }
        return subnet;
    }

    private int lowestFree(Subnet subnet, Ipv4Cidr cidr) {
        int offset = allocations.lowestFreeOffset(subnet.getId(), subnet.addressSearchFrom());
        // the last address is the (unused) broadcast address
        if (offset >= cidr.size() - 1) {
            throw new AwsException("InsufficientFreeAddressesInSubnet", "There are not enough free addresses in subnet '" + subnet.getId()
                    + "' to satisfy the requested number of instances.");
        }
        subnet.addressesTakenBelow(offset + 1);
        return offset;
    }

    private int requireFree(Subnet subnet, Ipv4Cidr cidr, String requested) {
        Ipv4Cidr single = Ipv4Cidr.parseOrNull(requested + "/32");
        if (single == null || requested.contains("/")) {
            throw Ec2Errors.invalidValue("PrivateIpAddress", requested, "This is not a valid IPv4 address.");
        }
        long offset = cidr.offsetOf(single.addressAt(0));
        if (offset < 0) {
            throw new AwsException("InvalidParameterValue", "Address " + requested + " does not fall within the subnet's address range");
        }
        if (offset < Subnet.FIRST_USABLE_OFFSET || offset == cidr.size() - 1) {
            throw new AwsException("InvalidParameterValue", "Address " + requested + " is in subnet's reserved address range");
        }
        if (allocations.existsBySubnetIdAndAddressOffset(subnet.getId(), (int) offset)) {
            throw new AwsException("InvalidIPAddress.InUse", "Address " + requested + " is in use.");
        }
        return (int) offset;
    }
}
