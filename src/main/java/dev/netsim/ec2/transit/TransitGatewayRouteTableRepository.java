package dev.netsim.ec2.transit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransitGatewayRouteTableRepository extends JpaRepository<TransitGatewayRouteTable, String> {

    List<TransitGatewayRouteTable> findByAccountAndRegionOrderById(String account, String region);

    List<TransitGatewayRouteTable> findByTransitGatewayIdOrderById(String transitGatewayId);

    Optional<TransitGatewayRouteTable> findByIdAndAccountAndRegion(String id, String account, String region);
}
