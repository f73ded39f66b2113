package dev.netsim.route53.zone;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface HostedZoneRepository extends JpaRepository<HostedZone, String> {

    List<HostedZone> findByAccountOrderById(String account);

    Optional<HostedZone> findByIdAndAccount(String id, String account);

    Optional<HostedZone> findByAccountAndCallerReference(String account, String callerReference);

    long countByAccount(String account);

    long countByAccountAndDelegationSetId(String account, String delegationSetId);

    Optional<HostedZone> findById(String id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select z from HostedZone z where z.id = ?1 and z.account = ?2")
    Optional<HostedZone> lockForChange(String id, String account);
}
