package dev.netsim.elbv2;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTrustStoreRevocation;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.FixedResponseActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.MutualAuthenticationAttributes;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RevocationContent;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TrustStore;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TrustStoreAssociation;

/** Trust stores, their revocation lists and listeners' mutual TLS through the SDK v2 client. */
class TrustStoreWireTest extends NetsimIntegrationTest {

    private static final String CERTIFICATE = "arn:aws:acm:us-east-1:000000000000:certificate/1a2b3c4d-0000-0000-0000-000000000001";
    private String loadBalancerArn;

    @BeforeEach
    void loadBalancer() {
        TwoZoneVpc vpc = twoZoneVpc();
        loadBalancerArn = elbv2().createLoadBalancer(r -> r.name("mtls").subnets(vpc.subnetA(), vpc.subnetB())).loadBalancers().get(0)
                .loadBalancerArn();
    }

    private TrustStore trustStore(String name) {
        return elbv2().createTrustStore(r -> r.name(name).caCertificatesBundleS3Bucket("pki-bucket").caCertificatesBundleS3Key("ca/bundle.pem"))
                .trustStores().get(0);
    }

    private Listener https(int port, MutualAuthenticationAttributes mtls) {
        return elbv2().createListener(r -> r.loadBalancerArn(loadBalancerArn).port(port).protocol(ProtocolEnum.HTTPS)
                .certificates(Certificate.builder().certificateArn(CERTIFICATE).build()).mutualAuthentication(mtls)
                .defaultActions(Action.builder().type(ActionTypeEnum.FIXED_RESPONSE)
                        .fixedResponseConfig(FixedResponseActionConfig.builder().statusCode("200").build()).build()))
                .listeners().get(0);
    }

    private static MutualAuthenticationAttributes verify(String trustStoreArn) {
        return MutualAuthenticationAttributes.builder().mode("verify").trustStoreArn(trustStoreArn).build();
    }

    @Test
    void trustStoreLifecycleAsAwsDescribesIt() {
        TrustStore store = trustStore("clients");
        assertThat(store.trustStoreArn()).matches("arn:aws:elasticloadbalancing:us-east-1:000000000000:truststore/clients/[0-9a-f]{16}");
        assertThat(store.statusAsString()).isEqualTo("ACTIVE");
        // Netsim cannot read the bundle from S3, so it does not make up a certificate count
        assertThat(store.numberOfCaCertificates()).isNull();

        assertThat(elbv2().describeTrustStores(r -> r.names("clients")).trustStores()).extracting(TrustStore::trustStoreArn)
                .containsExactly(store.trustStoreArn());
        assertThat(elbv2().getTrustStoreCaCertificatesBundle(r -> r.trustStoreArn(store.trustStoreArn())).location())
                .isEqualTo("https://pki-bucket.s3.us-east-1.amazonaws.com/ca/bundle.pem");
        elbv2().modifyTrustStore(r -> r.trustStoreArn(store.trustStoreArn()).caCertificatesBundleS3Bucket("pki-bucket")
                .caCertificatesBundleS3Key("ca/v2.pem").caCertificatesBundleS3ObjectVersion("v7"));
        assertThat(elbv2().getTrustStoreCaCertificatesBundle(r -> r.trustStoreArn(store.trustStoreArn())).location())
                .isEqualTo("https://pki-bucket.s3.us-east-1.amazonaws.com/ca/v2.pem?versionId=v7");

        elbv2().addTags(r -> r.resourceArns(store.trustStoreArn()).tags(Tag.builder().key("team").value("pki").build()));
        assertThat(elbv2().describeTags(r -> r.resourceArns(store.trustStoreArn())).tagDescriptions().get(0).tags())
                .extracting(Tag::key).containsExactly("team");

        assertAwsError(() -> trustStore("clients"), "DuplicateTrustStoreName", 400);
        assertAwsError(() -> trustStore("-bad-"), "ValidationError", 400);
        assertAwsError(() -> elbv2().createTrustStore(r -> r.name("nobucket").caCertificatesBundleS3Key("k")), "ValidationError", 400);
        assertAwsError(() -> elbv2().describeTrustStores(r -> r.names("clients", "missing")), "TrustStoreNotFound", 400);
        assertAwsError(() -> elbv2().getResourcePolicy(r -> r.resourceArn(store.trustStoreArn())), "ResourceNotFound", 400);

        elbv2().deleteTrustStore(r -> r.trustStoreArn(store.trustStoreArn()));
        assertAwsError(() -> elbv2().describeTrustStores(r -> r.trustStoreArns(store.trustStoreArn())), "TrustStoreNotFound", 400);
        assertAwsError(() -> elbv2().deleteTrustStore(r -> r.trustStoreArn(store.trustStoreArn())), "TrustStoreNotFound", 400);
    }

