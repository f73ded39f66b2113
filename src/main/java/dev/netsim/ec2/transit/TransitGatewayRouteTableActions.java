package dev.netsim.ec2.transit;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.AssociateTransitGatewayRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.AssociateTransitGatewayRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.CreateTransitGatewayRouteRequest;
import software.amazon.awssdk.services.ec2.model.CreateTransitGatewayRouteResponse;
import software.amazon.awssdk.services.ec2.model.CreateTransitGatewayRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.CreateTransitGatewayRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.DeleteTransitGatewayRouteRequest;
import software.amazon.awssdk.services.ec2.model.DeleteTransitGatewayRouteResponse;
import software.amazon.awssdk.services.ec2.model.DeleteTransitGatewayRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.DeleteTransitGatewayRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.DescribeTransitGatewayRouteTablesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeTransitGatewayRouteTablesResponse;
import software.amazon.awssdk.services.ec2.model.DisableTransitGatewayRouteTablePropagationRequest;
import software.amazon.awssdk.services.ec2.model.DisableTransitGatewayRouteTablePropagationResponse;
import software.amazon.awssdk.services.ec2.model.DisassociateTransitGatewayRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateTransitGatewayRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.EnableTransitGatewayRouteTablePropagationRequest;
import software.amazon.awssdk.services.ec2.model.EnableTransitGatewayRouteTablePropagationResponse;
import software.amazon.awssdk.services.ec2.model.GetTransitGatewayRouteTableAssociationsRequest;
import software.amazon.awssdk.services.ec2.model.GetTransitGatewayRouteTableAssociationsResponse;
import software.amazon.awssdk.services.ec2.model.GetTransitGatewayRouteTablePropagationsRequest;
import software.amazon.awssdk.services.ec2.model.GetTransitGatewayRouteTablePropagationsResponse;
import software.amazon.awssdk.services.ec2.model.ReplaceTransitGatewayRouteRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceTransitGatewayRouteResponse;
import software.amazon.awssdk.services.ec2.model.SearchTransitGatewayRoutesRequest;
import software.amazon.awssdk.services.ec2.model.SearchTransitGatewayRoutesResponse;
import software.amazon.awssdk.services.ec2.model.TransitGatewayAssociation;
import software.amazon.awssdk.services.ec2.model.TransitGatewayPropagation;
import software.amazon.awssdk.services.ec2.model.TransitGatewayRouteAttachment;
import software.amazon.awssdk.services.ec2.model.TransitGatewayRouteTableAssociation;
import software.amazon.awssdk.services.ec2.model.TransitGatewayRouteTablePropagation;

/** EC2 wire handlers for transit gateway route tables, their associations, propagations and routes. */
@Component
class TransitGatewayRouteTableActions {

    private final TransitGatewayRoutingService routing;

    TransitGatewayRouteTableActions(TransitGatewayRoutingService routing) {
        this.routing = routing;
    }

    @AwsAction(WireService.EC2)
    CreateTransitGatewayRouteTableResponse createTransitGatewayRouteTable(CreateTransitGatewayRouteTableRequest r, Scope scope) {
        return CreateTransitGatewayRouteTableResponse.builder().transitGatewayRouteTable(toSdk(routing.create(scope, r.transitGatewayId(),
                Ec2Wire.tagsFor(r.tagSpecifications(), "transit-gateway-route-table")))).build();
    }

    @AwsAction(WireService.EC2)
    DeleteTransitGatewayRouteTableResponse deleteTransitGatewayRouteTable(DeleteTransitGatewayRouteTableRequest r, Scope scope) {
        return DeleteTransitGatewayRouteTableResponse.builder()
                .transitGatewayRouteTable(toSdk(routing.delete(scope, r.transitGatewayRouteTableId()))).build();
    }

