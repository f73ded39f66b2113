package dev.netsim.cloudfront.function;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.resource.PageSizes;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.cloudfront.model.CreateKeyValueStoreRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateKeyValueStoreResponse;
import software.amazon.awssdk.services.cloudfront.model.DeleteKeyValueStoreRequest;
import software.amazon.awssdk.services.cloudfront.model.DeleteKeyValueStoreResponse;
import software.amazon.awssdk.services.cloudfront.model.DescribeKeyValueStoreRequest;
import software.amazon.awssdk.services.cloudfront.model.DescribeKeyValueStoreResponse;
import software.amazon.awssdk.services.cloudfront.model.KeyValueStoreList;
import software.amazon.awssdk.services.cloudfront.model.ListKeyValueStoresRequest;
import software.amazon.awssdk.services.cloudfront.model.ListKeyValueStoresResponse;
import software.amazon.awssdk.services.cloudfront.model.UpdateKeyValueStoreRequest;
import software.amazon.awssdk.services.cloudfront.model.UpdateKeyValueStoreResponse;

/** CloudFront (restXml) handlers for KeyValueStores. */
@Component
class KeyValueStoreActions {

    private final KeyValueStoreService stores;

    KeyValueStoreActions(KeyValueStoreService stores) {
        this.stores = stores;
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateKeyValueStoreResponse createKeyValueStore(CreateKeyValueStoreRequest r, Scope scope) {
        KeyValueStore created = stores.create(scope, r.name(), r.comment());
        return CreateKeyValueStoreResponse.builder().keyValueStore(toSdk(created)).eTag(created.getEtag())
                .location("https://cloudfront.amazonaws.com/2020-05-31/key-value-store/" + created.arn()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DescribeKeyValueStoreResponse describeKeyValueStore(DescribeKeyValueStoreRequest r, Scope scope) {
        KeyValueStore store = stores.get(scope, r.name());
        return DescribeKeyValueStoreResponse.builder().keyValueStore(toSdk(store)).eTag(store.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    UpdateKeyValueStoreResponse updateKeyValueStore(UpdateKeyValueStoreRequest r, Scope scope) {
        KeyValueStore store = stores.update(scope, r.name(), r.ifMatch(), r.comment());
        return UpdateKeyValueStoreResponse.builder().keyValueStore(toSdk(store)).eTag(store.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DeleteKeyValueStoreResponse deleteKeyValueStore(DeleteKeyValueStoreRequest r, Scope scope) {
        stores.delete(scope, r.name(), r.ifMatch());
        return DeleteKeyValueStoreResponse.builder().build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListKeyValueStoresResponse listKeyValueStores(ListKeyValueStoresRequest r, Scope scope) {
        int max = PageSizes.maxItems(r.maxItems());
        Page<KeyValueStore> page = stores.list(scope, r.status(), r.marker(), max);
        var items = page.items().stream().map(KeyValueStoreActions::toSdk).toList();
        return ListKeyValueStoresResponse.builder().keyValueStoreList(KeyValueStoreList.builder().nextMarker(page.nextToken()).maxItems(max)
                .quantity(items.size()).items(items.isEmpty() ? null : items).build()).build();
    }

    private static software.amazon.awssdk.services.cloudfront.model.KeyValueStore toSdk(KeyValueStore s) {
        return software.amazon.awssdk.services.cloudfront.model.KeyValueStore.builder().name(s.getName()).id(s.getStoreId()).comment(s.getComment())
                .arn(s.arn()).status(KeyValueStoreService.READY).lastModifiedTime(s.getLastModified()).build();
    }
}
