package dev.netsim.route53.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Route53ResourceRepository extends JpaRepository<Route53Resource, Route53Resource.Key> {

    List<Route53Resource> findByKindAndAccountOrderById(String kind, String account);

    List<Route53Resource> findByKindOrderById(String kind);

    List<Route53Resource> findByKindAndZoneIdOrderById(String kind, String zoneId);

    Optional<Route53Resource> findByKindAndIdAndAccount(String kind, String id, String account);

    long countByKindAndAccount(String kind, String account);

    List<Route53Resource> findByZoneId(String zoneId);
}
