package dev.netsim.route53.healthcheck;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HealthCheckRepository extends JpaRepository<HealthCheck, String> {

    List<HealthCheck> findByAccountOrderById(String account);

    Optional<HealthCheck> findByIdAndAccount(String id, String account);

    Optional<HealthCheck> findByAccountAndCallerReference(String account, String callerReference);

    long countByAccount(String account);

    boolean existsByIdAndAccount(String id, String account);
}
