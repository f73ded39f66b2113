package dev.netsim.cloudfront.connection;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.resource.PageSizes;
import dev.netsim.cloudfront.tag.CloudFrontTagActions;
import dev.netsim.cloudfront.tag.CloudFrontTagService;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.cloudfront.model.ConnectionGroupSummary;
import software.amazon.awssdk.services.cloudfront.model.CreateConnectionGroupRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateConnectionGroupResponse;
import software.amazon.awssdk.services.cloudfront.model.DeleteConnectionGroupRequest;
import software.amazon.awssdk.services.cloudfront.model.DeleteConnectionGroupResponse;
import software.amazon.awssdk.services.cloudfront.model.GetConnectionGroupByRoutingEndpointRequest;
import software.amazon.awssdk.services.cloudfront.model.GetConnectionGroupByRoutingEndpointResponse;
import software.amazon.awssdk.services.cloudfront.model.GetConnectionGroupRequest;
import software.amazon.awssdk.services.cloudfront.model.GetConnectionGroupResponse;
import software.amazon.awssdk.services.cloudfront.model.ListConnectionGroupsRequest;
import software.amazon.awssdk.services.cloudfront.model.ListConnectionGroupsResponse;
import software.amazon.awssdk.services.cloudfront.model.UpdateConnectionGroupRequest;
import software.amazon.awssdk.services.cloudfront.model.UpdateConnectionGroupResponse;

/** CloudFront (restXml) handlers for connection groups. */
@Component
class ConnectionGroupActions {

    private final ConnectionGroupService groups;
    private final CloudFrontTagService tags;

    ConnectionGroupActions(ConnectionGroupService groups, CloudFrontTagService tags) {
        this.groups = groups;
        this.tags = tags;
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateConnectionGroupResponse createConnectionGroup(CreateConnectionGroupRequest r, Scope scope) {
        ConnectionGroup created = groups.create(scope, r.name(), r.ipv6Enabled(), r.enabled(), r.anycastIpListId());
        if (r.tags() != null) {
            tags.tag(scope, created.arn(), CloudFrontTagActions.asMap(r.tags()));
        }
        return CreateConnectionGroupResponse.builder().connectionGroup(toSdk(created)).eTag(created.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetConnectionGroupResponse getConnectionGroup(GetConnectionGroupRequest r, Scope scope) {
        ConnectionGroup group = groups.get(scope, r.identifier());
        return GetConnectionGroupResponse.builder().connectionGroup(toSdk(group)).eTag(group.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetConnectionGroupByRoutingEndpointResponse getConnectionGroupByRoutingEndpoint(GetConnectionGroupByRoutingEndpointRequest r, Scope scope) {
        ConnectionGroup group = groups.byRoutingEndpoint(scope, r.routingEndpoint());
        return GetConnectionGroupByRoutingEndpointResponse.builder().connectionGroup(toSdk(group)).eTag(group.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    UpdateConnectionGroupResponse updateConnectionGroup(UpdateConnectionGroupRequest r, Scope scope) {
        ConnectionGroup group = groups.update(scope, r.id(), r.ifMatch(), r.ipv6Enabled(), r.enabled(), r.anycastIpListId());
        return UpdateConnectionGroupResponse.builder().connectionGroup(toSdk(group)).eTag(group.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DeleteConnectionGroupResponse deleteConnectionGroup(DeleteConnectionGroupRequest r, Scope scope) {
        String arn = groups.get(scope, r.id()).arn();
        groups.delete(scope, r.id(), r.ifMatch());
        tags.resourceDeleted(arn);
        return DeleteConnectionGroupResponse.builder().build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListConnectionGroupsResponse listConnectionGroups(ListConnectionGroupsRequest r, Scope scope) {
        int max = PageSizes.maxItems(r.maxItems() == null ? null : String.valueOf(r.maxItems()));
        Page<ConnectionGroup> page = groups.list(scope, r.associationFilter() == null ? null : r.associationFilter().anycastIpListId(), r.marker(),
                max);
        return ListConnectionGroupsResponse.builder().nextMarker(page.nextToken()).connectionGroups(page.items().stream()
                .map(g -> ConnectionGroupSummary.builder().id(g.getId()).name(g.getName()).arn(g.arn()).routingEndpoint(g.getRoutingEndpoint())
                        .createdTime(g.getCreated()).lastModifiedTime(g.getLastModified()).eTag(g.getEtag()).anycastIpListId(g.getAnycastIpListId())
                        .enabled(g.isEnabled()).status("Deployed").isDefault(g.isDefault()).build()).toList()).build();
    }

    private static software.amazon.awssdk.services.cloudfront.model.ConnectionGroup toSdk(ConnectionGroup g) {
        return software.amazon.awssdk.services.cloudfront.model.ConnectionGroup.builder().id(g.getId()).name(g.getName()).arn(g.arn())
                .createdTime(g.getCreated()).lastModifiedTime(g.getLastModified()).ipv6Enabled(g.isIpv6Enabled())
                .routingEndpoint(g.getRoutingEndpoint()).anycastIpListId(g.getAnycastIpListId()).status("Deployed").enabled(g.isEnabled())
                .isDefault(g.isDefault()).build();
    }
}
