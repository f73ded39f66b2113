package dev.netsim.cloudfront.distribution;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DistributionRepository extends JpaRepository<Distribution, String> {

    List<Distribution> findByAccountOrderById(String account);

    Optional<Distribution> findByIdAndAccount(String id, String account);

    Optional<Distribution> findByAccountAndDomainNameIgnoreCase(String account, String domainName);
}