    @AwsAction(WireService.EC2)
    DescribeTransitGatewayRouteTablesResponse describeTransitGatewayRouteTables(DescribeTransitGatewayRouteTablesRequest r, Scope scope) {
        Page<Tagged<RouteTableView>> page = routing.describe(scope,
                Ec2Wire.query(r.transitGatewayRouteTableIds(), r.filters(), r.maxResults(), r.nextToken()));
        return DescribeTransitGatewayRouteTablesResponse.builder()
                .transitGatewayRouteTables(page.items().stream().map(TransitGatewayRouteTableActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    AssociateTransitGatewayRouteTableResponse associateTransitGatewayRouteTable(AssociateTransitGatewayRouteTableRequest r, Scope scope) {
        TransitGatewayAttachment a = routing.associate(scope, r.transitGatewayRouteTableId(), r.transitGatewayAttachmentId());
        return AssociateTransitGatewayRouteTableResponse.builder().association(association(r.transitGatewayRouteTableId(), a, "associating")).build();
    }

    @AwsAction(WireService.EC2)
    DisassociateTransitGatewayRouteTableResponse disassociateTransitGatewayRouteTable(DisassociateTransitGatewayRouteTableRequest r, Scope scope) {
        TransitGatewayAttachment a = routing.disassociate(scope, r.transitGatewayRouteTableId(), r.transitGatewayAttachmentId());
        return DisassociateTransitGatewayRouteTableResponse.builder()
                .association(association(r.transitGatewayRouteTableId(), a, "disassociating")).build();
    }

    @AwsAction(WireService.EC2)
    EnableTransitGatewayRouteTablePropagationResponse enableTransitGatewayRouteTablePropagation(EnableTransitGatewayRouteTablePropagationRequest r,
                                                                                               Scope scope) {
        TransitGatewayAttachment a = routing.enablePropagation(scope, r.transitGatewayRouteTableId(), r.transitGatewayAttachmentId());
        return EnableTransitGatewayRouteTablePropagationResponse.builder()
                .propagation(propagation(r.transitGatewayRouteTableId(), a, "enabling")).build();
    }

    @AwsAction(WireService.EC2)
    DisableTransitGatewayRouteTablePropagationResponse disableTransitGatewayRouteTablePropagation(
            DisableTransitGatewayRouteTablePropagationRequest r, Scope scope) {
        TransitGatewayAttachment a = routing.disablePropagation(scope, r.transitGatewayRouteTableId(), r.transitGatewayAttachmentId());
        return DisableTransitGatewayRouteTablePropagationResponse.builder()
                .propagation(propagation(r.transitGatewayRouteTableId(), a, "disabling")).build();
    }

    @AwsAction(WireService.EC2)
    GetTransitGatewayRouteTableAssociationsResponse getTransitGatewayRouteTableAssociations(GetTransitGatewayRouteTableAssociationsRequest r,
                                                                                           Scope scope) {
        Page<TransitGatewayAttachment> page = routing.associations(scope, r.transitGatewayRouteTableId(), Ec2Wire.filters(r.filters()),
                r.maxResults(), r.nextToken());
        return GetTransitGatewayRouteTableAssociationsResponse.builder().associations(page.items().stream()
                .map(a -> TransitGatewayRouteTableAssociation.builder().transitGatewayAttachmentId(a.getId()).resourceId(a.resourceId())
                        .resourceType(a.resourceType()).state("associated").build()).toList()).nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    GetTransitGatewayRouteTablePropagationsResponse getTransitGatewayRouteTablePropagations(GetTransitGatewayRouteTablePropagationsRequest r,
                                                                                           Scope scope) {
        Page<TransitGatewayAttachment> page = routing.propagations(scope, r.transitGatewayRouteTableId(), Ec2Wire.filters(r.filters()),
                r.maxResults(), r.nextToken());
        return GetTransitGatewayRouteTablePropagationsResponse.builder().transitGatewayRouteTablePropagations(page.items().stream()
                .map(a -> TransitGatewayRouteTablePropagation.builder().transitGatewayAttachmentId(a.getId()).resourceId(a.resourceId())
                        .resourceType(a.resourceType()).state("enabled").build()).toList()).nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    CreateTransitGatewayRouteResponse createTransitGatewayRoute(CreateTransitGatewayRouteRequest r, Scope scope) {
        return CreateTransitGatewayRouteResponse.builder().route(toSdk(routing.createRoute(scope, r.transitGatewayRouteTableId(),
                r.destinationCidrBlock(), r.transitGatewayAttachmentId(), Boolean.TRUE.equals(r.blackhole())))).build();
    }

    @AwsAction(WireService.EC2)
    ReplaceTransitGatewayRouteResponse replaceTransitGatewayRoute(ReplaceTransitGatewayRouteRequest r, Scope scope) {
        return ReplaceTransitGatewayRouteResponse.builder().route(toSdk(routing.replaceRoute(scope, r.transitGatewayRouteTableId(),
                r.destinationCidrBlock(), r.transitGatewayAttachmentId(), Boolean.TRUE.equals(r.blackhole())))).build();
    }

    @AwsAction(WireService.EC2)
    DeleteTransitGatewayRouteResponse deleteTransitGatewayRoute(DeleteTransitGatewayRouteRequest r, Scope scope) {
        return DeleteTransitGatewayRouteResponse.builder().route(toSdk(routing.deleteRoute(scope, r.transitGatewayRouteTableId(),
                r.destinationCidrBlock()))).build();
    }

    @AwsAction(WireService.EC2)
    SearchTransitGatewayRoutesResponse searchTransitGatewayRoutes(SearchTransitGatewayRoutesRequest r, Scope scope) {
        TransitGatewayRoutingService.SearchResult result = routing.search(scope, r.transitGatewayRouteTableId(), Ec2Wire.filters(r.filters()),
                r.maxResults());
        return SearchTransitGatewayRoutesResponse.builder().routes(result.routes().stream().map(TransitGatewayRouteTableActions::toSdk).toList())
                .additionalRoutesAvailable(result.additionalRoutesAvailable()).build();
    }

    private static TransitGatewayAssociation association(String tableId, TransitGatewayAttachment a, String state) {
        return TransitGatewayAssociation.builder().transitGatewayRouteTableId(tableId).transitGatewayAttachmentId(a.getId())
                .resourceId(a.resourceId()).resourceType(a.resourceType()).state(state).build();
    }

    private static TransitGatewayPropagation propagation(String tableId, TransitGatewayAttachment a, String state) {
        return TransitGatewayPropagation.builder().transitGatewayRouteTableId(tableId).transitGatewayAttachmentId(a.getId())
                .resourceId(a.resourceId()).resourceType(a.resourceType()).state(state).build();
    }

    static software.amazon.awssdk.services.ec2.model.TransitGatewayRoute toSdk(TransitGatewayRoute route) {
        List<TransitGatewayRouteAttachment> attachments = route.attachment() == null ? List.of()
                : List.of(TransitGatewayRouteAttachment.builder().transitGatewayAttachmentId(route.attachment().getId())
                        .resourceId(route.attachment().resourceId()).resourceType(route.attachment().resourceType()).build());
        return software.amazon.awssdk.services.ec2.model.TransitGatewayRoute.builder().destinationCidrBlock(route.destinationCidr())
                .transitGatewayAttachments(attachments).type(route.type()).state(route.state()).build();
    }

    static software.amazon.awssdk.services.ec2.model.TransitGatewayRouteTable toSdk(Tagged<RouteTableView> tagged) {
        RouteTableView view = tagged.resource();
        return software.amazon.awssdk.services.ec2.model.TransitGatewayRouteTable.builder()
                .transitGatewayRouteTableId(view.table().getId()).transitGatewayId(view.table().getTransitGatewayId()).state(view.state())
                .defaultAssociationRouteTable(view.defaultAssociation()).defaultPropagationRouteTable(view.defaultPropagation())
                .creationTime(view.table().getCreatedAt()).tags(Ec2Wire.tags(tagged.tags())).build();
    }
}
