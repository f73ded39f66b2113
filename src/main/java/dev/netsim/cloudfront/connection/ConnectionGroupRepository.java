package dev.netsim.cloudfront.connection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConnectionGroupRepository extends JpaRepository<ConnectionGroup, String> {

    List<ConnectionGroup> findByAccountOrderById(String account);

    Optional<ConnectionGroup> findByIdAndAccount(String id, String account);

    Optional<ConnectionGroup> findByAccountAndName(String account, String name);

    Optional<ConnectionGroup> findByAccountAndRoutingEndpointIgnoreCase(String account, String routingEndpoint);

    long countByAccount(String account);

    Optional<ConnectionGroup> findFirstByAccountAndIsDefaultTrue(String account);
}
