package dev.netsim.cloudfront;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudfront.model.ConnectionMode;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.FunctionStage;

/** Connection functions (their own ids, the Entity… errors), web ACL association and the distribution lists by connection. */
class ConnectionFunctionWireTest extends NetsimIntegrationTest {

    private static final SdkBytes CODE = SdkBytes.fromUtf8String("function connectionHandler(connection) { connection.allow(); }");
    private static final String WEB_ACL = "arn:aws:wafv2:us-east-1:000000000000:global/webacl/site/473e64fd-f30b-4765-81a0-62ad96dd167a";

    @Test
    void connectionFunctionsArePublishedAssociatedAndKeptWhileInUse() {
        var created = cloudFront().createConnectionFunction(r -> r.name("mtls-check").connectionFunctionConfig(c -> c.comment("v1")
                .runtime("cloudfront-js-2.0")).connectionFunctionCode(CODE).tags(t -> t.items(i -> i.key("team").value("edge"))));
        var summary = created.connectionFunctionSummary();
        assertThat(summary.id()).matches("E[A-Z0-9]{13}");
        assertThat(summary.connectionFunctionArn()).isEqualTo("arn:aws:cloudfront::000000000000:connection-function/" + summary.id());
        assertThat(summary.stage()).isEqualTo(FunctionStage.DEVELOPMENT);
        assertThat(summary.status()).isEqualTo("UNPUBLISHED");
        assertThat(created.location()).endsWith("/2020-05-31/connection-function/" + summary.id());
        assertThat(cloudFront().listTagsForResource(r -> r.resource(summary.connectionFunctionArn())).tags().items())
                .singleElement().satisfies(t -> assertThat(t.key()).isEqualTo("team"));
        assertAwsError(() -> cloudFront().createConnectionFunction(r -> r.name("mtls-check").connectionFunctionConfig(c -> c.comment("again")
                .runtime("cloudfront-js-2.0")).connectionFunctionCode(CODE)), "EntityAlreadyExists", 409);
        assertAwsError(() -> cloudFront().createConnectionFunction(r -> r.name("big").connectionFunctionConfig(c -> c.comment("big")
                .runtime("cloudfront-js-2.0")).connectionFunctionCode(SdkBytes.fromUtf8String("x".repeat(10_241)))), "EntitySizeLimitExceeded", 413);

        // found by id, name or ARN; its code comes back as it was given
        assertThat(cloudFront().getConnectionFunction(r -> r.identifier("mtls-check")).connectionFunctionCode().asUtf8String())
                .isEqualTo(CODE.asUtf8String());
        assertThat(cloudFront().describeConnectionFunction(r -> r.identifier(summary.connectionFunctionArn())).connectionFunctionSummary().name())
                .isEqualTo("mtls-check");
        assertAwsError(() -> cloudFront().describeConnectionFunction(r -> r.identifier(summary.id()).stage(FunctionStage.LIVE)), "EntityNotFound",
                404);

        // a distribution associates only a published one
        DistributionConfig base = DistributionLifecycleWireTest.config("cf");
        DistributionConfig associating = base.toBuilder().connectionFunctionAssociation(a -> a.id(summary.id())).build();
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(associating)), "EntityNotFound", 404);
        var updated = cloudFront().updateConnectionFunction(r -> r.id(summary.id()).ifMatch(created.eTag()).connectionFunctionConfig(c -> c
                .comment("v2").runtime("cloudfront-js-2.0")).connectionFunctionCode(CODE));
        assertAwsError(() -> cloudFront().publishConnectionFunction(r -> r.id(summary.id()).ifMatch(created.eTag())), "PreconditionFailed", 412);
        var live = cloudFront().publishConnectionFunction(r -> r.id(summary.id()).ifMatch(updated.eTag())).connectionFunctionSummary();
        assertThat(live.stage()).isEqualTo(FunctionStage.LIVE);
        assertThat(live.status()).isEqualTo("UNASSOCIATED");
        assertThat(cloudFront().listConnectionFunctions(r -> r.stage(FunctionStage.LIVE)).connectionFunctions()).singleElement()
                .satisfies(f -> assertThat(f.connectionFunctionConfig().comment()).isEqualTo("v2"));

        String distribution = cloudFront().createDistribution(r -> r.distributionConfig(associating)).distribution().id();
        assertThat(cloudFront().describeConnectionFunction(r -> r.identifier(summary.id()).stage(FunctionStage.LIVE)).connectionFunctionSummary()
                .status()).isEqualTo("DEPLOYED");
        assertThat(cloudFront().listDistributionsByConnectionFunction(r -> r.connectionFunctionIdentifier("mtls-check")).distributionList().items())
                .singleElement().satisfies(d -> assertThat(d.id()).isEqualTo(distribution))
                .satisfies(d -> assertThat(d.connectionFunctionAssociation().id()).isEqualTo(summary.id()));
        assertAwsError(() -> cloudFront().deleteConnectionFunction(r -> r.id(summary.id()).ifMatch(updated.eTag())), "CannotDeleteEntityWhileInUse",
                409);
        assertAwsError(() -> cloudFront().testConnectionFunction(r -> r.id(summary.id()).ifMatch("EOLD0000000000")
                .connectionObject(SdkBytes.fromUtf8String("{}"))), "PreconditionFailed", 412);
        assertAwsError(() -> cloudFront().testConnectionFunction(r -> r.id(summary.id()).ifMatch(updated.eTag())
                .connectionObject(SdkBytes.fromUtf8String("{}"))), "UnsupportedOperation", 400);
    }

    @Test
    void aWebAclIsAssociatedAndDisassociatedAndDistributionsAreListedByItAndByConnectionMode() {
        var created = cloudFront().createDistribution(r -> r.distributionConfig(DistributionLifecycleWireTest.config("waf"))).distribution();
        assertAwsError(() -> cloudFront().associateDistributionWebACL(r -> r.id(created.id()).webACLArn("arn:aws:wafv2:eu-west-1:000000000000:"
                + "regional/webacl/site/473e64fd-f30b-4765-81a0-62ad96dd167a")), "InvalidArgument", 400);
        assertAwsError(() -> cloudFront().associateDistributionWebACL(r -> r.id("E000000000000X").webACLArn(WEB_ACL)), "EntityNotFound", 404);
        assertAwsError(() -> cloudFront().associateDistributionWebACL(r -> r.id(created.id()).webACLArn(WEB_ACL).ifMatch("EOLD0000000000")),
                "PreconditionFailed", 412);

        var associated = cloudFront().associateDistributionWebACL(r -> r.id(created.id()).webACLArn(WEB_ACL));
        assertThat(associated.webACLArn()).isEqualTo(WEB_ACL);
        assertThat(cloudFront().getDistributionConfig(r -> r.id(created.id())).distributionConfig().webACLId()).isEqualTo(WEB_ACL);
        assertThat(cloudFront().listDistributionsByWebACLId(r -> r.webACLId(WEB_ACL)).distributionList().items()).singleElement()
                .satisfies(d -> assertThat(d.id()).isEqualTo(created.id()));
        assertThat(cloudFront().listDistributionsByConnectionMode(r -> r.connectionMode(ConnectionMode.DIRECT)).distributionList().items())
                .singleElement().satisfies(d -> assertThat(d.id()).isEqualTo(created.id()));
        assertThat(cloudFront().listDistributionsByConnectionMode(r -> r.connectionMode(ConnectionMode.TENANT_ONLY)).distributionList().quantity())
                .isZero();

        var disassociated = cloudFront().disassociateDistributionWebACL(r -> r.id(created.id()).ifMatch(associated.eTag()));
        assertThat(disassociated.eTag()).isNotEqualTo(associated.eTag());
        assertThat(cloudFront().listDistributionsByWebACLId(r -> r.webACLId(WEB_ACL)).distributionList().quantity()).isZero();
    }
}
