package dev.netsim.elbv2;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.FixedResponseActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ForwardActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.PathPatternConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;
import tools.jackson.databind.JsonNode;

/** ELBv2's control plane through the SDK v2 client, and the simulation API on what it built. */
class LoadBalancerWireTest extends NetsimIntegrationTest {

    private String vpcId;
    private String subnetA;
    private String subnetB;
    private List<String> instances;

    @BeforeEach
    void network() {
        TwoZoneVpc vpc = twoZoneVpc();
        vpcId = vpc.vpcId();
        subnetA = vpc.subnetA();
        subnetB = vpc.subnetB();
        instances = new java.util.ArrayList<>();
        for (String subnet : List.of(subnetA, subnetA, subnetB, subnetB)) {
            instances.add(ec2().runInstances(r -> r.imageId("ami-0123456789abcdef0").minCount(1).maxCount(1).subnetId(subnet))
                    .instances().get(0).instanceId());
        }
    }

    private LoadBalancer alb(String name) {
        return elbv2().createLoadBalancer(r -> r.name(name).subnets(subnetA, subnetB)).loadBalancers().get(0);
    }

    private String targetGroup(String name) {
        return elbv2().createTargetGroup(r -> r.name(name).protocol(ProtocolEnum.HTTP).port(80).vpcId(vpcId)).targetGroups().get(0).targetGroupArn();
    }

    private static Action forward(String groupArn) {
        return Action.builder().type(ActionTypeEnum.FORWARD).targetGroupArn(groupArn).build();
    }

    @Test
    void applicationLoadBalancerAsAwsDescribesIt() {
        LoadBalancer lb = alb("web");
        assertThat(lb.loadBalancerArn()).matches("arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/app/web/[0-9a-f]{16}");
        assertThat(lb.dnsName()).matches("web-\\d{10}\\.us-east-1\\.elb\\.amazonaws\\.com");
        assertThat(lb.canonicalHostedZoneId()).isEqualTo("Z35SXDOTRQ7X7K");
        assertThat(lb.schemeAsString()).isEqualTo("internet-facing");
        assertThat(lb.typeAsString()).isEqualTo("application");
        assertThat(lb.vpcId()).isEqualTo(vpcId);
        assertThat(lb.state().codeAsString()).isEqualTo("active");
        assertThat(lb.availabilityZones()).extracting(z -> z.zoneName() + " " + z.subnetId())
                .containsExactly("us-east-1a " + subnetA, "us-east-1b " + subnetB);
        assertThat(lb.securityGroups()).hasSize(1);
        assertThat(elbv2().describeLoadBalancers(r -> r.names("web")).loadBalancers()).extracting(LoadBalancer::loadBalancerArn)
                .containsExactly(lb.loadBalancerArn());
        assertThat(alb("web").loadBalancerArn()).isEqualTo(lb.loadBalancerArn());

        LoadBalancer nlb = elbv2().createLoadBalancer(r -> r.name("edge").type("network").scheme("internal").subnets(subnetA))
                .loadBalancers().get(0);
        assertThat(nlb.dnsName()).matches("internal-edge-[0-9a-f]{16}\\.elb\\.us-east-1\\.amazonaws\\.com");
        assertThat(nlb.canonicalHostedZoneId()).isEqualTo("Z26RNL4JYFTOTI");
    }

