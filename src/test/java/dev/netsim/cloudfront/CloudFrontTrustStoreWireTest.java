package dev.netsim.cloudfront;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.cloudfront.model.CaCertificatesBundleSource;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.ViewerMtlsMode;

/** Trust stores: named, changed with their ETag, used by a distribution's viewer mTLS and kept while it does. */
class CloudFrontTrustStoreWireTest extends NetsimIntegrationTest {

    private static CaCertificatesBundleSource bundle(String key, String region) {
        return CaCertificatesBundleSource.builder().caCertificatesBundleS3Location(l -> l.bucket("pki").key(key).region(region)).build();
    }

    @Test
    void aTrustStoreIsCreatedUsedForViewerMtlsAndKeptWhileADistributionUsesIt() {
        assertAwsError(() -> cloudFront().createTrustStore(r -> r.name("clients").caCertificatesBundleSource(bundle("ca.pem", "mars-1"))),
                "InvalidArgument", 400);
        assertAwsError(() -> cloudFront().createTrustStore(r -> r.name("clients").caCertificatesBundleSource(CaCertificatesBundleSource.builder()
                .build())), "InvalidArgument", 400);
        var created = cloudFront().createTrustStore(r -> r.name("clients").caCertificatesBundleSource(bundle("ca.pem", "us-east-1"))
                .tags(t -> t.items(i -> i.key("env").value("test"))));
        var store = created.trustStore();
        assertThat(store.id()).matches("ts_[a-z0-9]{22}");
        assertThat(store.arn()).isEqualTo("arn:aws:cloudfront::000000000000:trust-store/" + store.id());
        assertThat(store.status()).hasToString("active");
        assertAwsError(() -> cloudFront().createTrustStore(r -> r.name("clients").caCertificatesBundleSource(bundle("ca.pem", "us-east-1"))),
                "EntityAlreadyExists", 409);
        assertThat(cloudFront().getTrustStore(r -> r.identifier(store.arn())).trustStore().name()).isEqualTo("clients");
        assertThat(cloudFront().listTagsForResource(r -> r.resource(store.arn())).tags().items()).hasSize(1);

        // the model makes If-Match required here, so its absence is a missing member
        assertAwsError(() -> cloudFront().updateTrustStore(r -> r.id(store.id()).caCertificatesBundleSource(bundle("ca2.pem", "us-east-1"))),
                "InvalidArgument", 400);
        var updated = cloudFront().updateTrustStore(r -> r.id(store.id()).ifMatch(created.eTag()).caCertificatesBundleSource(bundle("ca2.pem",
                "eu-west-1")));
        assertThat(updated.eTag()).isNotEqualTo(created.eTag());
        assertThat(cloudFront().listTrustStores(r -> { }).trustStoreList()).singleElement()
                .satisfies(s -> assertThat(s.eTag()).isEqualTo(updated.eTag()));

        DistributionConfig base = DistributionLifecycleWireTest.config("mtls");
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(base.toBuilder().viewerMtlsConfig(m -> m
                .mode(ViewerMtlsMode.REQUIRED)).build())), "InvalidArgument", 400);
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(base.toBuilder().viewerMtlsConfig(m -> m
                .mode(ViewerMtlsMode.REQUIRED).trustStoreConfig(t -> t.trustStoreId("ts_none"))).build())), "EntityNotFound", 404);
        String distribution = cloudFront().createDistribution(r -> r.distributionConfig(base.toBuilder().viewerMtlsConfig(m -> m
                .mode(ViewerMtlsMode.REQUIRED).trustStoreConfig(t -> t.trustStoreId(store.id()))).build())).distribution().id();
        assertThat(cloudFront().listDistributionsByTrustStore(r -> r.trustStoreIdentifier("clients")).distributionList().items()).singleElement()
                .satisfies(d -> assertThat(d.id()).isEqualTo(distribution))
                .satisfies(d -> assertThat(d.viewerMtlsConfig().trustStoreConfig().trustStoreId()).isEqualTo(store.id()));
        assertAwsError(() -> cloudFront().deleteTrustStore(r -> r.id(store.id()).ifMatch(updated.eTag())), "CannotDeleteEntityWhileInUse", 409);
        assertAwsError(() -> cloudFront().deleteTrustStore(r -> r.id(store.id()).ifMatch(created.eTag())), "PreconditionFailed", 412);
        assertAwsError(() -> cloudFront().getTrustStore(r -> r.identifier("ts_none")), "EntityNotFound", 404);
    }
}
