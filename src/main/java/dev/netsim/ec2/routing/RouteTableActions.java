package dev.netsim.ec2.routing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.AssociateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.AssociateRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.CreateRouteRequest;
import software.amazon.awssdk.services.ec2.model.CreateRouteResponse;
import software.amazon.awssdk.services.ec2.model.CreateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.CreateRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.DeleteRouteRequest;
import software.amazon.awssdk.services.ec2.model.DeleteRouteResponse;
import software.amazon.awssdk.services.ec2.model.DeleteRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.DeleteRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesResponse;
import software.amazon.awssdk.services.ec2.model.DisableVgwRoutePropagationRequest;
import software.amazon.awssdk.services.ec2.model.DisableVgwRoutePropagationResponse;
import software.amazon.awssdk.services.ec2.model.DisassociateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.EnableVgwRoutePropagationRequest;
import software.amazon.awssdk.services.ec2.model.EnableVgwRoutePropagationResponse;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteResponse;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteTableAssociationRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteTableAssociationResponse;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociationState;

/** EC2 wire handlers for route tables, routes and associations. */
@Component
class RouteTableActions {

    private final RouteTableService routeTables;

    RouteTableActions(RouteTableService routeTables) {
        this.routeTables = routeTables;
    }

    @AwsAction(WireService.EC2)
    CreateRouteTableResponse createRouteTable(CreateRouteTableRequest request, Scope scope) {
        Tagged<RoutedTable> table = routeTables.create(scope, request.vpcId(), Ec2Wire.tagsFor(request.tagSpecifications(), "route-table"));
        return CreateRouteTableResponse.builder().routeTable(toSdk(table)).build();
    }