    @Test
    void eachNodeHasAnInterfaceInItsSubnetThatOnlyTheLoadBalancerRemoves() {
        LoadBalancer lb = alb("web");
        String id = lb.loadBalancerArn().substring(lb.loadBalancerArn().lastIndexOf('/') + 1);
        var enis = ec2().describeNetworkInterfaces(r -> r.filters(f -> f.name("description").values("ELB app/web/" + id))).networkInterfaces();
        assertThat(enis).extracting(e -> e.subnetId() + " " + e.interfaceTypeAsString() + " " + e.requesterId() + " " + e.requesterManaged())
                .containsExactlyInAnyOrder(subnetA + " interface amazon-elb true", subnetB + " interface amazon-elb true");
        assertThat(enis.get(0).groups()).extracting(g -> g.groupId()).containsExactlyElementsOf(lb.securityGroups());
        assertAwsError(() -> ec2().deleteNetworkInterface(r -> r.networkInterfaceId(enis.get(0).networkInterfaceId())), "OperationNotPermitted", 400);
        // two instances and the load balancer's node hold addresses in subnet A
        assertThat(assertAwsError(() -> ec2().deleteSubnet(r -> r.subnetId(subnetA)), "DependencyViolation", 400).getMessage())
                .contains("3 addresses are in use");

        String subnetC = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.3.0/24").availabilityZone("us-east-1c")).subnet().subnetId();
        elbv2().setSubnets(r -> r.loadBalancerArn(lb.loadBalancerArn()).subnets(subnetB, subnetC));
        assertThat(ec2().describeNetworkInterfaces(r -> r.filters(f -> f.name("description").values("ELB app/web/" + id))).networkInterfaces())
                .extracting(e -> e.subnetId()).containsExactlyInAnyOrder(subnetB, subnetC);

        LoadBalancer nlb = elbv2().createLoadBalancer(r -> r.name("edge").type("network").subnets(subnetB)).loadBalancers().get(0);
        assertThat(ec2().describeNetworkInterfaces(r -> r.filters(f -> f.name("interface-type").values("network_load_balancer")))
                .networkInterfaces()).hasSize(1);
        elbv2().deleteLoadBalancer(r -> r.loadBalancerArn(lb.loadBalancerArn()));
        elbv2().deleteLoadBalancer(r -> r.loadBalancerArn(nlb.loadBalancerArn()));
        assertThat(ec2().describeNetworkInterfaces(r -> r.filters(f -> f.name("requester-managed").values("true"))).networkInterfaces()).isEmpty();
    }

    @Test
    void networkLoadBalancerNodesTakeTheirElasticIpsAndPrivateAddresses() {
        var eip = ec2().allocateAddress(r -> r.domain("vpc"));
        LoadBalancer edge = elbv2().createLoadBalancer(r -> r.name("edge").type("network").subnetMappings(
                m -> m.subnetId(subnetA).allocationId(eip.allocationId()))).loadBalancers().get(0);
        var address = edge.availabilityZones().get(0).loadBalancerAddresses().get(0);
        assertThat(address.ipAddress()).isEqualTo(eip.publicIp());
        assertThat(address.allocationId()).isEqualTo(eip.allocationId());
        var associated = ec2().describeAddresses(r -> r.allocationIds(eip.allocationId())).addresses().get(0);
        assertThat(associated.networkInterfaceId()).isNotNull();
        assertThat(ec2().describeNetworkInterfaces(r -> r.networkInterfaceIds(associated.networkInterfaceId())).networkInterfaces().get(0)
                .description()).startsWith("ELB net/edge/");
        assertAwsError(() -> elbv2().createLoadBalancer(r -> r.name("second").type("network").subnetMappings(
                m -> m.subnetId(subnetB).allocationId(eip.allocationId()))), "InvalidConfigurationRequest", 400);
        assertAwsError(() -> elbv2().createLoadBalancer(r -> r.name("ghost").type("network").subnetMappings(
                m -> m.subnetId(subnetB).allocationId("eipalloc-0123456789abcdef0"))), "AllocationIdNotFound", 400);
        assertAwsError(() -> elbv2().createLoadBalancer(r -> r.name("inner").type("network").scheme("internal").subnetMappings(
                m -> m.subnetId(subnetB).allocationId(eip.allocationId()))), "InvalidConfigurationRequest", 400);
        elbv2().deleteLoadBalancer(r -> r.loadBalancerArn(edge.loadBalancerArn()));
        assertThat(ec2().describeAddresses(r -> r.allocationIds(eip.allocationId())).addresses().get(0).networkInterfaceId())
                .as("the address stays allocated, free again").isNull();

        LoadBalancer inner = elbv2().createLoadBalancer(r -> r.name("inner").type("network").scheme("internal").subnetMappings(
                m -> m.subnetId(subnetA).privateIPv4Address("10.0.1.200"), m -> m.subnetId(subnetB))).loadBalancers().get(0);
        assertThat(inner.availabilityZones()).extracting(z -> z.loadBalancerAddresses().get(0).privateIPv4Address())
                .hasSize(2).contains("10.0.1.200").allMatch(ip -> ip.startsWith("10.0."));
        assertAwsError(() -> elbv2().createLoadBalancer(r -> r.name("clash").type("network").scheme("internal").subnetMappings(
                m -> m.subnetId(subnetA).privateIPv4Address("10.0.1.200"))), "InvalidConfigurationRequest", 400);
    }

