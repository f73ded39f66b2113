package dev.netsim.ec2.address;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ElasticIpRepository extends JpaRepository<ElasticIp, String> {

    List<ElasticIp> findByAccountAndRegionOrderByAllocationId(String account, String region);

    Optional<ElasticIp> findByAllocationIdAndAccountAndRegion(String allocationId, String account, String region);

    long countByAccountAndRegion(String account, String region);
}
