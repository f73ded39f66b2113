package dev.netsim.ec2.vpn;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VpnConnectionRepository extends JpaRepository<VpnConnection, String> {

    List<VpnConnection> findByAccountAndRegionOrderById(String account, String region);

    Optional<VpnConnection> findByIdAndAccountAndRegion(String id, String account, String region);

    List<VpnConnection> findByVpnGatewayIdAndDeletedAtIsNull(String vpnGatewayId);

    List<VpnConnection> findByCustomerGatewayIdAndDeletedAtIsNull(String customerGatewayId);
}
