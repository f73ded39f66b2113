package dev.netsim.cloudfront;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.cloudfront.model.CachePolicyConfig;
import software.amazon.awssdk.services.cloudfront.model.CachePolicyCookieBehavior;
import software.amazon.awssdk.services.cloudfront.model.CachePolicyHeaderBehavior;
import software.amazon.awssdk.services.cloudfront.model.CachePolicyQueryStringBehavior;
import software.amazon.awssdk.services.cloudfront.model.CachePolicySummary;
import software.amazon.awssdk.services.cloudfront.model.CachePolicyType;
import software.amazon.awssdk.services.cloudfront.model.OriginAccessControlConfig;

/** CloudFront's config documents: ids, ETags and If-Match, names and caller references, managed policies, lists. */
class ConfigResourceWireTest extends NetsimIntegrationTest {

    private static CachePolicyConfig policy(String name, long min, long defaultTtl, long max, List<String> headers) {
        return CachePolicyConfig.builder().name(name).comment("test").minTTL(min).defaultTTL(defaultTtl).maxTTL(max)
                .parametersInCacheKeyAndForwardedToOrigin(p -> p.enableAcceptEncodingGzip(true)
                        .headersConfig(h -> h.headerBehavior(headers.isEmpty() ? CachePolicyHeaderBehavior.NONE : CachePolicyHeaderBehavior.WHITELIST)
                                .headers(headers.isEmpty() ? null : software.amazon.awssdk.services.cloudfront.model.Headers.builder()
                                        .quantity(headers.size()).items(headers).build()))
                        .cookiesConfig(c -> c.cookieBehavior(CachePolicyCookieBehavior.NONE))
                        .queryStringsConfig(q -> q.queryStringBehavior(CachePolicyQueryStringBehavior.NONE)))
                .build();
    }

    @Test
    void cachePoliciesKeepTheirEtagAndNeedTheCurrentOneToChange() {
        var created = cloudFront().createCachePolicy(r -> r.cachePolicyConfig(policy("site", 0, 60, 3600, List.of("Accept-Language"))));
        String id = created.cachePolicy().id();
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(created.eTag()).matches("E[A-Z0-9]{13}");
        assertThat(created.location()).isEqualTo("https://cloudfront.amazonaws.com/2020-05-31/cache-policy/" + id);
        assertThat(created.cachePolicy().lastModifiedTime()).isNotNull();
        assertThat(created.cachePolicy().cachePolicyConfig().parametersInCacheKeyAndForwardedToOrigin().headersConfig().headers().items())
                .containsExactly("Accept-Language");

        var config = cloudFront().getCachePolicyConfig(r -> r.id(id));
        assertThat(config.eTag()).isEqualTo(created.eTag());
        assertThat(config.cachePolicyConfig().defaultTTL()).isEqualTo(60);

        assertAwsError(() -> cloudFront().updateCachePolicy(r -> r.id(id).cachePolicyConfig(policy("site", 0, 120, 3600, List.of()))),
                "InvalidIfMatchVersion", 400);
        assertAwsError(() -> cloudFront().updateCachePolicy(r -> r.id(id).ifMatch("ESTALEETAG0000").cachePolicyConfig(
                policy("site", 0, 120, 3600, List.of()))), "PreconditionFailed", 412);
        var updated = cloudFront().updateCachePolicy(r -> r.id(id).ifMatch(created.eTag()).cachePolicyConfig(policy("site", 0, 120, 3600, List.of())));
        assertThat(updated.eTag()).isNotEqualTo(created.eTag());
        assertThat(cloudFront().getCachePolicy(r -> r.id(id)).cachePolicy().cachePolicyConfig().defaultTTL()).isEqualTo(120);

        assertAwsError(() -> cloudFront().deleteCachePolicy(r -> r.id(id).ifMatch(created.eTag())), "PreconditionFailed", 412);
        cloudFront().deleteCachePolicy(r -> r.id(id).ifMatch(updated.eTag()));
        assertAwsError(() -> cloudFront().getCachePolicy(r -> r.id(id)), "NoSuchCachePolicy", 404);
    }

