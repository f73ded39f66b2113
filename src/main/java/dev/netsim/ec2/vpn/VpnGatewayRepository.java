package dev.netsim.ec2.vpn;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VpnGatewayRepository extends JpaRepository<VpnGateway, String> {

    List<VpnGateway> findByAccountAndRegionOrderById(String account, String region);

    Optional<VpnGateway> findByIdAndAccountAndRegion(String id, String account, String region);

    List<VpnGateway> findByAttachedVpcId(String vpcId);

    long countByAccountAndRegion(String account, String region);
}
