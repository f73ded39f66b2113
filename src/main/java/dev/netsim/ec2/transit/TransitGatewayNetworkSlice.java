package dev.netsim.ec2.transit;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.TransitGatewayAttachmentNode;
import dev.netsim.simulation.network.TransitGatewayNode;
import dev.netsim.simulation.network.TransitGatewayRouteTableNode;

/**
 * Transit gateways, their attachments (their association and subnets per zone) and route tables with their
 * routes as SearchTransitGatewayRoutes shows them (the same code decides both); IPv4 routes only.
 */
@Component
class TransitGatewayNetworkSlice implements NetworkSlice {

    private final TransitGatewayRepository gateways;
    private final TransitGatewayAttachmentRepository attachments;
    private final TransitGatewayRouteTableRepository tables;
    private final TransitGatewayRoutingService routing;

    TransitGatewayNetworkSlice(TransitGatewayRepository gateways, TransitGatewayAttachmentRepository attachments,
                               TransitGatewayRouteTableRepository tables, TransitGatewayRoutingService routing) {
        this.gateways = gateways;
        this.attachments = attachments;
        this.tables = tables;
        this.routing = routing;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        gateways.findByAccountAndRegionOrderById(scope.account(), scope.region())
                .forEach(g -> assembly.network().transitGateway(new TransitGatewayNode(g.getId())));
        for (TransitGatewayAttachment attachment : attachments.findByAccountAndRegionOrderById(scope.account(), scope.region())) {
            assembly.network().transitGatewayAttachment(new TransitGatewayAttachmentNode(attachment.getId(), attachment.getTransitGatewayId(),
                    attachment.isVpc() ? attachment.getVpcId() : null, attachment.resourceType(), attachment.getRouteTableId(),
                    attachment.getSubnets().stream().map(s -> new TransitGatewayAttachmentNode.Subnet(s.getSubnetId(), s.getAvailabilityZone(),
                            s.getNetworkInterfaceId())).toList()));
        }
        for (TransitGatewayRouteTable table : tables.findByAccountAndRegionOrderById(scope.account(), scope.region())) {
            List<TransitGatewayRouteTableNode.Route> routes = routing.routesOf(table).stream()
                    .filter(r -> !r.destinationCidr().contains(":"))
                    .map(r -> new TransitGatewayRouteTableNode.Route(AddressRange.parse(r.destinationCidr()),
                            r.attachment() == null ? null : r.attachment().getId(), r.type(), "active".equals(r.state())))
                    .toList();
            assembly.network().transitGatewayRouteTable(new TransitGatewayRouteTableNode(table.getId(), table.getTransitGatewayId(), routes));
        }
    }
}