    @Test
    void cachePoliciesAreCheckedAsCloudFrontChecksThem() {
        cloudFront().createCachePolicy(r -> r.cachePolicyConfig(policy("taken", 0, 60, 3600, List.of())));
        assertAwsError(() -> cloudFront().createCachePolicy(r -> r.cachePolicyConfig(policy("taken", 0, 60, 3600, List.of()))),
                "CachePolicyAlreadyExists", 409);
        assertAwsError(() -> cloudFront().createCachePolicy(r -> r.cachePolicyConfig(policy("order", 100, 60, 3600, List.of()))),
                "InvalidArgument", 400);
        assertAwsError(() -> cloudFront().createCachePolicy(r -> r.cachePolicyConfig(policy("many", 0, 60, 3600,
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")))), "TooManyHeadersInCachePolicy", 400);
        assertAwsError(() -> cloudFront().createCachePolicy(r -> r.cachePolicyConfig(policy("uncached", 0, 0, 0, List.of("Host")))),
                "InvalidArgument", 400);
        CachePolicyConfig inconsistent = policy("count", 0, 60, 3600, List.of("Host")).toBuilder()
                .parametersInCacheKeyAndForwardedToOrigin(p -> p.enableAcceptEncodingGzip(false)
                        .headersConfig(h -> h.headerBehavior(CachePolicyHeaderBehavior.WHITELIST).headers(x -> x.quantity(2).items("Host")))
                        .cookiesConfig(c -> c.cookieBehavior(CachePolicyCookieBehavior.NONE))
                        .queryStringsConfig(q -> q.queryStringBehavior(CachePolicyQueryStringBehavior.NONE))).build();
        assertAwsError(() -> cloudFront().createCachePolicy(r -> r.cachePolicyConfig(inconsistent)), "InconsistentQuantities", 400);
        assertThat(cloudFront().listCachePolicies(r -> r.type(CachePolicyType.CUSTOM)).cachePolicyList().quantity()).isEqualTo(1);
    }

    @Test
    void managedPoliciesAreEveryAccountsAndCannotChange() {
        String optimized = "658327ea-f89d-4fab-a63d-7e88639e58f6";
        var managed = cloudFront().getCachePolicy(r -> r.id(optimized));
        assertThat(managed.cachePolicy().cachePolicyConfig().name()).isEqualTo("Managed-CachingOptimized");
        assertThat(managed.cachePolicy().cachePolicyConfig().minTTL()).isEqualTo(1);
        assertThat(managed.cachePolicy().cachePolicyConfig().defaultTTL()).isEqualTo(86400);
        assertThat(managed.cachePolicy().cachePolicyConfig().maxTTL()).isEqualTo(31536000);
        assertAwsError(() -> cloudFront().updateCachePolicy(r -> r.id(optimized).ifMatch(managed.eTag())
                .cachePolicyConfig(policy("mine", 0, 1, 2, List.of()))), "IllegalUpdate", 400);
        assertAwsError(() -> cloudFront().deleteCachePolicy(r -> r.id(optimized).ifMatch(managed.eTag())), "IllegalDelete", 400);

        var list = cloudFront().listCachePolicies(r -> r.type(CachePolicyType.MANAGED)).cachePolicyList();
        assertThat(list.items()).extracting(CachePolicySummary::typeAsString).containsOnly("managed");
        assertThat(list.items()).extracting(s -> s.cachePolicy().id()).contains(optimized, "4135ea2d-6df8-44a3-9df3-4b5a84be39ad");
        var firstTwo = cloudFront().listCachePolicies(r -> r.maxItems("2")).cachePolicyList();
        assertThat(firstTwo.items()).hasSize(2);
        var rest = cloudFront().listCachePolicies(r -> r.marker(firstTwo.nextMarker())).cachePolicyList();
        assertThat(rest.quantity()).isEqualTo(list.quantity() - 2);
        assertThat(cloudFront().getOriginRequestPolicy(r -> r.id("216adef6-5c7f-47e4-b989-5492eafa07d3")).originRequestPolicy()
                .originRequestPolicyConfig().name()).isEqualTo("Managed-AllViewer");
    }

    @Test
    void accessControlsIdentitiesAndKeys() {
        var oac = cloudFront().createOriginAccessControl(r -> r.originAccessControlConfig(OriginAccessControlConfig.builder().name("s3-oac")
                .originAccessControlOriginType("s3").signingBehavior("always").signingProtocol("sigv4").build()));
        assertThat(oac.originAccessControl().id()).matches("E[A-Z0-9]{13}");
        assertThat(cloudFront().listOriginAccessControls(r -> { }).originAccessControlList().items()).singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("s3-oac")).satisfies(s -> assertThat(s.signingBehaviorAsString()).isEqualTo("always"));
        cloudFront().deleteOriginAccessControl(r -> r.id(oac.originAccessControl().id()).ifMatch(oac.eTag()));

        assertAwsError(() -> cloudFront().createCloudFrontOriginAccessIdentity(r -> r.cloudFrontOriginAccessIdentityConfig(c -> c
                .callerReference("r".repeat(300)).comment("too long"))), "InvalidArgument", 400);
        var identity = cloudFront().createCloudFrontOriginAccessIdentity(r -> r.cloudFrontOriginAccessIdentityConfig(c -> c.callerReference("ref-1")
                .comment("for the bucket")));
        assertThat(identity.cloudFrontOriginAccessIdentity().s3CanonicalUserId()).matches("[0-9a-f]{64}");
        var again = cloudFront().createCloudFrontOriginAccessIdentity(r -> r.cloudFrontOriginAccessIdentityConfig(c -> c.callerReference("ref-1")
                .comment("for the bucket")));
        assertThat(again.cloudFrontOriginAccessIdentity().id()).isEqualTo(identity.cloudFrontOriginAccessIdentity().id());
        assertAwsError(() -> cloudFront().createCloudFrontOriginAccessIdentity(r -> r.cloudFrontOriginAccessIdentityConfig(c -> c
                .callerReference("ref-1").comment("another"))), "CloudFrontOriginAccessIdentityAlreadyExists", 409);
        assertAwsError(() -> cloudFront().updateCloudFrontOriginAccessIdentity(r -> r.id(identity.cloudFrontOriginAccessIdentity().id())
                .ifMatch(identity.eTag()).cloudFrontOriginAccessIdentityConfig(c -> c.callerReference("ref-2").comment("x"))), "IllegalUpdate", 400);

        var key = cloudFront().createPublicKey(r -> r.publicKeyConfig(c -> c.callerReference("k1").name("signing")
                .encodedKey("-----BEGIN PUBLIC KEY-----\nMIIBIjANBg\n-----END PUBLIC KEY-----\n")));
        assertThat(key.publicKey().id()).matches("K[A-Z0-9]{13}");
        assertThat(key.publicKey().createdTime()).isNotNull();
        assertThat(cloudFront().listPublicKeys(r -> { }).publicKeyList().items()).singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("signing"));
        var group = cloudFront().createKeyGroup(r -> r.keyGroupConfig(c -> c.name("signers").items(key.publicKey().id())));
        assertThat(cloudFront().getKeyGroup(r -> r.id(group.keyGroup().id())).keyGroup().keyGroupConfig().items())
                .containsExactly(key.publicKey().id());
        assertAwsError(() -> cloudFront().getKeyGroup(r -> r.id("nope")), "NoSuchResource", 404);
    }

    @Test
    void streamingDistributionsAreKeptAsDocumentsAndDeletedOnlyWhenDisabled() {
        var config = software.amazon.awssdk.services.cloudfront.model.StreamingDistributionConfig.builder().callerReference("rtmp-1")
                .comment("media").enabled(true).s3Origin(o -> o.domainName("media.s3.amazonaws.com").originAccessIdentity(""))
                .trustedSigners(t -> t.enabled(false).quantity(0)).build();
        assertAwsError(() -> cloudFront().createStreamingDistribution(r -> r.streamingDistributionConfig(config.toBuilder()
                .s3Origin(o -> o.domainName("origin.example.com").originAccessIdentity("")).build())), "InvalidOrigin", 400);
        var created = cloudFront().createStreamingDistributionWithTags(r -> r.streamingDistributionConfigWithTags(c -> c
                .streamingDistributionConfig(config).tags(t -> t.items(software.amazon.awssdk.services.cloudfront.model.Tag.builder()
                        .key("team").value("media").build()))));
        var d = created.streamingDistribution();
        assertThat(d.arn()).isEqualTo("arn:aws:cloudfront::000000000000:streaming-distribution/" + d.id());
        assertThat(d.domainName()).matches("s[a-z0-9]{13}\\.cloudfront\\.net");
        assertThat(d.status()).isEqualTo("Deployed");
        assertThat(cloudFront().listTagsForResource(r -> r.resource(d.arn())).tags().items()).extracting(t -> t.key()).containsExactly("team");
        assertThat(cloudFront().listStreamingDistributions(r -> { }).streamingDistributionList().items()).singleElement()
                .satisfies(s -> assertThat(s.domainName()).isEqualTo(d.domainName()))
                .satisfies(s -> assertThat(s.s3Origin().domainName()).isEqualTo("media.s3.amazonaws.com"));
        assertAwsError(() -> cloudFront().deleteStreamingDistribution(r -> r.id(d.id()).ifMatch(created.eTag())), "StreamingDistributionNotDisabled",
                409);
        var disabled = cloudFront().updateStreamingDistribution(r -> r.id(d.id()).ifMatch(created.eTag())
                .streamingDistributionConfig(config.toBuilder().enabled(false).build()));
        cloudFront().deleteStreamingDistribution(r -> r.id(d.id()).ifMatch(disabled.eTag()));
        assertAwsError(() -> cloudFront().getStreamingDistribution(r -> r.id(d.id())), "NoSuchStreamingDistribution", 404);
    }
}
