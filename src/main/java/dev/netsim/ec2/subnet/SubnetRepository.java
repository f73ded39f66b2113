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
