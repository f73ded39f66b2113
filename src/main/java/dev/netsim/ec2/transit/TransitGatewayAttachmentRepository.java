package dev.netsim.ec2.transit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransitGatewayAttachmentRepository extends JpaRepository<TransitGatewayAttachment, String> {

    List<TransitGatewayAttachment> findByAccountAndRegionOrderById(String account, String region);

    List<TransitGatewayAttachment> findByTransitGatewayIdOrderById(String transitGatewayId);

    List<TransitGatewayAttachment> findByVpcId(String vpcId);

    List<TransitGatewayAttachment> findByRouteTableId(String routeTableId);

    Optional<TransitGatewayAttachment> findByIdAndAccountAndRegion(String id, String account, String region);
}
