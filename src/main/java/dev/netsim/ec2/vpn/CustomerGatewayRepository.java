package dev.netsim.ec2.vpn;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerGatewayRepository extends JpaRepository<CustomerGateway, String> {

    List<CustomerGateway> findByAccountAndRegionOrderById(String account, String region);

    Optional<CustomerGateway> findByIdAndAccountAndRegion(String id, String account, String region);
}
