package dev.netsim.route53.cidr;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import dev.netsim.route53.zone.PageSize;
import dev.netsim.route53.zone.Route53ChangeService;
import software.amazon.awssdk.services.route53.model.ChangeCidrCollectionRequest;
import software.amazon.awssdk.services.route53.model.ChangeCidrCollectionResponse;
import software.amazon.awssdk.services.route53.model.CidrBlockSummary;
import software.amazon.awssdk.services.route53.model.CollectionSummary;
import software.amazon.awssdk.services.route53.model.CreateCidrCollectionRequest;
import software.amazon.awssdk.services.route53.model.CreateCidrCollectionResponse;
import software.amazon.awssdk.services.route53.model.DeleteCidrCollectionRequest;
import software.amazon.awssdk.services.route53.model.DeleteCidrCollectionResponse;
import software.amazon.awssdk.services.route53.model.ListCidrBlocksRequest;
import software.amazon.awssdk.services.route53.model.ListCidrBlocksResponse;
import software.amazon.awssdk.services.route53.model.ListCidrCollectionsRequest;
import software.amazon.awssdk.services.route53.model.ListCidrCollectionsResponse;
import software.amazon.awssdk.services.route53.model.ListCidrLocationsRequest;
import software.amazon.awssdk.services.route53.model.ListCidrLocationsResponse;
import software.amazon.awssdk.services.route53.model.LocationSummary;

/** Route 53 (restXml) handlers for CIDR collections. */
@Component
class CidrCollectionActions {

    private final CidrCollectionService collections;
    private final Route53ChangeService changes;

    CidrCollectionActions(CidrCollectionService collections, Route53ChangeService changes) {
        this.collections = collections;
        this.changes = changes;
    }

    @AwsAction(WireService.ROUTE53)
    CreateCidrCollectionResponse createCidrCollection(CreateCidrCollectionRequest r, Scope scope) {
        CidrCollection c = collections.create(scope, r.name(), r.callerReference());
        return CreateCidrCollectionResponse.builder()
                .collection(software.amazon.awssdk.services.route53.model.CidrCollection.builder().arn(c.arn()).id(c.getId()).name(c.getName())
                        .version(c.getVersion()).build())
                .location("https://route53.amazonaws.com/2013-04-01/cidrcollection/" + c.getId()).build();
    }

    @AwsAction(WireService.ROUTE53)
    ChangeCidrCollectionResponse changeCidrCollection(ChangeCidrCollectionRequest r, Scope scope) {
        collections.change(scope, r.id(), r.collectionVersion(), r.changes().stream()
                .map(c -> new CidrCollectionService.Change(c.locationName(), c.actionAsString(), c.cidrList())).toList());
        return ChangeCidrCollectionResponse.builder().id(changes.submit(scope, null).getId()).build();
    }

    @AwsAction(WireService.ROUTE53)
    DeleteCidrCollectionResponse deleteCidrCollection(DeleteCidrCollectionRequest r, Scope scope) {
        collections.delete(scope, r.id());
        return DeleteCidrCollectionResponse.builder().build();
    }

    @AwsAction(WireService.ROUTE53)
    ListCidrCollectionsResponse listCidrCollections(ListCidrCollectionsRequest r, Scope scope) {
        Page<CidrCollection> page = Pager.page(collections.list(scope), CidrCollection::getId, PageSize.of(r.maxResults(), 100, Integer.MAX_VALUE), r.nextToken(),
                "InvalidInput");
        return ListCidrCollectionsResponse.builder().nextToken(page.nextToken()).cidrCollections(page.items().stream()
                .map(c -> CollectionSummary.builder().arn(c.arn()).id(c.getId()).name(c.getName()).version(c.getVersion()).build()).toList())
                .build();
    }

    @AwsAction(WireService.ROUTE53)
    ListCidrLocationsResponse listCidrLocations(ListCidrLocationsRequest r, Scope scope) {
        List<String> names = List.copyOf(collections.get(scope, r.collectionId()).locations().keySet());
        Page<String> page = Pager.page(names.stream().sorted().toList(), name -> name, PageSize.of(r.maxResults(), 100, Integer.MAX_VALUE), r.nextToken(), "InvalidInput");
        return ListCidrLocationsResponse.builder().nextToken(page.nextToken())
                .cidrLocations(page.items().stream().map(n -> LocationSummary.builder().locationName(n).build()).toList()).build();
    }

    @AwsAction(WireService.ROUTE53)
    ListCidrBlocksResponse listCidrBlocks(ListCidrBlocksRequest r, Scope scope) {
        Page<CidrCollectionService.Block> page = Pager.page(collections.blocks(scope, r.collectionId(), r.locationName()),
                CidrCollectionService.Block::key, PageSize.of(r.maxResults(), 100, Integer.MAX_VALUE), r.nextToken(), "InvalidInput");
        return ListCidrBlocksResponse.builder().nextToken(page.nextToken()).cidrBlocks(page.items().stream()
                .map(b -> CidrBlockSummary.builder().cidrBlock(b.cidr()).locationName(b.location()).build()).toList()).build();
    }
}
