package dev.netsim.cloudfront.anycast;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnycastIpListRepository extends JpaRepository<AnycastIpList, String> {

    List<AnycastIpList> findByAccountOrderById(String account);

    Optional<AnycastIpList> findByIdAndAccount(String id, String account);

    boolean existsByAccountAndName(String account, String name);

    long countByAccount(String account);
}