    @Test
    void revocationListsGetIdsInOrderAndAreRemovedById() {
        String arn = trustStore("revoking").trustStoreArn();
        var added = elbv2().addTrustStoreRevocations(r -> r.trustStoreArn(arn).revocationContents(
                RevocationContent.builder().s3Bucket("pki-bucket").s3Key("crl/1.crl").revocationType("CRL").build(),
                RevocationContent.builder().s3Bucket("pki-bucket").s3Key("crl/2.crl").build())).trustStoreRevocations();
        assertThat(added).extracting(x -> x.revocationId()).containsExactly(1L, 2L);
        assertThat(elbv2().getTrustStoreRevocationContent(r -> r.trustStoreArn(arn).revocationId(2L)).location())
                .isEqualTo("https://pki-bucket.s3.us-east-1.amazonaws.com/crl/2.crl");

        elbv2().removeTrustStoreRevocations(r -> r.trustStoreArn(arn).revocationIds(1L));
        assertThat(elbv2().describeTrustStoreRevocations(r -> r.trustStoreArn(arn)).trustStoreRevocations())
                .extracting(DescribeTrustStoreRevocation::revocationId).containsExactly(2L);
        assertAwsError(() -> elbv2().removeTrustStoreRevocations(r -> r.trustStoreArn(arn).revocationIds(1L)), "RevocationIdNotFound", 400);
        assertAwsError(() -> elbv2().describeTrustStoreRevocations(r -> r.trustStoreArn(arn).revocationIds(9L)), "RevocationIdNotFound", 400);
        assertAwsError(() -> elbv2().addTrustStoreRevocations(r -> r.trustStoreArn(arn).revocationContents(
                RevocationContent.builder().s3Bucket("pki-bucket").s3Key("x").revocationType("OCSP").build())), "ValidationError", 400);
        // ids are never handed out twice, even after a removal
        assertThat(elbv2().addTrustStoreRevocations(r -> r.trustStoreArn(arn).revocationContents(
                RevocationContent.builder().s3Bucket("pki-bucket").s3Key("crl/3.crl").build())).trustStoreRevocations().get(0).revocationId())
                .isEqualTo(3L);
    }

    @Test
    void listenersVerifyClientsWithATrustStoreThatCannotBeDeletedUnderThem() {
        String arn = trustStore("verifier").trustStoreArn();
        Listener plain = https(443, null);
        assertThat(plain.mutualAuthentication().mode()).isEqualTo("off");

        Listener verifying = https(8443, verify(arn));
        assertThat(verifying.mutualAuthentication().trustStoreArn()).isEqualTo(arn);
        assertThat(verifying.mutualAuthentication().trustStoreAssociationStatusAsString()).isEqualTo("active");
        assertThat(verifying.mutualAuthentication().ignoreClientCertificateExpiry()).isFalse();
        assertThat(elbv2().describeTrustStoreAssociations(r -> r.trustStoreArn(arn)).trustStoreAssociations())
                .extracting(TrustStoreAssociation::resourceArn).containsExactly(loadBalancerArn);
        assertAwsError(() -> elbv2().deleteTrustStore(r -> r.trustStoreArn(arn)), "TrustStoreInUse", 400);
        assertAwsError(() -> elbv2().deleteSharedTrustStoreAssociation(r -> r.trustStoreArn(arn).resourceArn(loadBalancerArn)),
                "DeleteAssociationSameAccount", 400);

        assertAwsError(() -> https(9443, MutualAuthenticationAttributes.builder().mode("verify").build()), "InvalidConfigurationRequest", 400);
        assertAwsError(() -> https(9443, MutualAuthenticationAttributes.builder().mode("strict").build()), "ValidationError", 400);
        assertAwsError(() -> https(9443, verify(arn.replace("verifier", "ghost"))), "TrustStoreNotFound", 400);
        assertAwsError(() -> elbv2().createListener(r -> r.loadBalancerArn(loadBalancerArn).port(80).protocol(ProtocolEnum.HTTP)
                .mutualAuthentication(verify(arn)).defaultActions(Action.builder().type(ActionTypeEnum.FIXED_RESPONSE)
                        .fixedResponseConfig(FixedResponseActionConfig.builder().statusCode("200").build()).build())),
                "InvalidConfigurationRequest", 400);

        elbv2().modifyListener(r -> r.listenerArn(verifying.listenerArn())
                .mutualAuthentication(MutualAuthenticationAttributes.builder().mode("passthrough").build()));
        assertThat(elbv2().describeTrustStoreAssociations(r -> r.trustStoreArn(arn)).trustStoreAssociations()).isEmpty();
        elbv2().deleteTrustStore(r -> r.trustStoreArn(arn));
    }

    @Test
    void ipamPoolsAreRefusedBecauseNetsimHasNoIpam() {
        assertAwsError(() -> elbv2().modifyIpPools(r -> r.loadBalancerArn(loadBalancerArn).ipamPools(p -> p.ipv4IpamPoolId("ipam-pool-0123456789abcdef0"))),
                "InvalidConfigurationRequest", 400);
        assertThat(elbv2().modifyIpPools(r -> r.loadBalancerArn(loadBalancerArn).removeIpamPoolsWithStrings("ipv4")).ipamPools()).isNull();
        assertAwsError(() -> elbv2().modifyIpPools(r -> r.loadBalancerArn(loadBalancerArn.replace("/mtls/", "/none/"))), "LoadBalancerNotFound", 400);
    }

    @Test
    void concurrentCreationsOfOneNameMakeOneTrustStore() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    try {
                        return trustStore("raced").trustStoreArn();
                    } catch (ElasticLoadBalancingV2Exception e) {
                        return e.awsErrorDetails().errorCode();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes.stream().filter(o -> o.startsWith("arn:"))).hasSize(1);
            assertThat(outcomes.stream().filter(o -> !o.startsWith("arn:"))).hasSize(7).allMatch("DuplicateTrustStoreName"::equals);
        } finally {
            pool.shutdownNow();
        }
    }
}
