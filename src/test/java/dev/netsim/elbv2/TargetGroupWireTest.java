package dev.netsim.elbv2;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DuplicateTargetGroupNameException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupNotFoundException;

class TargetGroupWireTest extends NetsimIntegrationTest {

    private String vpcId;

    @BeforeEach
    void createVpc() {
        vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        attachInternetGateway(vpcId);
    }

    private TargetGroup create(String name, int port) {
        return elbv2().createTargetGroup(r -> r.name(name).protocol(ProtocolEnum.HTTP).port(port).vpcId(vpcId)
                .tags(Tag.builder().key("Tier").value("web").build())).targetGroups().get(0);
    }

    @Test
    void createTargetGroupFillsAwsDefaults() {
        TargetGroup group = create("web", 80);
        assertThat(group.targetGroupArn()).matches("arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/web/[0-9a-f]{16}");
        assertThat(group.protocolAsString()).isEqualTo("HTTP");
        assertThat(group.protocolVersion()).isEqualTo("HTTP1");
        assertThat(group.targetTypeAsString()).isEqualTo("instance");
        assertThat(group.healthCheckProtocolAsString()).isEqualTo("HTTP");
        assertThat(group.healthCheckPort()).isEqualTo("traffic-port");
        assertThat(group.healthCheckPath()).isEqualTo("/");
        assertThat(group.healthCheckIntervalSeconds()).isEqualTo(30);
        assertThat(group.healthCheckTimeoutSeconds()).isEqualTo(5);
        assertThat(group.healthyThresholdCount()).isEqualTo(5);
        assertThat(group.unhealthyThresholdCount()).isEqualTo(2);
        assertThat(group.matcher().httpCode()).isEqualTo("200");

        TargetGroup tcp = elbv2().createTargetGroup(r -> r.name("db").protocol(ProtocolEnum.TCP).port(5432).vpcId(vpcId)).targetGroups().get(0);
        assertThat(tcp.healthCheckProtocolAsString()).isEqualTo("TCP");
        assertThat(tcp.healthCheckPath()).isNull();
        assertThat(tcp.healthCheckTimeoutSeconds()).isEqualTo(10);
    }

    @Test
    void sameNameAndSettingsIsIdempotentOtherSettingsAreDuplicates() {
        TargetGroup first = create("web", 80);
        assertThat(create("web", 80).targetGroupArn()).isEqualTo(first.targetGroupArn());
        var e = assertAwsError(() -> create("web", 8080), "DuplicateTargetGroupName", 400);
        assertThat(e).isInstanceOf(DuplicateTargetGroupNameException.class);
    }

    @Test
    void describeByArnNameAndPage() {
        TargetGroup a = create("a", 80);
        TargetGroup b = create("b", 80);
        create("c", 80);

        assertThat(elbv2().describeTargetGroups().targetGroups()).hasSize(3);
        assertThat(elbv2().describeTargetGroups(r -> r.names("b")).targetGroups()).extracting(TargetGroup::targetGroupArn)
                .containsExactly(b.targetGroupArn());
        assertThat(elbv2().describeTargetGroups(r -> r.targetGroupArns(a.targetGroupArn())).targetGroups()).hasSize(1);

        var page1 = elbv2().describeTargetGroups(r -> r.pageSize(2));
        assertThat(page1.targetGroups()).hasSize(2);
        assertThat(page1.nextMarker()).isNotNull();
        var page2 = elbv2().describeTargetGroups(r -> r.pageSize(2).marker(page1.nextMarker()));
        assertThat(page2.targetGroups()).hasSize(1);
        assertThat(page2.nextMarker()).isNull();
        assertThat(elbv2().describeTargetGroupsPaginator(r -> r.pageSize(1)).targetGroups().stream().count()).isEqualTo(3);

        var e = assertAwsError(() -> elbv2().describeTargetGroups(r -> r.names("nope")), "TargetGroupNotFound", 400);
        assertThat(e).isInstanceOf(TargetGroupNotFoundException.class);
        assertAwsError(() -> elbv2().describeTargetGroups(r -> r.pageSize(0)), "ValidationError", 400);
    }

