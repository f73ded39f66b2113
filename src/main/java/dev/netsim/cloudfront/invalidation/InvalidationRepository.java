package dev.netsim.cloudfront.invalidation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvalidationRepository extends JpaRepository<Invalidation, String> {

    List<Invalidation> findByDistributionIdOrderByCreatedDescIdDesc(String distributionId);

    List<Invalidation> findByDistributionIdAndTenantIdIsNullOrderByCreatedDescIdDesc(String distributionId);

    List<Invalidation> findByTenantIdOrderByCreatedDescIdDesc(String tenantId);
}
