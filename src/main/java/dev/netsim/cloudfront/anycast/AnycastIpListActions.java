package dev.netsim.cloudfront.anycast;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.resource.PageSizes;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.cloudfront.model.AnycastIpListCollection;
import software.amazon.awssdk.services.cloudfront.model.AnycastIpListSummary;
import software.amazon.awssdk.services.cloudfront.model.CreateAnycastIpListRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateAnycastIpListResponse;
import software.amazon.awssdk.services.cloudfront.model.DeleteAnycastIpListRequest;
import software.amazon.awssdk.services.cloudfront.model.DeleteAnycastIpListResponse;
import software.amazon.awssdk.services.cloudfront.model.GetAnycastIpListRequest;
import software.amazon.awssdk.services.cloudfront.model.GetAnycastIpListResponse;
import software.amazon.awssdk.services.cloudfront.model.ListAnycastIpListsRequest;
import software.amazon.awssdk.services.cloudfront.model.ListAnycastIpListsResponse;
import software.amazon.awssdk.services.cloudfront.model.UpdateAnycastIpListRequest;
import software.amazon.awssdk.services.cloudfront.model.UpdateAnycastIpListResponse;

/** CloudFront (restXml) handlers for Anycast static IP lists. */
@Component
class AnycastIpListActions {

    private final AnycastIpListService lists;

    AnycastIpListActions(AnycastIpListService lists) {
        this.lists = lists;
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateAnycastIpListResponse createAnycastIpList(CreateAnycastIpListRequest r, Scope scope) {
        AnycastIpList created = lists.create(scope, r.name(), r.ipCount(), r.ipAddressTypeAsString(), r.hasIpamCidrConfigs());
        return CreateAnycastIpListResponse.builder().anycastIpList(toSdk(created)).eTag(created.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetAnycastIpListResponse getAnycastIpList(GetAnycastIpListRequest r, Scope scope) {
        AnycastIpList list = lists.get(scope, r.id());
        return GetAnycastIpListResponse.builder().anycastIpList(toSdk(list)).eTag(list.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    UpdateAnycastIpListResponse updateAnycastIpList(UpdateAnycastIpListRequest r, Scope scope) {
        AnycastIpList list = lists.update(scope, r.id(), r.ifMatch(), r.ipAddressTypeAsString());
        return UpdateAnycastIpListResponse.builder().anycastIpList(toSdk(list)).eTag(list.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DeleteAnycastIpListResponse deleteAnycastIpList(DeleteAnycastIpListRequest r, Scope scope) {
        lists.delete(scope, r.id(), r.ifMatch());
        return DeleteAnycastIpListResponse.builder().build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListAnycastIpListsResponse listAnycastIpLists(ListAnycastIpListsRequest r, Scope scope) {
        int max = PageSizes.maxItems(r.maxItems() == null ? null : String.valueOf(r.maxItems()));
        Page<AnycastIpList> page = lists.list(scope, r.marker(), max);
        var items = page.items().stream().map(l -> AnycastIpListSummary.builder().id(l.getId()).name(l.getName()).status("Deployed").arn(l.arn())
                .ipCount(l.getIpCount()).lastModifiedTime(l.getLastModified()).ipAddressType("ipv4").eTag(l.getEtag()).build()).toList();
        return ListAnycastIpListsResponse.builder().anycastIpLists(AnycastIpListCollection.builder().items(items.isEmpty() ? null : items)
                .marker(r.marker() == null ? "" : r.marker()).nextMarker(page.nextToken()).maxItems(max).isTruncated(page.nextToken() != null)
                .quantity(items.size()).build()).build();
    }

    private software.amazon.awssdk.services.cloudfront.model.AnycastIpList toSdk(AnycastIpList l) {
        return software.amazon.awssdk.services.cloudfront.model.AnycastIpList.builder().id(l.getId()).name(l.getName()).status("Deployed")
                .arn(l.arn()).ipAddressType("ipv4").anycastIps(lists.addressesOf(l)).ipCount(l.getIpCount()).lastModifiedTime(l.getLastModified())
                .build();
    }
}
