package dev.netsim.ec2.vpc;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface VpcRepository extends JpaRepository<Vpc, String> {

    @Query("select distinct v from Vpc v left join fetch v.cidrBlocks where v.account = ?1 and v.region = ?2 order by v.id")
    List<Vpc> findInScope(String account, String region);

    Optional<Vpc> findByIdAndAccountAndRegion(String id, String account, String region);

    /** Locks the VPC row: subnet and CIDR changes of one VPC are serialised on it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Vpc v where v.id = ?1 and v.account = ?2 and v.region = ?3")
    Optional<Vpc> lockInScope(String id, String account, String region);

    Optional<Vpc> findByAccountAndRegionAndDefaultVpcTrue(String account, String region);

    long countByAccountAndRegion(String account, String region);

    List<Vpc> findByDhcpOptionsId(String dhcpOptionsId);
}
