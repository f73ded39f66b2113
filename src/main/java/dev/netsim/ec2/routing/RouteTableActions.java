package dev.netsim.ec2.routing;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesResponse;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociationState;

/** EC2 wire handlers for route tables. */
@Component
class RouteTableActions {

    private final RouteTableService routeTables;

    RouteTableActions(RouteTableService routeTables) {
        this.routeTables = routeTables;
    }

    @AwsAction(WireService.EC2)
    DescribeRouteTablesResponse describeRouteTables(DescribeRouteTablesRequest request, Scope scope) {
        Page<Tagged<RouteTable>> page = routeTables.describe(scope,
                Ec2Wire.query(request.routeTableIds(), request.filters(), request.maxResults(), request.nextToken()));
        return DescribeRouteTablesResponse.builder().routeTables(page.items().stream().map(RouteTableActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    static software.amazon.awssdk.services.ec2.model.RouteTable toSdk(Tagged<RouteTable> tagged) {
        RouteTable table = tagged.resource();
        return software.amazon.awssdk.services.ec2.model.RouteTable.builder()
                .routeTableId(table.getId())
                .vpcId(table.getVpcId())
                .ownerId(table.getAccount())
                .routes(table.getRoutes().stream().map(r -> software.amazon.awssdk.services.ec2.model.Route.builder()
                        .destinationCidrBlock(r.getDestinationCidr())
                        .gatewayId(r.getGatewayId())
                        .origin(r.getOrigin())
                        .state(r.getState())
                        .build()).toList())
                .associations(table.getAssociations().stream().map(a -> software.amazon.awssdk.services.ec2.model.RouteTableAssociation.builder()
                        .routeTableAssociationId(a.getAssociationId())
                        .routeTableId(table.getId())
                        .subnetId(a.getSubnetId())
                        .main(a.isMain())
                        .associationState(RouteTableAssociationState.builder().state(a.getState()).build())
                        .build()).toList())
                .propagatingVgws(java.util.List.of())
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }
}
