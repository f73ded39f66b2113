package dev.netsim.cloudfront.truststore;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.resource.PageSizes;
import dev.netsim.cloudfront.tag.CloudFrontTagActions;
import dev.netsim.cloudfront.tag.CloudFrontTagService;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.cloudfront.model.CreateTrustStoreRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateTrustStoreResponse;
import software.amazon.awssdk.services.cloudfront.model.DeleteTrustStoreRequest;
import software.amazon.awssdk.services.cloudfront.model.DeleteTrustStoreResponse;
import software.amazon.awssdk.services.cloudfront.model.GetTrustStoreRequest;
import software.amazon.awssdk.services.cloudfront.model.GetTrustStoreResponse;
import software.amazon.awssdk.services.cloudfront.model.ListTrustStoresRequest;
import software.amazon.awssdk.services.cloudfront.model.ListTrustStoresResponse;
import software.amazon.awssdk.services.cloudfront.model.TrustStore;
import software.amazon.awssdk.services.cloudfront.model.TrustStoreSummary;
import software.amazon.awssdk.services.cloudfront.model.UpdateTrustStoreRequest;
import software.amazon.awssdk.services.cloudfront.model.UpdateTrustStoreResponse;

/**
 * CloudFront (restXml) handlers for trust stores. A store is {@code active} as soon as it is made;
 * NumberOfCaCertificates is left out because Netsim cannot read the bundle (it has no S3), as
 * ELBv2's trust stores do.
 */
@Component
class CloudFrontTrustStoreActions {

    private static final String ACTIVE = "active";

    private final CloudFrontTrustStoreService stores;
    private final CloudFrontTagService tags;

    CloudFrontTrustStoreActions(CloudFrontTrustStoreService stores, CloudFrontTagService tags) {
        this.stores = stores;
        this.tags = tags;
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateTrustStoreResponse createTrustStore(CreateTrustStoreRequest r, Scope scope) {
        CloudFrontTrustStore created = stores.create(scope, r.name(), r.caCertificatesBundleSource());
        tags.tag(scope, created.arn(), CloudFrontTagActions.asMap(r.tags()));
        return CreateTrustStoreResponse.builder().trustStore(toSdk(created)).eTag(created.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetTrustStoreResponse getTrustStore(GetTrustStoreRequest r, Scope scope) {
        CloudFrontTrustStore store = stores.get(scope, r.identifier());
        return GetTrustStoreResponse.builder().trustStore(toSdk(store)).eTag(store.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    UpdateTrustStoreResponse updateTrustStore(UpdateTrustStoreRequest r, Scope scope) {
        CloudFrontTrustStore store = stores.update(scope, r.id(), r.ifMatch(), r.caCertificatesBundleSource());
        return UpdateTrustStoreResponse.builder().trustStore(toSdk(store)).eTag(store.getEtag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DeleteTrustStoreResponse deleteTrustStore(DeleteTrustStoreRequest r, Scope scope) {
        String arn = stores.get(scope, r.id()).arn();
        stores.delete(scope, r.id(), r.ifMatch());
        tags.resourceDeleted(arn);
        return DeleteTrustStoreResponse.builder().build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListTrustStoresResponse listTrustStores(ListTrustStoresRequest r, Scope scope) {
        Page<CloudFrontTrustStore> page = stores.list(scope, r.marker(), PageSizes.maxItems(r.maxItems()));
        return ListTrustStoresResponse.builder().nextMarker(page.nextToken()).trustStoreList(page.items().stream()
                .map(s -> TrustStoreSummary.builder().id(s.getId()).arn(s.arn()).name(s.getName()).status(ACTIVE)
                        .lastModifiedTime(s.getLastModified()).eTag(s.getEtag()).build()).toList()).build();
    }

    private static TrustStore toSdk(CloudFrontTrustStore s) {
        return TrustStore.builder().id(s.getId()).arn(s.arn()).name(s.getName()).status(ACTIVE).lastModifiedTime(s.getLastModified()).build();
    }
}
