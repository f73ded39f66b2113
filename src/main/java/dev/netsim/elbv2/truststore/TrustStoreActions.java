package dev.netsim.elbv2.truststore;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.elbv2.ElbWire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddTrustStoreRevocationsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddTrustStoreRevocationsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTrustStoreRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTrustStoreResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteSharedTrustStoreAssociationRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteSharedTrustStoreAssociationResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteTrustStoreRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteTrustStoreResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTrustStoreAssociationsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTrustStoreAssociationsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTrustStoreRevocation;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTrustStoreRevocationsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTrustStoreRevocationsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTrustStoresRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTrustStoresResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.GetResourcePolicyRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.GetResourcePolicyResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.GetTrustStoreCaCertificatesBundleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.GetTrustStoreCaCertificatesBundleResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.GetTrustStoreRevocationContentRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.GetTrustStoreRevocationContentResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTrustStoreRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTrustStoreResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveTrustStoreRevocationsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveTrustStoreRevocationsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TrustStoreAssociation;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TrustStoreRevocation;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TrustStoreStatus;

/** ELBv2 (awsQuery) wire handlers for trust stores, their revocation lists, and resource policies. */
@Component
class TrustStoreActions {

    private final TrustStoreService stores;

    TrustStoreActions(TrustStoreService stores) {
        this.stores = stores;
    }

    @AwsAction(WireService.ELBV2)
    CreateTrustStoreResponse createTrustStore(CreateTrustStoreRequest r, Scope scope) {
        TrustStore store = stores.create(scope, r.name(), new S3Location(r.caCertificatesBundleS3Bucket(), r.caCertificatesBundleS3Key(),
                r.caCertificatesBundleS3ObjectVersion()), ElbWire.tags(r.tags()));
        return CreateTrustStoreResponse.builder().trustStores(toSdk(store)).build();
    }

    @AwsAction(WireService.ELBV2)
    ModifyTrustStoreResponse modifyTrustStore(ModifyTrustStoreRequest r, Scope scope) {
        TrustStore store = stores.modify(scope, r.trustStoreArn(), new S3Location(r.caCertificatesBundleS3Bucket(),
                r.caCertificatesBundleS3Key(), r.caCertificatesBundleS3ObjectVersion()));
        return ModifyTrustStoreResponse.builder().trustStores(toSdk(store)).build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeTrustStoresResponse describeTrustStores(DescribeTrustStoresRequest r, Scope scope) {
        Page<TrustStore> page = stores.describe(scope, r.trustStoreArns(), r.names(), r.pageSize(), r.marker());
        return DescribeTrustStoresResponse.builder().trustStores(page.items().stream().map(TrustStoreActions::toSdk).toList())
                .nextMarker(page.nextToken()).build();
    }

    @AwsAction(WireService.ELBV2)
    DeleteTrustStoreResponse deleteTrustStore(DeleteTrustStoreRequest r, Scope scope) {
        stores.delete(scope, r.trustStoreArn());
        return DeleteTrustStoreResponse.builder().build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeTrustStoreAssociationsResponse describeTrustStoreAssociations(DescribeTrustStoreAssociationsRequest r, Scope scope) {
        Page<String> page = stores.associations(scope, r.trustStoreArn(), r.pageSize(), r.marker());
        return DescribeTrustStoreAssociationsResponse.builder()
                .trustStoreAssociations(page.items().stream().map(a -> TrustStoreAssociation.builder().resourceArn(a).build()).toList())
                .nextMarker(page.nextToken()).build();
    }

    @AwsAction(WireService.ELBV2)
    DeleteSharedTrustStoreAssociationResponse deleteSharedTrustStoreAssociation(DeleteSharedTrustStoreAssociationRequest r, Scope scope) {
        stores.deleteSharedAssociation(scope, r.trustStoreArn(), r.resourceArn());
        return DeleteSharedTrustStoreAssociationResponse.builder().build();
    }

    @AwsAction(WireService.ELBV2)
    AddTrustStoreRevocationsResponse addTrustStoreRevocations(AddTrustStoreRevocationsRequest r, Scope scope) {
        var added = stores.addRevocations(scope, r.trustStoreArn(), r.revocationContents().stream()
                .map(c -> new TrustStoreService.RevocationContent(c.revocationTypeAsString(), new S3Location(c.s3Bucket(), c.s3Key(),
                        c.s3ObjectVersion()))).toList());
        return AddTrustStoreRevocationsResponse.builder().trustStoreRevocations(added.stream().map(a -> TrustStoreRevocation.builder()
                .trustStoreArn(r.trustStoreArn()).revocationId(a.id()).revocationType(a.type()).build()).toList()).build();
    }

    @AwsAction(WireService.ELBV2)
    RemoveTrustStoreRevocationsResponse removeTrustStoreRevocations(RemoveTrustStoreRevocationsRequest r, Scope scope) {
        stores.removeRevocations(scope, r.trustStoreArn(), r.revocationIds());
        return RemoveTrustStoreRevocationsResponse.builder().build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeTrustStoreRevocationsResponse describeTrustStoreRevocations(DescribeTrustStoreRevocationsRequest r, Scope scope) {
        Page<Revocation> page = stores.revocations(scope, r.trustStoreArn(), r.revocationIds(), r.pageSize(), r.marker());
        return DescribeTrustStoreRevocationsResponse.builder().trustStoreRevocations(page.items().stream()
                .map(a -> DescribeTrustStoreRevocation.builder().trustStoreArn(r.trustStoreArn()).revocationId(a.id())
                        .revocationType(a.type()).build()).toList())
                .nextMarker(page.nextToken()).build();
    }

    @AwsAction(WireService.ELBV2)
    GetTrustStoreCaCertificatesBundleResponse getTrustStoreCaCertificatesBundle(GetTrustStoreCaCertificatesBundleRequest r, Scope scope) {
        return GetTrustStoreCaCertificatesBundleResponse.builder().location(stores.bundleUrl(scope, r.trustStoreArn())).build();
    }

    @AwsAction(WireService.ELBV2)
    GetTrustStoreRevocationContentResponse getTrustStoreRevocationContent(GetTrustStoreRevocationContentRequest r, Scope scope) {
        return GetTrustStoreRevocationContentResponse.builder().location(stores.revocationUrl(scope, r.trustStoreArn(), r.revocationId())).build();
    }

    @AwsAction(WireService.ELBV2)
    GetResourcePolicyResponse getResourcePolicy(GetResourcePolicyRequest r, Scope scope) {
        return GetResourcePolicyResponse.builder().policy(stores.resourcePolicy(r.resourceArn())).build();
    }

    /** The counts of certificates and revoked entries are left out: Netsim cannot read the S3 objects that hold them. */
    private static software.amazon.awssdk.services.elasticloadbalancingv2.model.TrustStore toSdk(TrustStore t) {
        return software.amazon.awssdk.services.elasticloadbalancingv2.model.TrustStore.builder().name(t.getName()).trustStoreArn(t.getArn())
                .status(TrustStoreStatus.ACTIVE).build();
    }
}