    @AwsAction(WireService.EC2)
    DeleteRouteTableResponse deleteRouteTable(DeleteRouteTableRequest request, Scope scope) {
        routeTables.delete(scope, request.routeTableId());
        return DeleteRouteTableResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DescribeRouteTablesResponse describeRouteTables(DescribeRouteTablesRequest request, Scope scope) {
        Page<Tagged<RoutedTable>> page = routeTables.describe(scope,
                Ec2Wire.query(request.routeTableIds(), request.filters(), request.maxResults(), request.nextToken()));
        return DescribeRouteTablesResponse.builder().routeTables(page.items().stream().map(RouteTableActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    CreateRouteResponse createRoute(CreateRouteRequest r, Scope scope) {
        rejectUnsupportedTargets(r.carrierGatewayId(), r.localGatewayId(), r.coreNetworkArn());
        routeTables.createRoute(scope, r.routeTableId(),
                RouteDestination.exactlyOne(r.destinationCidrBlock(), r.destinationIpv6CidrBlock(), r.destinationPrefixListId()), RouteTarget.exactlyOne(targets(r.gatewayId(),
                r.natGatewayId(), r.vpcPeeringConnectionId(), r.transitGatewayId(), r.networkInterfaceId(), r.instanceId(),
                r.egressOnlyInternetGatewayId(), r.vpcEndpointId())));
        return CreateRouteResponse.builder().returnValue(true).build();
    }

    @AwsAction(WireService.EC2)
    ReplaceRouteResponse replaceRoute(ReplaceRouteRequest r, Scope scope) {
        rejectUnsupportedTargets(r.carrierGatewayId(), r.localGatewayId(), r.coreNetworkArn());
        if (Boolean.TRUE.equals(r.localTarget())) {
            throw new AwsException("InvalidParameterValue", "Netsim does not support LocalTarget in ReplaceRoute yet.");
        }
        routeTables.replaceRoute(scope, r.routeTableId(),
                RouteDestination.exactlyOne(r.destinationCidrBlock(), r.destinationIpv6CidrBlock(), r.destinationPrefixListId()), RouteTarget.exactlyOne(targets(r.gatewayId(),
                r.natGatewayId(), r.vpcPeeringConnectionId(), r.transitGatewayId(), r.networkInterfaceId(), r.instanceId(),
                r.egressOnlyInternetGatewayId(), r.vpcEndpointId())));
        return ReplaceRouteResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DeleteRouteResponse deleteRoute(DeleteRouteRequest r, Scope scope) {
        routeTables.deleteRoute(scope, r.routeTableId(),
                RouteDestination.exactlyOne(r.destinationCidrBlock(), r.destinationIpv6CidrBlock(), r.destinationPrefixListId()));
        return DeleteRouteResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    AssociateRouteTableResponse associateRouteTable(AssociateRouteTableRequest r, Scope scope) {
        RouteTableAssociation association = routeTables.associate(scope, r.routeTableId(), r.subnetId(), r.gatewayId());
        return AssociateRouteTableResponse.builder().associationId(association.getAssociationId())
                .associationState(state(association)).build();
    }

    @AwsAction(WireService.EC2)
    DisassociateRouteTableResponse disassociateRouteTable(DisassociateRouteTableRequest r, Scope scope) {
        routeTables.disassociate(scope, r.associationId());
        return DisassociateRouteTableResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    ReplaceRouteTableAssociationResponse replaceRouteTableAssociation(ReplaceRouteTableAssociationRequest r, Scope scope) {
        RouteTableAssociation association = routeTables.replaceAssociation(scope, r.associationId(), r.routeTableId());
        return ReplaceRouteTableAssociationResponse.builder().newAssociationId(association.getAssociationId())
                .associationState(state(association)).build();
    }

    @AwsAction(WireService.EC2)
    EnableVgwRoutePropagationResponse enableVgwRoutePropagation(EnableVgwRoutePropagationRequest r, Scope scope) {
        routeTables.enablePropagation(scope, r.routeTableId(), r.gatewayId());
        return EnableVgwRoutePropagationResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DisableVgwRoutePropagationResponse disableVgwRoutePropagation(DisableVgwRoutePropagationRequest r, Scope scope) {
        routeTables.disablePropagation(scope, r.routeTableId(), r.gatewayId());
        return DisableVgwRoutePropagationResponse.builder().build();
    }

    private static Map<RouteTargetKind, String> targets(String gateway, String nat, String peering, String transit, String eni,
                                                        String instance, String egressOnly, String endpoint) {
        Map<RouteTargetKind, String> given = new LinkedHashMap<>();
        given.put(RouteTargetKind.GATEWAY, gateway);
        given.put(RouteTargetKind.NAT_GATEWAY, nat);
        given.put(RouteTargetKind.VPC_PEERING_CONNECTION, peering);
        given.put(RouteTargetKind.TRANSIT_GATEWAY, transit);
        given.put(RouteTargetKind.NETWORK_INTERFACE, eni);
        given.put(RouteTargetKind.INSTANCE, instance);
        given.put(RouteTargetKind.EGRESS_ONLY_INTERNET_GATEWAY, egressOnly);
        given.put(RouteTargetKind.VPC_ENDPOINT, endpoint);
        return given;
    }

    private static void rejectUnsupportedTargets(String... targets) {
        for (String target : targets) {
            if (target != null) {
                throw new AwsException("InvalidParameterValue", "Netsim does not support routes to carrier gateways, local gateways "
                        + "or core networks: " + target);
            }
        }
    }

    private static RouteTableAssociationState state(RouteTableAssociation association) {
        return RouteTableAssociationState.builder().state(association.getState()).build();
    }

    static software.amazon.awssdk.services.ec2.model.RouteTable toSdk(Tagged<RoutedTable> tagged) {
        RouteTable table = tagged.resource().table();
        return software.amazon.awssdk.services.ec2.model.RouteTable.builder()
                .routeTableId(table.getId())
                .vpcId(table.getVpcId())
                .ownerId(table.getAccount())
                .routes(tagged.resource().routes().stream().map(RouteTableActions::toSdk).toList())
                .associations(table.getAssociations().stream().map(a -> software.amazon.awssdk.services.ec2.model.RouteTableAssociation.builder()
                        .routeTableAssociationId(a.getAssociationId())
                        .routeTableId(table.getId())
                        .subnetId(a.getSubnetId())
                        .gatewayId(a.getGatewayId())
                        .main(a.isMain())
                        .associationState(state(a))
                        .build()).toList())
                .propagatingVgws(table.getPropagatingGatewayIds().stream()
                        .map(g -> software.amazon.awssdk.services.ec2.model.PropagatingVgw.builder().gatewayId(g).build()).toList())
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }

    private static software.amazon.awssdk.services.ec2.model.Route toSdk(RouteState routeState) {
        Route route = routeState.route();
        RouteTarget target = route.target();
        var sdk = software.amazon.awssdk.services.ec2.model.Route.builder().origin(route.getOrigin()).state(routeState.state());
        RouteDestination destination = route.destination();
        switch (destination.kind()) {
            case IPV4 -> sdk.destinationCidrBlock(destination.value());
            case IPV6 -> sdk.destinationIpv6CidrBlock(destination.value());
            case PREFIX_LIST -> sdk.destinationPrefixListId(destination.value());
        }
        switch (target.kind()) {
            case LOCAL, GATEWAY, VPC_ENDPOINT -> sdk.gatewayId(target.id());
            case NAT_GATEWAY -> sdk.natGatewayId(target.id());
            case VPC_PEERING_CONNECTION -> sdk.vpcPeeringConnectionId(target.id());
            case TRANSIT_GATEWAY -> sdk.transitGatewayId(target.id());
            case NETWORK_INTERFACE -> sdk.networkInterfaceId(target.id());
            case INSTANCE -> sdk.instanceId(target.id());
            case EGRESS_ONLY_INTERNET_GATEWAY -> sdk.egressOnlyInternetGatewayId(target.id());
        }
        return sdk.build();
    }
}
