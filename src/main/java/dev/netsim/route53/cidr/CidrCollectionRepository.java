package dev.netsim.route53.cidr;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CidrCollectionRepository extends JpaRepository<CidrCollection, String> {

    List<CidrCollection> findByAccountOrderById(String account);

    Optional<CidrCollection> findByIdAndAccount(String id, String account);

    Optional<CidrCollection> findByAccountAndName(String account, String name);

    long countByAccount(String account);
}
