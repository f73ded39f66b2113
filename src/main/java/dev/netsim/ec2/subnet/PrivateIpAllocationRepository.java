package dev.netsim.ec2.subnet;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PrivateIpAllocationRepository extends JpaRepository<PrivateIpAllocation, PrivateIpAllocation.Key> {

    List<PrivateIpAllocation> findBySubnetId(String subnetId);

    long countBySubnetId(String subnetId);

    List<PrivateIpAllocation> findByOwnerId(String ownerId);

    List<PrivateIpAllocation> findByOwnerIdIn(java.util.Collection<String> ownerIds);
}
