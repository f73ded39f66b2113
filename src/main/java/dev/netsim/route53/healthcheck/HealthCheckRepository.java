package dev.netsim.route53.healthcheck;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface HealthCheckRepository extends JpaRepository<HealthCheck, String> {

    List<HealthCheck> findByAccountOrderById(String account);

    Optional<HealthCheck> findByIdAndAccount(String id, String account);

    Optional<HealthCheck> findByAccountAndCallerReference(String account, String callerReference);

    long countByAccount(String account);

    boolean existsByIdAndAccount(String id, String account);

    /** The row, locked until the transaction ends, for a change that checks and bumps its version. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from HealthCheck h where h.id = ?1 and h.account = ?2")
    Optional<HealthCheck> lockForChange(String id, String account);
}
