package dev.netsim.cloudfront;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.Origin;
import software.amazon.awssdk.services.cloudfront.model.VpcOriginEndpointConfig;
import software.amazon.awssdk.services.ec2.model.InstanceType;

/** VPC origins front an instance or load balancer that exists here; a distribution that uses one keeps it. */
class VpcOriginWireTest extends NetsimIntegrationTest {

    private static VpcOriginEndpointConfig endpoint(String name, String arn) {
        return VpcOriginEndpointConfig.builder().name(name).arn(arn).httpPort(80).httpsPort(443).originProtocolPolicy("http-only").build();
    }

    @Test
    void aVpcOriginFrontsAnInstanceAndIsKeptWhileADistributionUsesIt() {
        String instance = ec2().runInstances(r -> r.imageId("ami-0abcdef1234567890").instanceType(InstanceType.T3_MICRO).minCount(1).maxCount(1))
                .instances().get(0).instanceId();
        String arn = "arn:aws:ec2:us-east-1:000000000000:instance/" + instance;
        assertAwsError(() -> cloudFront().createVpcOrigin(r -> r.vpcOriginEndpointConfig(endpoint("nowhere",
                "arn:aws:ec2:us-east-1:000000000000:instance/i-0123456789abcdef0"))), "InvalidArgument", 400);

        var created = cloudFront().createVpcOrigin(r -> r.vpcOriginEndpointConfig(endpoint("app", arn)));
        var origin = created.vpcOrigin();
        assertThat(origin.id()).startsWith("vo_");
        assertThat(origin.arn()).isEqualTo("arn:aws:cloudfront::000000000000:vpcorigin/" + origin.id());
        assertThat(origin.status()).isEqualTo("Deployed");
        assertThat(origin.vpcOriginEndpointConfig().arn()).isEqualTo(arn);
        assertAwsError(() -> cloudFront().createVpcOrigin(r -> r.vpcOriginEndpointConfig(endpoint("app", arn))), "EntityAlreadyExists", 409);
        assertThat(cloudFront().listVpcOrigins(r -> { }).vpcOriginList().items()).singleElement()
                .satisfies(s -> assertThat(s.originEndpointArn()).isEqualTo(arn)).satisfies(s -> assertThat(s.arn()).isEqualTo(origin.arn()));

        DistributionConfig base = DistributionLifecycleWireTest.config("vpc");
        Origin private_ = Origin.builder().id("web").domainName("app.internal").vpcOriginConfig(v -> v.vpcOriginId(origin.id())).build();
        DistributionConfig viaVpc = base.toBuilder().origins(o -> o.quantity(2).items(private_, base.origins().items().get(1))).build();
        String distribution = cloudFront().createDistribution(r -> r.distributionConfig(viaVpc)).distribution().id();
        assertThat(cloudFront().listDistributionsByVpcOriginId(r -> r.vpcOriginId(origin.id())).distributionIdList().items())
                .containsExactly(distribution);
        // the VPC origin is the resource an account shares: its users are listed with their owners
        assertThat(cloudFront().listDistributionsByOwnedResource(r -> r.resourceArn(origin.arn())).distributionList().items())
                .singleElement().satisfies(o -> assertThat(o.distributionId()).isEqualTo(distribution))
                .satisfies(o -> assertThat(o.ownerAccountId()).isEqualTo("000000000000"));
        assertAwsError(() -> cloudFront().listDistributionsByOwnedResource(r -> r.resourceArn("arn:aws:cloudfront::000000000000:vpcorigin/vo_none")),
                "EntityNotFound", 404);
        assertAwsError(() -> cloudFront().listDistributionsByOwnedResource(r -> r.resourceArn("arn:aws:cloudfront::000000000000:distribution/"
                + distribution)), "UnsupportedOperation", 400);
        assertAwsError(() -> cloudFront().deleteVpcOrigin(r -> r.id(origin.id()).ifMatch(created.eTag())), "CannotDeleteEntityWhileInUse", 409);
        assertAwsError(() -> cloudFront().createDistribution(r -> r.distributionConfig(viaVpc.toBuilder().callerReference("other")
                .origins(o -> o.quantity(2).items(private_.toBuilder().vpcOriginConfig(v -> v.vpcOriginId("vo_none")).build(),
                        base.origins().items().get(1))).build())), "EntityNotFound", 404);
    }
}
