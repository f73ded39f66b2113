package dev.netsim.ec2.subnet;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PrivateIpAllocationRepository extends JpaRepository<PrivateIpAllocation, PrivateIpAllocation.Key> {

    boolean existsBySubnetIdAndAddressOffset(String subnetId, int addressOffset);

    /**
     * The lowest offset at or above {@code from} that no allocation of the subnet holds. Index
     * lookups only: the rows it reads are those at and above {@code from}, which are few, since the
     * subnet keeps {@code from} at its lowest free address.
     */
    @Query(value = "select min(o) from ("
            + " select cast(?2 as integer) as o where not exists"
            + "  (select 1 from private_ip_allocation where subnet_id = ?1 and address_offset = ?2)"
            + " union all"
            + " select a.address_offset + 1 from private_ip_allocation a where a.subnet_id = ?1 and a.address_offset >= ?2 and not exists"
            + "  (select 1 from private_ip_allocation b where b.subnet_id = ?1 and b.address_offset = a.address_offset + 1)"
            + ") free_offsets", nativeQuery = true)
    int lowestFreeOffset(String subnetId, int from);

    List<PrivateIpAllocation> findByOwnerId(String ownerId);

    /** The allocations of these owners (an array parameter: see InstanceRepository). */
    @Query(value = "select * from private_ip_allocation where owner_id = any(?1)", nativeQuery = true)
    List<PrivateIpAllocation> ofOwners(String[] ownerIds);
}
