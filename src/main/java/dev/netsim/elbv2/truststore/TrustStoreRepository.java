package dev.netsim.elbv2.truststore;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TrustStoreRepository extends JpaRepository<TrustStore, String> {

    List<TrustStore> findByAccountAndRegionOrderByArn(String account, String region);

    Optional<TrustStore> findByArnAndAccountAndRegion(String arn, String account, String region);

    boolean existsByAccountAndRegionAndName(String account, String region, String name);

    long countByAccountAndRegion(String account, String region);

    /** Revocation ids are handed out from the row, so concurrent additions to one trust store wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TrustStore t where t.arn = ?1 and t.account = ?2 and t.region = ?3")
    Optional<TrustStore> lockByArnAndAccountAndRegion(String arn, String account, String region);
}
