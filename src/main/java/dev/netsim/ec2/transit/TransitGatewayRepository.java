package dev.netsim.ec2.transit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransitGatewayRepository extends JpaRepository<TransitGateway, String> {

    List<TransitGateway> findByAccountAndRegionOrderById(String account, String region);

    Optional<TransitGateway> findByIdAndAccountAndRegion(String id, String account, String region);

    long countByAccountAndRegion(String account, String region);
}
