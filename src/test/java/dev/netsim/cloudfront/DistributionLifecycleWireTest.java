package dev.netsim.cloudfront;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.cloudfront.model.CacheBehavior;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.Method;
import software.amazon.awssdk.services.cloudfront.model.Origin;
import software.amazon.awssdk.services.cloudfront.model.Tag;
import software.amazon.awssdk.services.cloudfront.model.ViewerProtocolPolicy;

/** Distributions from creation to deletion, with their invalidations and tags. */
public class DistributionLifecycleWireTest extends NetsimIntegrationTest {

    static final String OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";
    static final String DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";

    public static DistributionConfig config(String reference) {
        Origin web = Origin.builder().id("web").domainName("origin.example.com")
                .customOriginConfig(c -> c.httpPort(80).httpsPort(443).originProtocolPolicy("https-only")).build();
        Origin api = Origin.builder().id("api").domainName("api.example.com")
                .customOriginConfig(c -> c.httpPort(80).httpsPort(443).originProtocolPolicy("https-only")).build();
        CacheBehavior apiBehavior = CacheBehavior.builder().pathPattern("/api/*").targetOriginId("api").cachePolicyId(DISABLED)
                .viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
                .allowedMethods(m -> m.quantity(7).items(Method.GET, Method.HEAD, Method.OPTIONS, Method.PUT, Method.POST, Method.PATCH, Method.DELETE)
                        .cachedMethods(c -> c.quantity(2).items(Method.GET, Method.HEAD))).build();
        return DistributionConfig.builder().callerReference(reference).comment("site").enabled(true)
                .origins(o -> o.quantity(2).items(web, api))
                .defaultCacheBehavior(b -> b.targetOriginId("web").cachePolicyId(OPTIMIZED).viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS))
                .cacheBehaviors(c -> c.quantity(1).items(apiBehavior)).build();
    }

    @Test
    void aDistributionIsCreatedDeployedChangedDisabledAndDeleted() {
        var created = cloudFront().createDistribution(r -> r.distributionConfig(config("site-1")));
        var d = created.distribution();
        assertThat(d.id()).matches("E[A-Z0-9]{13}");
        assertThat(d.domainName()).matches("d[a-z0-9]{13}\\.cloudfront\\.net");
        assertThat(d.arn()).isEqualTo("arn:aws:cloudfront::000000000000:distribution/" + d.id());
        assertThat(d.status()).isEqualTo("InProgress");
        assertThat(created.location()).isEqualTo("https://cloudfront.amazonaws.com/2020-05-31/distribution/" + d.id());
        assertThat(d.distributionConfig().cacheBehaviors().items()).singleElement().satisfies(b -> assertThat(b.pathPattern()).isEqualTo("/api/*"));

        // the same caller reference and config return the first distribution; another config is refused
        assertThat(cloudFront().createDistribution(r -> r.distributionConfig(config("site-1"))).distribution().id()).isEqualTo(d.id());
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(config("site-1").toBuilder().comment("other").build())),
                "DistributionAlreadyExists", 409);

        // deployed once the (zero) deploy delay has passed, so the CLI waiter returns
        var got = cloudFront().getDistribution(r -> r.id(d.id()));
        assertThat(got.distribution().status()).isEqualTo("Deployed");
        assertThat(got.eTag()).isEqualTo(created.eTag());
        assertThat(cloudFront().getDistributionConfig(r -> r.id(d.id())).distributionConfig()).isEqualTo(d.distributionConfig());
        assertThat(cloudFront().listDistributions().distributionList().items()).singleElement()
                .satisfies(s -> assertThat(s.id()).isEqualTo(d.id())).satisfies(s -> assertThat(s.status()).isEqualTo("Deployed"));
        assertThat(cloudFront().listDistributionsByCachePolicyId(r -> r.cachePolicyId(DISABLED)).distributionIdList().items())
                .containsExactly(d.id());

        DistributionConfig disabled = config("site-1").toBuilder().enabled(false).build();
        assertAwsError(() -> cloudFront().updateDistribution(r -> r.id(d.id()).distributionConfig(disabled)), "InvalidIfMatchVersion", 400);
        assertAwsError(() -> cloudFront().updateDistribution(r -> r.id(d.id()).ifMatch("EOLDETAG000000").distributionConfig(disabled)),
                "PreconditionFailed", 412);
        assertAwsError(() -> cloudFront().updateDistribution(r -> r.id(d.id()).ifMatch(created.eTag())
                .distributionConfig(disabled.toBuilder().callerReference("changed").build())), "IllegalUpdate", 400);
        assertAwsError(() -> cloudFront().deleteDistribution(r -> r.id(d.id()).ifMatch(created.eTag())), "DistributionNotDisabled", 409);
        var updated = cloudFront().updateDistribution(r -> r.id(d.id()).ifMatch(created.eTag()).distributionConfig(disabled));
        assertThat(updated.distribution().status()).isEqualTo("InProgress");
        assertThat(updated.eTag()).isNotEqualTo(created.eTag());

        cloudFront().deleteDistribution(r -> r.id(d.id()).ifMatch(updated.eTag()));
        assertAwsError(() -> cloudFront().getDistribution(r -> r.id(d.id())), "NoSuchDistribution", 404);
    }

    @Test
    void configsAreCheckedWithCloudFrontsErrors() {
        DistributionConfig good = config("checks");
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(good.toBuilder()
                .defaultCacheBehavior(good.defaultCacheBehavior().toBuilder().targetOriginId("nowhere").build()).build())), "NoSuchOrigin", 404);
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(good.toBuilder()
                .defaultCacheBehavior(good.defaultCacheBehavior().toBuilder().cachePolicyId("00000000-0000-0000-0000-000000000000").build()).build())),
                "NoSuchCachePolicy", 404);
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(good.toBuilder()
                .defaultCacheBehavior(good.defaultCacheBehavior().toBuilder().cachePolicyId(null).build()).build())), "InvalidArgument", 400);
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(good.toBuilder()
                .defaultCacheBehavior(good.defaultCacheBehavior().toBuilder().cachePolicyId(null)
                        .forwardedValues(f -> f.queryString(false).cookies(c -> c.forward("none"))).minTTL(100L).defaultTTL(10L).build()).build())),
                "InvalidTTLOrder", 400);
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(good.toBuilder().defaultRootObject("/index.html").build())),
                "InvalidDefaultRootObject", 400);
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(good.toBuilder()
                .aliases(a -> a.quantity(1).items("www.example.com")).build())), "InvalidViewerCertificate", 400);
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(good.toBuilder()
                .origins(o -> o.quantity(3).items(good.origins().items())).build())), "InconsistentQuantities", 400);
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(good.toBuilder()
                .customErrorResponses(c -> c.quantity(1).items(e -> e.errorCode(418))).build())), "InvalidErrorCode", 400);
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(good.toBuilder().callerReference("r".repeat(300)).build())),
                "InvalidArgument", 400);
        assertThat(cloudFront().listDistributions().distributionList().quantity()).isZero();

        // an alias belongs to one distribution
        DistributionConfig withAlias = good.toBuilder().aliases(a -> a.quantity(1).items("www.example.com"))
                .viewerCertificate(v -> v.acmCertificateArn("arn:aws:acm:us-east-1:000000000000:certificate/abc").sslSupportMethod("sni-only")).build();
        cloudFront().createDistribution(r -> r.distributionConfig(withAlias));
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(withAlias.toBuilder().callerReference("second").build())),
                "CNAMEAlreadyExists", 409);

        // a policy a distribution uses cannot be deleted
        var policy = cloudFront().createCachePolicy(r -> r.cachePolicyConfig(c -> c.name("used").minTTL(0L)
                .parametersInCacheKeyAndForwardedToOrigin(p -> p.enableAcceptEncodingGzip(false)
                        .headersConfig(h -> h.headerBehavior("none")).cookiesConfig(k -> k.cookieBehavior("none"))
                        .queryStringsConfig(q -> q.queryStringBehavior("none")))));
        cloudFront().createDistribution(r -> r.distributionConfig(good.toBuilder().callerReference("uses-policy")
                .defaultCacheBehavior(good.defaultCacheBehavior().toBuilder().cachePolicyId(policy.cachePolicy().id()).build()).build()));
        assertAwsError(() -> cloudFront().deleteCachePolicy(r -> r.id(policy.cachePolicy().id()).ifMatch(policy.eTag())), "CachePolicyInUse", 409);
    }

    @Test
    void invalidationsFollowCloudFrontsPathRules() {
        String id = cloudFront().createDistribution(r -> r.distributionConfig(config("inv"))).distribution().id();
        var created = cloudFront().createInvalidation(r -> r.distributionId(id).invalidationBatch(b -> b.callerReference("inv-1")
                .paths(p -> p.quantity(2).items("/index.html", "/images/*"))));
        assertThat(created.invalidation().id()).matches("I[A-Z0-9]{13}");
        assertThat(created.invalidation().status()).isEqualTo("InProgress");
        assertThat(created.location()).endsWith("/distribution/" + id + "/invalidation/" + created.invalidation().id());
        assertThat(cloudFront().createInvalidation(r -> r.distributionId(id).invalidationBatch(b -> b.callerReference("inv-1")
                .paths(p -> p.quantity(2).items("/index.html", "/images/*")))).invalidation().id()).isEqualTo(created.invalidation().id());
        var got = cloudFront().getInvalidation(r -> r.distributionId(id).id(created.invalidation().id())).invalidation();
        assertThat(got.status()).isEqualTo("Completed");
        assertThat(got.invalidationBatch().paths().items()).containsExactly("/index.html", "/images/*");
        assertThat(cloudFront().listInvalidations(r -> r.distributionId(id)).invalidationList().items()).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo("Completed"));

        for (String bad : List.of("index.html", "/im*ages/a.jpg", "/" + "a".repeat(4000))) {
            assertAwsError(() -> cloudFront().createInvalidation(r -> r.distributionId(id).invalidationBatch(b -> b.callerReference("bad-" + bad.length())
                    .paths(p -> p.quantity(1).items(bad)))), "InvalidArgument", 400);
        }
        assertAwsError(() -> cloudFront().getInvalidation(r -> r.distributionId(id).id("INOSUCHONE0000")), "NoSuchInvalidation", 404);
        assertAwsError(() -> cloudFront().createInvalidation(r -> r.distributionId("ENOSUCHDIST000").invalidationBatch(b -> b.callerReference("x")
                .paths(p -> p.quantity(1).items("/*")))), "NoSuchDistribution", 404);
    }

    @Test
    void distributionsTakeTags() {
        var d = cloudFront().createDistributionWithTags(r -> r.distributionConfigWithTags(c -> c.distributionConfig(config("tags"))
                .tags(t -> t.items(Tag.builder().key("team").value("web").build())))).distribution();
        cloudFront().tagResource(r -> r.resource(d.arn()).tags(t -> t.items(Tag.builder().key("env").value("test").build())));
        assertThat(cloudFront().listTagsForResource(r -> r.resource(d.arn())).tags().items()).extracting(Tag::key).containsExactly("env", "team");
        cloudFront().untagResource(r -> r.resource(d.arn()).tagKeys(k -> k.items("team")));
        assertThat(cloudFront().listTagsForResource(r -> r.resource(d.arn())).tags().items()).extracting(Tag::key).containsExactly("env");
        assertAwsError(() -> cloudFront().listTagsForResource(r -> r.resource("arn:aws:cloudfront::000000000000:distribution/ENOSUCH0000000")),
                "NoSuchResource", 404);
    }

    @Test
    void aliasesMoveAndConflictAndStagingCopiesArePromoted() {
        DistributionConfig withAlias = config("alias-owner").toBuilder().aliases(a -> a.quantity(1).items("www.example.com"))
                .viewerCertificate(v -> v.acmCertificateArn("arn:aws:acm:us-east-1:000000000000:certificate/abc").sslSupportMethod("sni-only")).build();
        String owner = cloudFront().createDistribution(r -> r.distributionConfig(withAlias)).distribution().id();
        String target = cloudFront().createDistribution(r -> r.distributionConfig(withAlias.toBuilder().callerReference("alias-target")
                .aliases(a -> a.quantity(1).items("*.example.com")).build())).distribution().id();
        assertThat(cloudFront().listConflictingAliases(r -> r.distributionId(target).alias("www.example.com")).conflictingAliasesList().items())
                .extracting(c -> c.alias() + " " + c.distributionId()).containsExactlyInAnyOrder("www.example.com " + owner, "*.example.com " + target);

        cloudFront().associateAlias(r -> r.targetDistributionId(target).alias("www.example.com"));
        assertThat(cloudFront().getDistributionConfig(r -> r.id(owner)).distributionConfig().aliases().items()).isEmpty();
        assertThat(cloudFront().getDistributionConfig(r -> r.id(target)).distributionConfig().aliases().items())
                .containsExactly("*.example.com", "www.example.com");

        var staging = cloudFront().copyDistribution(r -> r.primaryDistributionId(target).callerReference("staging-1").staging(true));
        assertThat(staging.distribution().distributionConfig().staging()).isTrue();
        assertThat(staging.distribution().distributionConfig().aliases().items()).isEmpty();
        String stagingId = staging.distribution().id();
        var changed = cloudFront().updateDistribution(r -> r.id(stagingId).ifMatch(staging.eTag()).distributionConfig(staging.distribution()
                .distributionConfig().toBuilder().comment("new look").build()));
        String primaryEtag = cloudFront().getDistribution(r -> r.id(target)).eTag();
        assertAwsError(() -> cloudFront().updateDistributionWithStagingConfig(r -> r.id(target).stagingDistributionId(stagingId)
                .ifMatch(primaryEtag)), "InvalidIfMatchVersion", 400);
        var promoted = cloudFront().updateDistributionWithStagingConfig(r -> r.id(target).stagingDistributionId(stagingId)
                .ifMatch(primaryEtag + ", " + changed.eTag())).distribution().distributionConfig();
        assertThat(promoted.comment()).isEqualTo("new look");
        assertThat(promoted.aliases().items()).containsExactly("*.example.com", "www.example.com");
        assertThat(promoted.staging()).isFalse();
        assertThat(promoted.callerReference()).isEqualTo("alias-target");
    }
}