    @Test
    void deleteRemovesAndIsIdempotent() {
        TargetGroup group = create("web", 80);
        elbv2().deleteTargetGroup(r -> r.targetGroupArn(group.targetGroupArn()));
        assertAwsError(() -> elbv2().describeTargetGroups(r -> r.targetGroupArns(group.targetGroupArn())), "TargetGroupNotFound", 400);
        elbv2().deleteTargetGroup(r -> r.targetGroupArn(group.targetGroupArn()));
        assertAwsError(() -> elbv2().deleteTargetGroup(r -> r.targetGroupArn("not-an-arn")), "ValidationError", 400);
    }

    @Test
    void invalidSettingsAreValidationErrors() {
        assertAwsError(() -> create("-bad", 80), "ValidationError", 400);
        assertAwsError(() -> create("internal-web", 80), "ValidationError", 400);
        assertAwsError(() -> create("a".repeat(33), 80), "ValidationError", 400);
        assertAwsError(() -> create("web", 70000), "ValidationError", 400);
        assertAwsError(() -> elbv2().createTargetGroup(r -> r.name("web").protocol(ProtocolEnum.HTTP).port(80)
                .vpcId("vpc-0123456789abcdef0")), "ValidationError", 400);
        assertAwsError(() -> elbv2().createTargetGroup(CreateTargetGroupRequest.builder().name("web").build()), "ValidationError", 400);
        assertAwsError(() -> elbv2().createTargetGroup(r -> r.name("web").protocol(ProtocolEnum.HTTP).port(80).vpcId(vpcId)
                .healthCheckIntervalSeconds(5).healthCheckTimeoutSeconds(10)), "ValidationError", 400);
        assertThat(elbv2().describeTargetGroups().targetGroups()).isEmpty();
    }

    @Test
    void unknownActionsAnswerInAwsQueryEnvelope() throws Exception {
        var response = send(java.net.http.HttpRequest.newBuilder(endpoint().resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Action=CreateLoadBalancerPool&Version=2015-12-01")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<ErrorResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\">")
                .contains("<Type>Sender</Type>").contains("<Code>InvalidAction</Code>").contains("<RequestId>");
    }

    private static TargetGroupAttribute attribute(String key, String value) {
        return TargetGroupAttribute.builder().key(key).value(value).build();
    }

    @Test
    void gatewayTargetFailoverTakesBothAttributesTogether() {
        String group = elbv2().createTargetGroup(r -> r.name("fw").protocol(ProtocolEnum.GENEVE).port(6081).vpcId(vpcId)).targetGroups().get(0)
                .targetGroupArn();
        assertAwsError(() -> elbv2().modifyTargetGroupAttributes(r -> r.targetGroupArn(group)
                .attributes(attribute("target_failover.on_unhealthy", "rebalance"))), "InvalidConfigurationRequest", 400);
        assertAwsError(() -> elbv2().modifyTargetGroupAttributes(r -> r.targetGroupArn(group)
                .attributes(attribute("target_failover.on_unhealthy", "sometimes"))), "ValidationError", 400);
        var both = elbv2().modifyTargetGroupAttributes(r -> r.targetGroupArn(group).attributes(
                attribute("target_failover.on_unhealthy", "rebalance"), attribute("target_failover.on_deregistration", "rebalance"))).attributes();
        assertThat(both).anyMatch(a -> a.key().equals("target_failover.on_deregistration") && a.value().equals("rebalance"));
    }

    /** Every operation the SDK v2 model lists is an action here: none answers InvalidAction. */
    @Test
    void everyOperationOfTheSdkModelIsAnAction() throws Exception {
        java.util.Set<String> operations = new java.util.TreeSet<>();
        for (var m : software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client.class.getMethods()) {
            if (m.getParameterCount() == 1 && m.getParameterTypes()[0].getSimpleName().endsWith("Request")
                    && m.getParameterTypes()[0].getPackageName().endsWith("elasticloadbalancingv2.model")) {
                // the SDK names one class differently from its wire action: DescribeSslPoliciesRequest is DescribeSSLPolicies
                operations.add(m.getParameterTypes()[0].getSimpleName().replaceFirst("Request$", "").replace("Ssl", "SSL"));
            }
        }
        assertThat(operations).hasSize(51);
        for (String operation : operations) {
            var response = send(java.net.http.HttpRequest.newBuilder(endpoint().resolve("/"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Action=" + operation + "&Version=2015-12-01")));
            assertThat(response.body()).as(operation).doesNotContain("<Code>InvalidAction</Code>");
            assertThat(response.statusCode()).as(operation).isLessThan(500);
        }
    }
}
