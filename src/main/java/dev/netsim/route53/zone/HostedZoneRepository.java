package dev.netsim.route53.zone;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HostedZoneRepository extends JpaRepository<HostedZone, String> {

    List<HostedZone> findByAccountOrderById(String account);

    Optional<HostedZone> findByIdAndAccount(String id, String account);

    Optional<HostedZone> findByAccountAndCallerReference(String account, String callerReference);

    long countByAccount(String account);
}
