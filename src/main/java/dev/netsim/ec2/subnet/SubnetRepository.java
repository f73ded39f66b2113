package dev.netsim.ec2.subnet;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SubnetRepository extends JpaRepository<Subnet, String> {

    List<Subnet> findByAccountAndRegionOrderById(String account, String region);

    List<Subnet> findByVpcIdOrderById(String vpcId);

    long countByVpcId(String vpcId);

    /** The address blocks of a VPC's subnets, for overlap checks: values, no entities (and no used-address counts). */
    @Query("select new dev.netsim.ec2.subnet.SubnetRepository$Blocks(s.id, s.cidrBlock, s.ipv6CidrBlock) from Subnet s where s.vpcId = ?1")
    List<Blocks> blocksInVpc(String vpcId);

    record Blocks(String id, String cidrBlock, String ipv6CidrBlock) {
    }

    Optional<Subnet> findByIdAndAccountAndRegion(String id, String account, String region);

    boolean existsByIdAndAccountAndRegion(String id, String account, String region);

    /** Locks the subnet row: address allocations in one subnet are serialised on it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Subnet s where s.id = ?1")
    Optional<Subnet> lock(String id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Subnet s where s.id = ?1 and s.account = ?2 and s.region = ?3")
    Optional<Subnet> lockInScope(String id, String account, String region);
}
