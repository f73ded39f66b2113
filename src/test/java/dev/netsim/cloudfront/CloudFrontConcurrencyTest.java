package dev.netsim.cloudfront;

import static dev.netsim.support.Concurrently.outcomes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;

/** Many clients at once: a name, a caller reference and an alias are each claimed once, with AWS's errors for the others. */
class CloudFrontConcurrencyTest extends NetsimIntegrationTest {

    @Test
    void oneNameOneCallerReferenceOneAlias() throws Exception {
        List<String> policies = outcomes(8, () -> cloudFront().createCachePolicy(r -> r.cachePolicyConfig(c -> c.name("same").minTTL(0L)
                .parametersInCacheKeyAndForwardedToOrigin(p -> p.enableAcceptEncodingGzip(false).headersConfig(h -> h.headerBehavior("none"))
                        .cookiesConfig(k -> k.cookieBehavior("none")).queryStringsConfig(q -> q.queryStringBehavior("none"))))).cachePolicy().id());
        assertThat(policies).filteredOn(id -> id.length() == 36).hasSize(1);
        assertThat(policies).filteredOn(id -> id.length() != 36).containsOnly("CachePolicyAlreadyExists");

        List<String> same = outcomes(8, () -> cloudFront().createDistribution(r -> r.distributionConfig(DistributionLifecycleWireTest
                .config("one-reference"))).distribution().id());
        assertThat(same).hasSize(8).containsOnly(same.get(0));

        AtomicInteger n = new AtomicInteger();
        DistributionConfig withAlias = DistributionLifecycleWireTest.config("alias").toBuilder().aliases(a -> a.quantity(1).items("cdn.example.com"))
                .viewerCertificate(v -> v.acmCertificateArn("arn:aws:acm:us-east-1:000000000000:certificate/abc").sslSupportMethod("sni-only")).build();
        List<String> aliases = outcomes(8, () -> cloudFront().createDistribution(r -> r.distributionConfig(withAlias.toBuilder()
                .callerReference("alias-" + n.incrementAndGet()).build())).distribution().id());
        assertThat(aliases).filteredOn(id -> id.startsWith("E") && id.length() == 14).hasSize(1);
        assertThat(aliases).filteredOn(id -> !(id.startsWith("E") && id.length() == 14)).containsOnly("CNAMEAlreadyExists");
        assertThat(cloudFront().listDistributions().distributionList().quantity()).isEqualTo(2);
    }
}
