package dev.netsim.cloudfront.tenant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DistributionTenantRepository extends JpaRepository<DistributionTenant, String> {

    List<DistributionTenant> findByAccountOrderById(String account);

    Optional<DistributionTenant> findByIdAndAccount(String id, String account);

    Optional<DistributionTenant> findByAccountAndName(String account, String name);

    List<DistributionTenant> findByDomainsContainingIgnoreCase(String domain);

    boolean existsByDistributionId(String distributionId);

    boolean existsByAccountAndConnectionGroupId(String account, String connectionGroupId);

    long countByAccount(String account);
}