    @Test
    void anomalyDetectionIsReportedAndMitigatedForWeightedRandomGroups() throws Exception {
        LoadBalancer lb = alb("odd");
        String group = targetGroup("odd");
        elbv2().modifyTargetGroupAttributes(r -> r.targetGroupArn(group).attributes(
                TargetGroupAttribute.builder().key("load_balancing.algorithm.type").value("weighted_random").build(),
                TargetGroupAttribute.builder().key("load_balancing.algorithm.anomaly_mitigation").value("on").build()));
        elbv2().registerTargets(r -> r.targetGroupArn(group).targets(instances.stream().map(i -> TargetDescription.builder().id(i).build())
                .toList()));
        elbv2().createListener(r -> r.loadBalancerArn(lb.loadBalancerArn()).port(80).protocol(ProtocolEnum.HTTP).defaultActions(forward(group)));
        var marked = send(HttpRequest.newBuilder(endpoint().resolve("/api/simulate/target-groups/odd/targets/" + instances.get(0) + "/anomaly"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"anomalous\":true}")));
        assertThat(marked.statusCode()).isEqualTo(204);

        List<TargetHealthDescription> health = elbv2().describeTargetHealth(r -> r.targetGroupArn(group).includeWithStrings("AnomalyDetection"))
                .targetHealthDescriptions();
        assertThat(health).extracting(h -> h.target().id() + " " + h.anomalyDetection().resultAsString() + " "
                + h.anomalyDetection().mitigationInEffectAsString()).contains(instances.get(0) + " anomalous yes", instances.get(1) + " normal no");
        assertThat(elbv2().describeTargetHealth(r -> r.targetGroupArn(group)).targetHealthDescriptions().get(0).anomalyDetection())
                .as("only when asked for").isNull();

        JsonNode spread = postJson("/api/simulate/load-balancers/odd/requests:batch", Map.of("request", Map.of("listenerPort", 80), "count", 10000,
                "seed", 3));
        assertThat(spread.get("byTarget").get(instances.get(0)).asInt() / 10000.0).isCloseTo(0.1 / 3.1, org.assertj.core.data.Offset.offset(0.01));

        String byArn = "/api/simulate/load-balancers/" + java.net.URLEncoder.encode(lb.loadBalancerArn(), java.nio.charset.StandardCharsets.UTF_8)
                + "/requests";
        assertThat(postJson(byArn, Map.of("listenerPort", 80)).get("targetGroupArn").asString()).as("named by its ARN").isEqualTo(group);
    }

