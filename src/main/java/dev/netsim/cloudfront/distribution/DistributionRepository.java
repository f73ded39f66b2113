package dev.netsim.cloudfront.distribution;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DistributionRepository extends JpaRepository<Distribution, String> {

    List<Distribution> findByAccountOrderById(String account);

    Optional<Distribution> findByIdAndAccount(String id, String account);

    /** The distribution, locked until the transaction ends, so changes to what it holds (invalidations) are made one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Distribution d where d.id = ?1 and d.account = ?2")
    Optional<Distribution> lockByIdAndAccount(String id, String account);

    Optional<Distribution> findByAccountAndDomainNameIgnoreCase(String account, String domainName);

    Optional<Distribution> findByAccountAndCallerReference(String account, String callerReference);

    /** Distributions of every account that may claim an alias (their aliases column holds it), to be checked exactly. */
    List<Distribution> findByAliasesContainingIgnoreCase(String alias);

    long countByAccount(String account);
}
