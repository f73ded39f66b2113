package dev.netsim.route53;

import static dev.netsim.route53.RecordSetWireTest.change;
import static dev.netsim.route53.RecordSetWireTest.set;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import dev.netsim.cloudfront.DistributionLifecycleWireTest;
import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/** Aliases to this server's load balancers and CloudFront distributions. */
class AliasTargetWireTest extends NetsimIntegrationTest {

    private String zoneId;

    private void apply(ResourceRecordSet... sets) {
        route53().changeResourceRecordSets(r -> r.hostedZoneId(zoneId).changeBatch(b -> b.changes(java.util.Arrays.stream(sets)
                .map(s -> change(ChangeAction.CREATE, s)).toList())));
    }

    private static ResourceRecordSet alias(String name, String id, String hostedZoneId, String dnsName, boolean evaluate) {
        return ResourceRecordSet.builder().name(name).type(RRType.A).setIdentifier(id).weight(id == null ? null : 1L)
                .aliasTarget(a -> a.hostedZoneId(hostedZoneId).dnsName(dnsName).evaluateTargetHealth(evaluate)).build();
    }

    @Test
    void anAliasToALoadBalancerAnswersItsNodesAndFollowsItsHealth() throws Exception {
        TwoZoneVpc vpc = twoZoneVpc();
        LoadBalancer lb = elbv2().createLoadBalancer(r -> r.name("web").subnets(vpc.subnetA(), vpc.subnetB())).loadBalancers().get(0);
        String group = elbv2().createTargetGroup(r -> r.name("web").protocol("HTTP").port(80).vpcId(vpc.vpcId())).targetGroups().get(0)
                .targetGroupArn();
        String instance = ec2().runInstances(r -> r.imageId("ami-0123456789abcdef0").minCount(1).maxCount(1).subnetId(vpc.subnetA()))
                .instances().get(0).instanceId();
        elbv2().registerTargets(r -> r.targetGroupArn(group).targets(TargetDescription.builder().id(instance).build()));
        elbv2().createListener(r -> r.loadBalancerArn(lb.loadBalancerArn()).protocol("HTTP").port(80)
                .defaultActions(a -> a.type("forward").targetGroupArn(group)));
        zoneId = route53().createHostedZone(r -> r.name("example.com").callerReference("z")).hostedZone().id();

        apply(alias("www.example.com", "lb", lb.canonicalHostedZoneId(), "dualstack." + lb.dnsName(), true),
                set("www.example.com", "A", 60, "192.0.2.99").toBuilder().setIdentifier("static").weight(0L).build());
        var answer = route53().testDNSAnswer(r -> r.hostedZoneId(zoneId).recordName("www.example.com").recordType(RRType.A));
        assertThat(answer.recordData()).hasSize(2).allMatch(ip -> ip.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")).doesNotContain("192.0.2.99");

        var health = send(java.net.http.HttpRequest.newBuilder(endpoint().resolve("/api/simulate/target-groups/web/targets/" + instance + "/health"))
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"state\":\"unhealthy\"}")));
        assertThat(health.statusCode()).isEqualTo(204);
        assertThat(route53().testDNSAnswer(r -> r.hostedZoneId(zoneId).recordName("www.example.com").recordType(RRType.A)).recordData())
                .containsExactly("192.0.2.99");

        assertAwsError(() -> apply(alias("api.example.com", null, lb.canonicalHostedZoneId(), "nothing-123.us-east-1.elb.amazonaws.com", false)),
                "InvalidChangeBatch", 400);
    }

    @Test
    void anAliasToADistributionCannotEvaluateItsHealth() {
        String domain = cloudFront().createDistribution(r -> r.distributionConfig(DistributionLifecycleWireTest.config("cdn"))).distribution()
                .domainName();
        zoneId = route53().createHostedZone(r -> r.name("example.com").callerReference("z")).hostedZone().id();
        var refused = assertAwsError(() -> apply(alias("cdn.example.com", null, "Z2FDTNDATAQYW2", domain, true)),
                "InvalidChangeBatch", 400);
        assertThat(refused.awsErrorDetails().errorMessage()).contains("EvaluateTargetHealth is not supported for CloudFront distribution");
        apply(alias("cdn.example.com", null, "Z2FDTNDATAQYW2", domain, false));
        assertThat(route53().testDNSAnswer(r -> r.hostedZoneId(zoneId).recordName("cdn.example.com").recordType(RRType.A)).recordData())
                .hasSize(4).allMatch(ip -> ip.startsWith("13.3"));
    }
}