    @Test
    void badLoadBalancersGetAwsErrors() {
        assertAwsError(() -> elbv2().createLoadBalancer(r -> r.name("one").subnets(subnetA)), "InvalidConfigurationRequest", 400);
        assertAwsError(() -> elbv2().createLoadBalancer(r -> r.name("bad").subnets("subnet-0123456789abcdef0", subnetB)), "SubnetNotFound", 400);
        assertAwsError(() -> elbv2().createLoadBalancer(r -> r.name("-bad").subnets(subnetA, subnetB)), "ValidationError", 400);
        alb("web");
        assertAwsError(() -> elbv2().createLoadBalancer(r -> r.name("web").type("network").subnets(subnetA)), "DuplicateLoadBalancerName", 400);
        assertAwsError(() -> elbv2().describeLoadBalancers(r -> r.names("nope")), "LoadBalancerNotFound", 400);

        String isolated = ec2().createVpc(r -> r.cidrBlock("10.9.0.0/16")).vpc().vpcId();
        String c = ec2().createSubnet(r -> r.vpcId(isolated).cidrBlock("10.9.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        String d = ec2().createSubnet(r -> r.vpcId(isolated).cidrBlock("10.9.2.0/24").availabilityZone("us-east-1b")).subnet().subnetId();
        assertThat(assertAwsError(() -> elbv2().createLoadBalancer(r -> r.name("public").subnets(c, d)), "InvalidSubnet", 400).getMessage())
                .contains("VPC " + isolated + " has no internet gateway");
        assertThat(elbv2().createLoadBalancer(r -> r.name("private").scheme("internal").subnets(c, d)).loadBalancers()).hasSize(1);
    }

    @Test
    void listenersRulesTargetsAndHealthWithTheirErrors() {
        LoadBalancer lb = alb("web");
        String web = targetGroup("web");
        String api = targetGroup("api");
        Listener listener = elbv2().createListener(r -> r.loadBalancerArn(lb.loadBalancerArn()).protocol(ProtocolEnum.HTTP).port(80)
                .defaultActions(forward(web))).listeners().get(0);
        assertThat(listener.listenerArn()).startsWith(lb.loadBalancerArn().replace(":loadbalancer/", ":listener/") + "/");
        assertAwsError(() -> elbv2().createListener(r -> r.loadBalancerArn(lb.loadBalancerArn()).protocol(ProtocolEnum.HTTP).port(80)
                .defaultActions(forward(web))), "DuplicateListener", 400);
        assertAwsError(() -> elbv2().createListener(r -> r.loadBalancerArn(lb.loadBalancerArn()).protocol(ProtocolEnum.TCP).port(81)
                .defaultActions(forward(web))), "UnsupportedProtocol", 400);
        assertAwsError(() -> elbv2().createListener(r -> r.loadBalancerArn(lb.loadBalancerArn()).protocol(ProtocolEnum.HTTPS).port(443)
                .defaultActions(forward(web))), "CertificateNotFound", 400);

        RuleCondition apiPath = RuleCondition.builder().field("path-pattern")
                .pathPatternConfig(PathPatternConditionConfig.builder().values("/api/*").build()).build();
        Rule rule = elbv2().createRule(r -> r.listenerArn(listener.listenerArn()).priority(10).conditions(apiPath).actions(forward(api)))
                .rules().get(0);
        assertThat(rule.priority()).isEqualTo("10");
        assertAwsError(() -> elbv2().createRule(r -> r.listenerArn(listener.listenerArn()).priority(10).conditions(apiPath)
                .actions(forward(api))), "PriorityInUse", 400);
        assertAwsError(() -> elbv2().createRule(r -> r.listenerArn(listener.listenerArn()).priority(11).conditions(apiPath)
                .actions(forward("arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/none/0123456789abcdef"))),
                "TargetGroupNotFound", 400);
        List<Rule> rules = elbv2().describeRules(r -> r.listenerArn(listener.listenerArn())).rules();
        assertThat(rules).extracting(Rule::priority).containsExactly("10", "default");
        assertThat(rules.get(1).isDefault()).isTrue();
        assertAwsError(() -> elbv2().deleteRule(r -> r.ruleArn(rules.get(1).ruleArn())), "OperationNotPermitted", 400);
        Rule moved = elbv2().setRulePriorities(r -> r.rulePriorities(p -> p.ruleArn(rule.ruleArn()).priority(5))).rules().get(0);
        assertThat(moved.priority()).isEqualTo("5");

        assertThat(elbv2().describeTargetGroups(r -> r.targetGroupArns(web)).targetGroups().get(0).loadBalancerArns())
                .containsExactly(lb.loadBalancerArn());
        assertAwsError(() -> elbv2().deleteTargetGroup(r -> r.targetGroupArn(web)), "ResourceInUse", 400);

        elbv2().registerTargets(r -> r.targetGroupArn(web).targets(instances.stream().map(i -> TargetDescription.builder().id(i).build()).toList()));
        List<TargetHealthDescription> health = elbv2().describeTargetHealth(r -> r.targetGroupArn(web)).targetHealthDescriptions();
        assertThat(health).hasSize(4).allSatisfy(h -> {
            assertThat(h.targetHealth().stateAsString()).isEqualTo("healthy");
            assertThat(h.healthCheckPort()).isEqualTo("80");
        });
        assertAwsError(() -> elbv2().registerTargets(r -> r.targetGroupArn(web).targets(t -> t.id("i-0123456789abcdef0"))), "InvalidTarget", 400);

        elbv2().deregisterTargets(r -> r.targetGroupArn(web).targets(t -> t.id(instances.get(0))));
        assertThat(elbv2().describeTargetHealth(r -> r.targetGroupArn(web).targets(t -> t.id(instances.get(0)))).targetHealthDescriptions().get(0)
                .targetHealth().reasonAsString()).isEqualTo("Target.DeregistrationInProgress");
        assertThat(elbv2().describeTargetHealth(r -> r.targetGroupArn(api).targets(t -> t.id(instances.get(1)))).targetHealthDescriptions().get(0)
                .targetHealth().reasonAsString()).isEqualTo("Target.NotRegistered");
        elbv2().registerTargets(r -> r.targetGroupArn(api).targets(t -> t.id(instances.get(1))));

    }

    @Test
    void tagsOnEveryKindOfResource() {
        LoadBalancer lb = alb("web");
        String web = targetGroup("web");
        String listener = elbv2().createListener(r -> r.loadBalancerArn(lb.loadBalancerArn()).protocol(ProtocolEnum.HTTP).port(80)
                .defaultActions(forward(web))).listeners().get(0).listenerArn();
        elbv2().addTags(r -> r.resourceArns(lb.loadBalancerArn(), web, listener).tags(t -> t.key("env").value("test"), t -> t.key("team").value("a")));
        elbv2().addTags(r -> r.resourceArns(lb.loadBalancerArn()).tags(t -> t.key("env").value("prod")));
        elbv2().removeTags(r -> r.resourceArns(web).tagKeys("team"));
        var described = elbv2().describeTags(r -> r.resourceArns(lb.loadBalancerArn(), web, listener)).tagDescriptions();
        assertThat(described).extracting(d -> d.resourceArn() + " " + d.tags().stream().map(t -> t.key() + "=" + t.value()).toList())
                .containsExactly(lb.loadBalancerArn() + " [env=prod, team=a]", web + " [env=test]", listener + " [env=test, team=a]");
        assertAwsError(() -> elbv2().addTags(r -> r.resourceArns(lb.loadBalancerArn()).tags(t -> t.key("k").value("1"), t -> t.key("k").value("2"))),
                "DuplicateTagKeys", 400);
        assertAwsError(() -> elbv2().describeTags(r -> r.resourceArns(lb.loadBalancerArn().replace("/web/", "/gone/"))), "LoadBalancerNotFound", 400);
    }

    @Test
    void subnetsSecurityGroupsAddressTypeAndHealthChecksChange() {
        LoadBalancer lb = alb("web");
        String subnetC = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.3.0/24").availabilityZone("us-east-1c")).subnet().subnetId();
        var zones = elbv2().setSubnets(r -> r.loadBalancerArn(lb.loadBalancerArn()).subnets(subnetA, subnetB, subnetC)).availabilityZones();
        assertThat(zones).extracting(z -> z.zoneName()).containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
        assertAwsError(() -> elbv2().setSubnets(r -> r.loadBalancerArn(lb.loadBalancerArn()).subnets(subnetC)), "InvalidConfigurationRequest", 400);
        String group = ec2().createSecurityGroup(r -> r.groupName("alb").description("alb").vpcId(vpcId)).groupId();
        assertThat(elbv2().setSecurityGroups(r -> r.loadBalancerArn(lb.loadBalancerArn()).securityGroups(group)).securityGroupIds())
                .containsExactly(group);
        assertAwsError(() -> ec2().deleteSecurityGroup(r -> r.groupId(group)), "DependencyViolation", 400);
        assertThat(elbv2().setIpAddressType(r -> r.loadBalancerArn(lb.loadBalancerArn()).ipAddressType("dualstack")).ipAddressTypeAsString())
                .isEqualTo("dualstack");

        String web = targetGroup("web");
        var modified = elbv2().modifyTargetGroup(r -> r.targetGroupArn(web).healthCheckPath("/health").healthCheckIntervalSeconds(10)
                .matcher(m -> m.httpCode("200-299"))).targetGroups().get(0);
        assertThat(modified.healthCheckPath()).isEqualTo("/health");
        assertThat(modified.healthCheckIntervalSeconds()).isEqualTo(10);
        assertThat(modified.healthCheckTimeoutSeconds()).isEqualTo(5);
        assertThat(modified.matcher().httpCode()).isEqualTo("200-299");
        assertAwsError(() -> elbv2().modifyTargetGroup(r -> r.targetGroupArn(web).healthCheckIntervalSeconds(4)), "ValidationError", 400);
    }

    @Test
    void httpsListenersCertificatesAndSecurityPolicies() {
        LoadBalancer lb = alb("web");
        String web = targetGroup("web");
        String cert = "arn:aws:acm:us-east-1:000000000000:certificate/11111111-2222-3333-4444-555555555555";
        String extra = "arn:aws:acm:us-east-1:000000000000:certificate/66666666-2222-3333-4444-555555555555";
        assertAwsError(() -> elbv2().createListener(r -> r.loadBalancerArn(lb.loadBalancerArn()).protocol(ProtocolEnum.HTTPS).port(443)
                .certificates(c -> c.certificateArn(cert)).sslPolicy("ELBSecurityPolicy-Nope").defaultActions(forward(web))), "SSLPolicyNotFound", 400);
        Listener https = elbv2().createListener(r -> r.loadBalancerArn(lb.loadBalancerArn()).protocol(ProtocolEnum.HTTPS).port(443)
                .certificates(c -> c.certificateArn(cert)).defaultActions(forward(web))).listeners().get(0);
        assertThat(https.sslPolicy()).isEqualTo("ELBSecurityPolicy-2016-08");
        elbv2().addListenerCertificates(r -> r.listenerArn(https.listenerArn()).certificates(c -> c.certificateArn(extra)));
        assertThat(elbv2().describeListenerCertificates(r -> r.listenerArn(https.listenerArn())).certificates())
                .extracting(c -> c.certificateArn() + " " + c.isDefault()).containsExactly(cert + " true", extra + " false");
        assertAwsError(() -> elbv2().removeListenerCertificates(r -> r.listenerArn(https.listenerArn()).certificates(c -> c.certificateArn(cert))),
                "OperationNotPermitted", 400);
        elbv2().removeListenerCertificates(r -> r.listenerArn(https.listenerArn()).certificates(c -> c.certificateArn(extra)));
        assertThat(elbv2().describeListenerCertificates(r -> r.listenerArn(https.listenerArn())).certificates()).hasSize(1);

        var policy = elbv2().describeSSLPolicies(r -> r.names("ELBSecurityPolicy-2016-08")).sslPolicies().get(0);
        assertThat(policy.sslProtocols()).containsExactly("TLSv1", "TLSv1.1", "TLSv1.2");
        assertThat(policy.ciphers().get(0).name()).isEqualTo("ECDHE-ECDSA-AES128-GCM-SHA256");
        assertAwsError(() -> elbv2().describeSSLPolicies(r -> r.names("ELBSecurityPolicy-Nope")), "SSLPolicyNotFound", 400);
        assertThat(elbv2().describeAccountLimits().limits()).extracting(l -> l.name() + "=" + l.max())
                .contains("rules-per-application-load-balancer=100", "target-groups=3000", "listeners-per-application-load-balancer=50");
    }

    @Test
    void listenerAttributesAndCapacityReservations() {
        LoadBalancer lb = alb("web");
        String web = targetGroup("web");
        String listener = elbv2().createListener(r -> r.loadBalancerArn(lb.loadBalancerArn()).protocol(ProtocolEnum.HTTP).port(80)
                .defaultActions(forward(web))).listeners().get(0).listenerArn();
        assertThat(elbv2().describeListenerAttributes(r -> r.listenerArn(listener)).attributes()).extracting(a -> a.key() + "=" + a.value())
                .contains("routing.http.response.server.enabled=true");
        elbv2().modifyListenerAttributes(r -> r.listenerArn(listener).attributes(a -> a.key("routing.http.response.server.enabled").value("false")));
        assertThat(elbv2().describeListenerAttributes(r -> r.listenerArn(listener)).attributes()).extracting(a -> a.key() + "=" + a.value())
                .contains("routing.http.response.server.enabled=false");
        assertAwsError(() -> elbv2().modifyListenerAttributes(r -> r.listenerArn(listener).attributes(a -> a.key("tcp.idle_timeout.seconds").value("90"))),
                "ValidationError", 400);

        assertThat(elbv2().describeCapacityReservation(r -> r.loadBalancerArn(lb.loadBalancerArn())).capacityReservationState()).isEmpty();
        var reserved = elbv2().modifyCapacityReservation(r -> r.loadBalancerArn(lb.loadBalancerArn()).minimumLoadBalancerCapacity(c -> c.capacityUnits(100)));
        assertThat(reserved.minimumLoadBalancerCapacity().capacityUnits()).isEqualTo(100);
        assertThat(reserved.capacityReservationState()).extracting(z -> z.availabilityZone() + " " + z.state().codeAsString())
                .containsExactly("us-east-1a provisioned", "us-east-1b provisioned");
        elbv2().modifyCapacityReservation(r -> r.loadBalancerArn(lb.loadBalancerArn()).resetCapacityReservation(true));
        assertThat(elbv2().describeCapacityReservation(r -> r.loadBalancerArn(lb.loadBalancerArn())).minimumLoadBalancerCapacity()).isNull();
    }

    @Test
    void attributesAreCheckedAndDeletionProtectionHolds() {
        LoadBalancer lb = alb("web");
        String web = targetGroup("web");
        assertThat(elbv2().describeTargetGroupAttributes(r -> r.targetGroupArn(web)).attributes())
                .extracting(a -> a.key() + "=" + a.value()).contains("deregistration_delay.timeout_seconds=300", "stickiness.type=lb_cookie",
                        "load_balancing.algorithm.type=round_robin");
        assertAwsError(() -> elbv2().modifyTargetGroupAttributes(r -> r.targetGroupArn(web).attributes(
                TargetGroupAttribute.builder().key("load_balancing.algorithm.type").value("fastest").build())), "ValidationError", 400);
        assertAwsError(() -> elbv2().modifyTargetGroupAttributes(r -> r.targetGroupArn(web).attributes(
                TargetGroupAttribute.builder().key("load_balancing.algorithm.type").value("least_outstanding_requests").build(),
                TargetGroupAttribute.builder().key("slow_start.duration_seconds").value("60").build())), "InvalidConfigurationRequest", 400);

        elbv2().modifyLoadBalancerAttributes(r -> r.loadBalancerArn(lb.loadBalancerArn())
                .attributes(LoadBalancerAttribute.builder().key("deletion_protection.enabled").value("true").build()));
        assertAwsError(() -> elbv2().deleteLoadBalancer(r -> r.loadBalancerArn(lb.loadBalancerArn())), "OperationNotPermitted", 400);
        assertAwsError(() -> elbv2().modifyLoadBalancerAttributes(r -> r.loadBalancerArn(lb.loadBalancerArn())
                .attributes(LoadBalancerAttribute.builder().key("no.such").value("1").build())), "ValidationError", 400);
        elbv2().modifyLoadBalancerAttributes(r -> r.loadBalancerArn(lb.loadBalancerArn())
                .attributes(LoadBalancerAttribute.builder().key("deletion_protection.enabled").value("false").build()));
        elbv2().deleteLoadBalancer(r -> r.loadBalancerArn(lb.loadBalancerArn()));
        assertThat(elbv2().describeLoadBalancers().loadBalancers()).isEmpty();
        elbv2().deleteTargetGroup(r -> r.targetGroupArn(web));
    }

    @Test
    void theSimulatorAnswersOnWhatTheControlPlaneBuilt() throws Exception {
        LoadBalancer lb = alb("shop");
        String blue = targetGroup("blue");
        String green = targetGroup("green");
        String api = targetGroup("api");
        Action weighted = Action.builder().type(ActionTypeEnum.FORWARD).forwardConfig(ForwardActionConfig.builder().targetGroups(
                TargetGroupTuple.builder().targetGroupArn(blue).weight(80).build(),
                TargetGroupTuple.builder().targetGroupArn(green).weight(20).build()).build()).build();
        String listener = elbv2().createListener(r -> r.loadBalancerArn(lb.loadBalancerArn()).protocol(ProtocolEnum.HTTP).port(80)
                .defaultActions(weighted)).listeners().get(0).listenerArn();
        elbv2().createRule(r -> r.listenerArn(listener).priority(1).conditions(c -> c.field("path-pattern").values("/api/*"))
                .actions(forward(api)));
        elbv2().createRule(r -> r.listenerArn(listener).priority(2).conditions(c -> c.field("path-pattern").values("/old"))
                .actions(Action.builder().type(ActionTypeEnum.FIXED_RESPONSE).fixedResponseConfig(FixedResponseActionConfig.builder()
                        .statusCode("410").contentType("text/plain").messageBody("gone").build()).build()));
        for (String group : List.of(blue, green, api)) {
            elbv2().registerTargets(r -> r.targetGroupArn(group).targets(instances.stream().map(i -> TargetDescription.builder().id(i).build()).toList()));
        }

        JsonNode toApi = postJson("/api/simulate/load-balancers/shop/requests", Map.of("listenerPort", 80, "path", "/api/orders/7",
                "host", "shop.example.com", "clientAvailabilityZone", "us-east-1a"));
        assertThat(toApi.get("rulePriority").asString()).isEqualTo("1");
        assertThat(toApi.get("targetGroupArn").asString()).isEqualTo(api);
        assertThat(instances).contains(toApi.get("target").get("id").asString());
        assertThat(toApi.get("nodeAvailabilityZone").asString()).isEqualTo("us-east-1a");
        assertThat(toApi.get("explanation").size()).isGreaterThanOrEqualTo(4);

        JsonNode gone = postJson("/api/simulate/load-balancers/shop/requests", Map.of("listenerPort", 80, "path", "/old"));
        assertThat(gone.get("action").get("statusCode").asInt()).isEqualTo(410);

        JsonNode batch = postJson("/api/simulate/load-balancers/shop/requests:batch", Map.of("request", Map.of("listenerPort", 80, "path", "/"),
                "count", 10000, "seed", 7));
        assertThat(batch.get("count").asInt()).isEqualTo(10000);
        assertThat(batch.get("byTargetGroup").get(blue).asInt() / 10000.0).isBetween(0.77, 0.83);
        assertThat(batch.get("byRule").get("default").asInt()).isEqualTo(10000);

        var marked = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/simulate/target-groups/api/targets/"
                + instances.get(0) + "/health")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"state\":\"unhealthy\",\"reason\":\"Target.FailedHealthChecks\"}")));
        assertThat(marked.statusCode()).isEqualTo(204);
        assertThat(elbv2().describeTargetHealth(r -> r.targetGroupArn(api).targets(t -> t.id(instances.get(0)))).targetHealthDescriptions()
                .get(0).targetHealth().reasonAsString()).isEqualTo("Target.FailedHealthChecks");
        JsonNode spread = postJson("/api/simulate/load-balancers/shop/requests:batch", Map.of("request", Map.of("listenerPort", 80, "path", "/api/x"),
                "count", 300));
        assertThat(spread.get("byTarget").has(instances.get(0))).isFalse();
        assertThat(spread.get("byTarget").size()).isEqualTo(3);

        var sloppy = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/simulate/load-balancers/shop/requests"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"listenerPort\":80,\"query\":{\"a\":null},\"headers\":{\"x\":null},\"outstandingRequests\":{\"i-1\":null},"
                                + "\"sourceIp\":\"not-an-ip\",\"cookies\":{\"AWSALB\":\"%%%\"}}")));
        assertThat(sloppy.statusCode()).as(sloppy.body()).isEqualTo(200);
        var badCount = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/simulate/load-balancers/shop/requests:batch"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"request\":{\"listenerPort\":80},\"count\":0}")));
        assertThat(badCount.statusCode()).isEqualTo(400);

        var noListener = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/simulate/load-balancers/shop/requests"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"listenerPort\":8080}")));
        assertThat(noListener.statusCode()).isEqualTo(404);
        assertThat(noListener.body()).contains("ListenerNotFound");
    }

}
