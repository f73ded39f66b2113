package dev.netsim.cloudfront;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.EndPoint;
import software.amazon.awssdk.services.cloudfront.model.EventType;
import software.amazon.awssdk.services.cloudfront.model.FunctionRuntime;
import software.amazon.awssdk.services.cloudfront.model.FunctionStage;

/** CloudFront Functions (stages, publishing, association), real-time log configurations and monitoring subscriptions. */
class FunctionsAndLoggingWireTest extends NetsimIntegrationTest {

    private static final SdkBytes CODE = SdkBytes.fromUtf8String("function handler(event) { return event.request; }");

    @Test
    void functionsAreWrittenInDevelopmentPublishedToLiveAndAssociated() {
        var created = cloudFront().createFunction(r -> r.name("rewrite").functionConfig(c -> c.comment("v1").runtime(FunctionRuntime.CLOUDFRONT_JS_2_0))
                .functionCode(CODE));
        assertThat(created.functionSummary().status()).isEqualTo("UNPUBLISHED");
        assertThat(created.functionSummary().functionMetadata().stageAsString()).isEqualTo("DEVELOPMENT");
        String arn = created.functionSummary().functionMetadata().functionARN();
        assertThat(arn).isEqualTo("arn:aws:cloudfront::000000000000:function/rewrite");
        assertAwsError(() -> cloudFront().createFunction(r -> r.name("rewrite").functionConfig(c -> c.comment("again").runtime("cloudfront-js-2.0"))
                .functionCode(CODE)), "FunctionAlreadyExists", 409);
        assertAwsError(() -> cloudFront().createFunction(r -> r.name("big").functionConfig(c -> c.comment("big").runtime("cloudfront-js-2.0"))
                .functionCode(SdkBytes.fromUtf8String("x".repeat(10_241)))), "FunctionSizeLimitExceeded", 413);
        assertThat(cloudFront().getFunction(r -> r.name("rewrite")).functionCode().asUtf8String()).isEqualTo(CODE.asUtf8String());
        assertAwsError(() -> cloudFront().describeFunction(r -> r.name("rewrite").stage(FunctionStage.LIVE)), "NoSuchFunctionExists", 404);

        // a distribution may only associate a published function
        DistributionConfig base = DistributionLifecycleWireTest.config("fn");
        DistributionConfig withFunction = base.toBuilder().defaultCacheBehavior(base.defaultCacheBehavior().toBuilder()
                .functionAssociations(f -> f.quantity(1).items(a -> a.eventType(EventType.VIEWER_REQUEST).functionARN(arn))).build()).build();
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(withFunction)), "InvalidFunctionAssociation", 400);

        var updated = cloudFront().updateFunction(r -> r.name("rewrite").ifMatch(created.eTag()).functionConfig(c -> c.comment("v2")
                .runtime("cloudfront-js-2.0")).functionCode(CODE));
        assertThat(updated.eTag()).isNotEqualTo(created.eTag());
        assertAwsError(() -> cloudFront().publishFunction(r -> r.name("rewrite").ifMatch(created.eTag())), "PreconditionFailed", 412);
        var published = cloudFront().publishFunction(r -> r.name("rewrite").ifMatch(updated.eTag())).functionSummary();
        assertThat(published.functionMetadata().stageAsString()).isEqualTo("LIVE");
        assertThat(published.status()).isEqualTo("UNASSOCIATED");
        assertThat(published.functionConfig().comment()).isEqualTo("v2");
        assertThat(cloudFront().listFunctions(r -> r.stage(FunctionStage.LIVE)).functionList().items()).singleElement()
                .satisfies(f -> assertThat(f.name()).isEqualTo("rewrite"));

        cloudFront().createDistribution(r -> r.distributionConfig(withFunction));
        assertThat(cloudFront().describeFunction(r -> r.name("rewrite").stage(FunctionStage.LIVE)).functionSummary().status()).isEqualTo("DEPLOYED");
        assertAwsError(() -> cloudFront().deleteFunction(r -> r.name("rewrite").ifMatch(updated.eTag())), "FunctionInUse", 409);
        assertAwsError(() -> cloudFront().testFunction(r -> r.name("rewrite").ifMatch(updated.eTag()).eventObject(SdkBytes.fromUtf8String("{}"))),
                "UnsupportedOperation", 400);
    }

    @Test
    void keyValueStoresAreNamedChangedWithTheirEtagAndKeptWhileAFunctionUsesThem() {
        var created = cloudFront().createKeyValueStore(r -> r.name("flags").comment("feature flags"));
        var store = created.keyValueStore();
        assertThat(store.status()).isEqualTo("READY");
        assertThat(store.arn()).isEqualTo("arn:aws:cloudfront::000000000000:key-value-store/" + store.id());
        assertAwsError(() -> cloudFront().createKeyValueStore(r -> r.name("flags")), "EntityAlreadyExists", 409);
        assertAwsError(() -> cloudFront().updateKeyValueStore(r -> r.name("flags").ifMatch("EOLDETAG000000").comment("x")), "PreconditionFailed", 412);
        var updated = cloudFront().updateKeyValueStore(r -> r.name("flags").ifMatch(created.eTag()).comment("flags v2"));
        assertThat(cloudFront().describeKeyValueStore(r -> r.name("flags")).keyValueStore().comment()).isEqualTo("flags v2");
        assertThat(cloudFront().listKeyValueStores(r -> { }).keyValueStoreList().items()).singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("flags"));

        cloudFront().createFunction(r -> r.name("flagged").functionConfig(c -> c.comment("reads flags").runtime("cloudfront-js-2.0")
                .keyValueStoreAssociations(k -> k.quantity(1).items(a -> a.keyValueStoreARN(store.arn())))).functionCode(CODE));
        assertAwsError(() -> cloudFront().deleteKeyValueStore(r -> r.name("flags").ifMatch(updated.eTag())), "CannotDeleteEntityWhileInUse", 409);
        assertAwsError(() -> cloudFront().describeKeyValueStore(r -> r.name("nope")), "EntityNotFound", 404);
    }

    @Test
    void realtimeLogConfigsAndMonitoringSubscriptions() {
        EndPoint kinesis = EndPoint.builder().streamType("Kinesis").kinesisStreamConfig(k -> k.roleARN("arn:aws:iam::000000000000:role/logs")
                .streamARN("arn:aws:kinesis:us-east-1:000000000000:stream/cf")).build();
        var config = cloudFront().createRealtimeLogConfig(r -> r.name("edge-logs").samplingRate(10L).endPoints(kinesis)
                .fields("timestamp", "c-ip", "sc-status")).realtimeLogConfig();
        assertThat(config.arn()).isEqualTo("arn:aws:cloudfront::000000000000:realtime-log-config/edge-logs");
        assertAwsError(() -> cloudFront().createRealtimeLogConfig(r -> r.name("edge-logs").samplingRate(10L).endPoints(kinesis).fields("c-ip")),
                "RealtimeLogConfigAlreadyExists", 409);
        assertAwsError(() -> cloudFront().createRealtimeLogConfig(r -> r.name("bad").samplingRate(101L).endPoints(kinesis).fields("c-ip")),
                "InvalidArgument", 400);
        assertAwsError(() -> cloudFront().createRealtimeLogConfig(r -> r.name("bad").samplingRate(5L).endPoints(kinesis).fields("no-such-field")),
                "InvalidArgument", 400);
        assertThat(cloudFront().updateRealtimeLogConfig(r -> r.arn(config.arn()).samplingRate(50L)).realtimeLogConfig().fields())
                .containsExactly("timestamp", "c-ip", "sc-status");
        assertThat(cloudFront().getRealtimeLogConfig(r -> r.name("edge-logs")).realtimeLogConfig().samplingRate()).isEqualTo(50L);
        assertThat(cloudFront().listRealtimeLogConfigs(r -> { }).realtimeLogConfigs().items()).hasSize(1);

        DistributionConfig base = DistributionLifecycleWireTest.config("logged");
        String id = cloudFront().createDistribution(r -> r.distributionConfig(base.toBuilder().defaultCacheBehavior(base.defaultCacheBehavior()
                .toBuilder().realtimeLogConfigArn(config.arn()).build()).build())).distribution().id();
        assertAwsError(() -> cloudFront().deleteRealtimeLogConfig(r -> r.name("edge-logs")), "RealtimeLogConfigInUse", 400);
        assertThat(cloudFront().listDistributionsByRealtimeLogConfig(r -> r.realtimeLogConfigName("edge-logs")).distributionList().items())
                .singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(id));
        assertAwsError(() -> cloudFront().getRealtimeLogConfig(r -> r.name("nope")), "NoSuchRealtimeLogConfig", 404);

        assertAwsError(() -> cloudFront().getMonitoringSubscription(r -> r.distributionId(id)), "NoSuchMonitoringSubscription", 404);
        cloudFront().createMonitoringSubscription(r -> r.distributionId(id).monitoringSubscription(m -> m.realtimeMetricsSubscriptionConfig(c -> c
                .realtimeMetricsSubscriptionStatus("Enabled"))));
        assertAwsError(() -> cloudFront().createMonitoringSubscription(r -> r.distributionId(id).monitoringSubscription(m -> m
                .realtimeMetricsSubscriptionConfig(c -> c.realtimeMetricsSubscriptionStatus("Enabled")))), "MonitoringSubscriptionAlreadyExists", 409);
        assertThat(cloudFront().getMonitoringSubscription(r -> r.distributionId(id)).monitoringSubscription().realtimeMetricsSubscriptionConfig()
                .realtimeMetricsSubscriptionStatusAsString()).isEqualTo("Enabled");
        cloudFront().deleteMonitoringSubscription(r -> r.distributionId(id));
        assertAwsError(() -> cloudFront().deleteMonitoringSubscription(r -> r.distributionId(id)), "NoSuchMonitoringSubscription", 404);
    }
}
