package dev.netsim.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.netsim.NetsimApplication;
import dev.netsim.support.TwoTierNetwork;
import dev.netsim.support.SdkClients;
import dev.netsim.support.TestStorage;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.Origin;
import software.amazon.awssdk.services.cloudfront.model.ViewerProtocolPolicy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.waiters.Ec2Waiter;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.waiters.ElasticLoadBalancingV2Waiter;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.RRType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two Netsim nodes on one PostgreSQL database, as a team server runs them behind a load balancer:
 * what either hands out (addresses, subnets, rules) is handed out once, whichever node is asked,
 * client tokens hold across them, and both describe the same state. Runs when the suite runs on
 * PostgreSQL (-Dnetsim.test.storage=postgres), which CI does.
 */
class TwoNodesTest {

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        Assumptions.assumeTrue(TestStorage.postgres(), "two nodes share a PostgreSQL database");
        String url = TestStorage.newDatabase();
        nodeA = start(url);
        nodeB = start(url);
    }

    /** Transient states last a second, so that a test can see both nodes agree on them as they pass. */
    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(NetsimApplication.class).run("--server.port=0", "--server.address=127.0.0.1", "--netsim.dns.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--netsim.ec2.state-transition-delay=1s", "--netsim.cloudfront.deploy-delay=1s");
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private static Ec2Client ec2(ConfigurableApplicationContext node) {
        return ec2(node, "333333333333");
    }

    private static URI endpoint(ConfigurableApplicationContext node) {
        return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort());
    }

    private static Ec2Client ec2(ConfigurableApplicationContext node, String account) {
        return SdkClients.ec2(endpoint(node), account, Region.US_EAST_1);
    }

    /** Each call made by a thread of its own, half on each node: results or AWS error codes. */
    private static List<String> onBothNodes(int perNode, Function<Ec2Client, String> call) throws Exception {
        return onBothNodes(perNode, "333333333333", call);
    }

    private static List<String> onBothNodes(int perNode, String account, Function<Ec2Client, String> call) throws Exception {
        return onEachNode(perNode, node -> {
            try {
                return call.apply(ec2(node, account));
            } catch (AwsServiceException e) {
                return e.awsErrorDetails().errorCode();
            }
        });
    }

    /** Each call made by a thread of its own, half on each node. */
    private static List<String> onEachNode(int perNode, Function<ConfigurableApplicationContext, String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(perNode * 2);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < perNode * 2; i++) {
                ConfigurableApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
                futures.add(pool.submit(() -> call.apply(node)));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void whatEitherNodeHandsOutIsHandedOutOnce() throws Exception {
        Ec2Client a = ec2(nodeA);
        Ec2Client b = ec2(nodeB);
        String vpc = a.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String subnet = b.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();

        // private addresses: 8 threads, 4 per node, 3 instances each
        List<String> launched = onBothNodes(4, client -> String.join(",", client.runInstances(r -> r.imageId("ami-0abcdef1234567890")
                .minCount(3).maxCount(3).subnetId(subnet)).instances().stream().map(Instance::privateIpAddress).toList()));
        List<String> addresses = launched.stream().flatMap(l -> java.util.Arrays.stream(l.split(","))).toList();
        assertThat(addresses).hasSize(24).doesNotHaveDuplicates().allSatisfy(ip -> assertThat(ip).startsWith("10.0.1."));

        // the same subnet CIDR asked of both nodes at once: one subnet
        List<String> subnets = onBothNodes(4, client -> client.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.2.0/24")).subnet().subnetId());
        assertThat(subnets).filteredOn(s -> s.startsWith("subnet-")).hasSize(1);
        assertThat(subnets).filteredOn(s -> !s.startsWith("subnet-")).containsOnly("InvalidSubnet.Conflict");

        // the same rule asked of both nodes at once: one rule
        String group = a.createSecurityGroup(r -> r.groupName("web").description("web").vpcId(vpc)).groupId();
        IpPermission https = IpPermission.builder().ipProtocol("tcp").fromPort(443).toPort(443).ipRanges(x -> x.cidrIp("0.0.0.0/0")).build();
        List<String> rules = onBothNodes(4, client -> client.authorizeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(https))
                .securityGroupRules().get(0).securityGroupRuleId());
        assertThat(rules).filteredOn(s -> s.startsWith("sgr-")).hasSize(1);
        assertThat(rules).filteredOn(s -> !s.startsWith("sgr-")).containsOnly("InvalidPermission.Duplicate");

        // a client token holds across nodes
        String first = a.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(subnet).clientToken("once"))
                .reservationId();
        assertThat(b.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(subnet).clientToken("once"))
                .reservationId()).isEqualTo(first);

        // both describe the same
        assertThat(b.describeInstances().reservations()).isEqualTo(a.describeInstances().reservations());
        assertThat(b.describeSubnets(r -> r.filters(f -> f.name("vpc-id").values(vpc))).subnets())
                .isEqualTo(a.describeSubnets(r -> r.filters(f -> f.name("vpc-id").values(vpc))).subnets());
    }

    /** A new account's first calls reach both nodes at once: each answers, and the account has one default VPC. */
    @Test
    void aNewAccountsFirstCallsOnBothNodesMakeOneDefaultVpc() throws Exception {
        List<String> defaults = onBothNodes(4, "444444444444", client -> client.describeVpcs(r -> r.filters(f -> f.name("is-default")
                .values("true"))).vpcs().get(0).vpcId());
        assertThat(defaults).hasSize(8).allSatisfy(v -> assertThat(v).startsWith("vpc-")).containsOnly(defaults.get(0));
        assertThat(ec2(nodeB, "444444444444").describeSubnets().subnets()).hasSize(6);
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The managed cache policy Managed-CachingOptimized. */
    private static final String CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";

    private static ElasticLoadBalancingV2Client elbv2(ConfigurableApplicationContext node, String account) {
        return SdkClients.elbv2(endpoint(node), account);
    }

    private static Route53Client route53(ConfigurableApplicationContext node, String account) {
        return SdkClients.route53(endpoint(node), account);
    }

    private static CloudFrontClient cloudFront(ConfigurableApplicationContext node, String account) {
        return SdkClients.cloudFront(endpoint(node), account);
    }

    /** A call of a node's JSON API (or of its CloudFront viewer side), as an account. */
    private static HttpResponse<String> send(ConfigurableApplicationContext node, String account, String method, String path, Object body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint(node).resolve(path)).header("X-Netsim-Account", account)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode post(ConfigurableApplicationContext node, String account, String path, Object body) throws Exception {
        HttpResponse<String> response = send(node, account, "POST", path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /**
     * Follows a transient state from both nodes until it has passed: each round asks A, then B, so
     * B, asked last, may be ahead of A but never behind it — both nodes read the same stored times.
     */
    private static void bothNodesPassFromTo(Supplier<String> onA, Supplier<String> onB, String from, String to) throws InterruptedException {
        assertThat(onA.get()).as("just after the change").isEqualTo(from);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            String a = onA.get();
            String b = onB.get();
            assertThat(a).isIn(from, to);
            if (a.equals(to)) {
                assertThat(b).as("node B after node A said " + to).isEqualTo(to);
                return;
            }
            assertThat(b).isIn(from, to);
            assertThat(System.nanoTime()).as("the state passed within 15 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void waitForRunning(Ec2Client ec2, String... instanceIds) {
        try (Ec2Waiter waiter = Ec2Waiter.builder().client(ec2).overrideConfiguration(o -> o.maxAttempts(100)
                .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(100)))).build()) {
            waiter.waitUntilInstanceRunning(r -> r.instanceIds(instanceIds)).matched().response().orElseThrow();
        }
    }

    /** A distribution of one custom origin, "web", cached by Managed-CachingOptimized. */
    private static String createDistribution(CloudFrontClient cloudFront, String reference) {
        Origin web = Origin.builder().id("web").domainName("origin.example.com")
                .customOriginConfig(c -> c.httpPort(80).httpsPort(443).originProtocolPolicy("https-only")).build();
        return cloudFront.createDistribution(r -> r.distributionConfig(c -> c.callerReference(reference).comment(reference).enabled(true)
                .origins(o -> o.quantity(1).items(web))
                .defaultCacheBehavior(b -> b.targetOriginId("web").cachePolicyId(CACHING_OPTIMIZED).viewerProtocolPolicy(ViewerProtocolPolicy.ALLOW_ALL))))
                .distribution().id();
    }

    private static Action fixedResponse(String status) {
        return Action.builder().type(ActionTypeEnum.FIXED_RESPONSE).fixedResponseConfig(f -> f.statusCode(status).contentType("text/plain")).build();
    }

    /** Done means: a reachability analysis on node B sees a security-group change just committed on node A. */
    @Test
    void aReachabilityAnalysisOnOneNodeSeesARuleJustChangedOnTheOther() throws Exception {
        String account = "555555555555";
        Ec2Client a = ec2(nodeA, account);
        TwoTierNetwork net = TwoTierNetwork.build(a);
        waitForRunning(ec2(nodeB, account), net.webInstanceId(), net.dbInstanceId());
        Map<String, Object> rdp = Map.of("source", net.internetGatewayId(), "destination", net.webInstanceId(), "protocol", "tcp",
                "destinationPort", 3389);
        JsonNode blocked = post(nodeB, account, "/api/simulate/reachability", rdp);
        assertThat(blocked.get("pathFound").asBoolean()).as(blocked.toString()).isFalse();

        IpPermission rdpFromAnywhere = IpPermission.builder().ipProtocol("tcp").fromPort(3389).toPort(3389).ipRanges(x -> x.cidrIp("0.0.0.0/0"))
                .build();
        String rule = a.authorizeSecurityGroupIngress(r -> r.groupId(net.webGroupId()).ipPermissions(rdpFromAnywhere)).securityGroupRules().get(0)
                .securityGroupRuleId();
        JsonNode open = post(nodeB, account, "/api/simulate/reachability", rdp);
        assertThat(open.get("pathFound").asBoolean()).as(open.toString()).isTrue();
        assertThat(open.get("forwardPath").toString()).contains(rule);

        a.revokeSecurityGroupIngress(r -> r.groupId(net.webGroupId()).securityGroupRuleIds(rule));
        assertThat(post(nodeB, account, "/api/simulate/reachability", rdp).get("pathFound").asBoolean()).isFalse();
    }

    @Test
    void aLoadBalancerOnOneNodeForwardsToTargetsRegisteredOnTheOther() throws Exception {
        String account = "666666666666";
        Ec2Client ec2 = ec2(nodeA, account);
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        String subnetA = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.1.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        String subnetB = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.1.2.0/24").availabilityZone("us-east-1b")).subnet().subnetId();
        String first = ec2.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(subnetA)).instances().get(0)
                .instanceId();
        String second = ec2.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(subnetB)).instances().get(0)
                .instanceId();
        waitForRunning(ec2, first, second);
        ElasticLoadBalancingV2Client elbA = elbv2(nodeA, account);
        ElasticLoadBalancingV2Client elbB = elbv2(nodeB, account);
        String lb = elbA.createLoadBalancer(r -> r.name("team").scheme("internal").subnets(subnetA, subnetB)).loadBalancers().get(0).loadBalancerArn();
        String group = elbA.createTargetGroup(r -> r.name("team-web").protocol(ProtocolEnum.HTTP).port(80).vpcId(vpc)).targetGroups().get(0)
                .targetGroupArn();
        String listener = elbA.createListener(r -> r.loadBalancerArn(lb).port(80).protocol(ProtocolEnum.HTTP)
                .defaultActions(fixedResponse("503"))).listeners().get(0).listenerArn();
        try (ElasticLoadBalancingV2Waiter waiter = ElasticLoadBalancingV2Waiter.builder().client(elbB).overrideConfiguration(o -> o.maxAttempts(100)
                .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(100)))).build()) {
            waiter.waitUntilLoadBalancerAvailable(r -> r.loadBalancerArns(lb)).matched().response().orElseThrow();
        }
        Map<String, Object> request = Map.of("listenerPort", 80, "path", "/", "clientAvailabilityZone", "us-east-1b");
        JsonNode fixed = post(nodeB, account, "/api/simulate/load-balancers/team/requests", request);
        assertThat(fixed.path("action").path("statusCode").asInt()).as(fixed.toString()).isEqualTo(503);
        // a rule added on A: B's model of the load balancer (which nothing would make stale by itself) is compiled again
        elbA.createRule(r -> r.listenerArn(listener).priority(1).conditions(c -> c.field("path-pattern").values("/*"))
                .actions(fixedResponse("404")));
        JsonNode ruled = post(nodeB, account, "/api/simulate/load-balancers/team/requests", request);
        assertThat(ruled.path("action").path("statusCode").asInt()).as(ruled.toString()).isEqualTo(404);

        elbA.modifyRule(r -> r.ruleArn(elbA.describeRules(d -> d.listenerArn(listener)).rules().get(0).ruleArn())
                .actions(x -> x.type(ActionTypeEnum.FORWARD).targetGroupArn(group)));
        elbA.registerTargets(r -> r.targetGroupArn(group).targets(t -> t.id(first)));
        assertThat(post(nodeB, account, "/api/simulate/load-balancers/team/requests", request).path("target").path("id").asString())
                .isEqualTo(first);

        elbA.registerTargets(r -> r.targetGroupArn(group).targets(t -> t.id(second)));
        elbA.deregisterTargets(r -> r.targetGroupArn(group).targets(t -> t.id(first)));
        JsonNode moved = post(nodeB, account, "/api/simulate/load-balancers/team/requests", request);
        assertThat(moved.path("target").path("id").asString()).as(moved.toString()).isEqualTo(second);
    }

    @Test
    void dnsAnswersOnOneNodeFollowRecordsAndLocationsChangedOnTheOther() throws Exception {
        String account = "777777777777";
        Route53Client r53 = route53(nodeA, account);
        String zone = r53.createHostedZone(r -> r.name("team.example").callerReference("team")).hostedZone().id();
        Map<String, Object> question = Map.of("name", "www.team.example", "type", "A");
        for (String address : List.of("192.0.2.10", "192.0.2.20")) {
            r53.changeResourceRecordSets(r -> r.hostedZoneId(zone).changeBatch(b -> b.changes(c -> c.action(ChangeAction.UPSERT)
                    .resourceRecordSet(s -> s.name("www.team.example").type(RRType.A).ttl(60L).resourceRecords(v -> v.value(address))))));
            JsonNode answer = post(nodeB, account, "/api/simulate/dns", question);
            assertThat(answer.get("answer").toString()).as(answer.toString()).contains(address);
        }

        HttpResponse<String> replaced = send(nodeA, account, "PUT", "/api/simulate/dns/locations",
                List.of(Map.of("cidr", "203.0.113.0/24", "continent", "SA", "country", "BR", "region", "sa-east-1")));
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(send(nodeB, account, "GET", "/api/simulate/dns/locations", null).body()).contains("sa-east-1").doesNotContain("us-east-1");
    }

    @Test
    void aDistributionMadeOnOneNodeServesViewersOfTheOtherAndItsInvalidationsReachTheOthersCache() throws Exception {
        String account = "888888888888";
        assertThat(send(nodeB, account, "GET", "/_cloudfront/EDFDVBD6EXAMPLE/index.html", null).statusCode()).isEqualTo(404);
        CloudFrontClient a = cloudFront(nodeA, account);
        String id = createDistribution(a, "team");
        HttpResponse<String> objects = send(nodeA, account, "PUT", "/api/simulate/cdn/" + id + "/origins/web/objects", Map.of("objects",
                List.of(Map.of("path", "/index.html", "status", 200, "headers", Map.of("Cache-Control", "max-age=600"), "bodySize", 64))));
        assertThat(objects.statusCode()).as(objects.body()).isEqualTo(204);

        HttpResponse<String> viewer = send(nodeB, account, "GET", "/_cloudfront/" + id + "/index.html", null);
        assertThat(viewer.statusCode()).as("node B knows the distribution node A made").isEqualTo(200);
        assertThat(viewer.headers().firstValue("X-Cache")).hasValue("Miss from cloudfront");
        Map<String, Object> request = Map.of("path", "/index.html", "edge", "FRA");
        assertThat(post(nodeB, account, "/api/simulate/cdn/" + id + "/requests", request).path("outcome").asString()).isEqualTo("Miss");
        assertThat(post(nodeB, account, "/api/simulate/cdn/" + id + "/requests", request).path("outcome").asString()).isEqualTo("Hit");

        a.createInvalidation(r -> r.distributionId(id).invalidationBatch(b -> b.callerReference("all").paths(p -> p.quantity(1).items("/*"))));
        Thread.sleep(5); // the invalidation removes what was cached before it, by the millisecond
        JsonNode after = post(nodeB, account, "/api/simulate/cdn/" + id + "/requests", request);
        assertThat(after.path("outcome").asString()).as(after.toString()).isEqualTo("Miss");
    }

    @Test
    void transientStatesAndWaitersAgreeWhicheverNodeAnswers() throws Exception {
        String account = "999999999999";
        Ec2Client a = ec2(nodeA, account);
        Ec2Client b = ec2(nodeB, account);
        String instance = a.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1)).instances().get(0).instanceId();
        Function<Ec2Client, String> state = ec2 -> ec2.describeInstances(r -> r.instanceIds(instance)).reservations().get(0).instances().get(0)
                .state().nameAsString();
        bothNodesPassFromTo(() -> state.apply(a), () -> state.apply(b), "pending", "running");
        waitForRunning(b, instance);

        String subnet = a.describeSubnets().subnets().get(0).subnetId();
        String otherSubnet = a.describeSubnets().subnets().get(1).subnetId();
        ElasticLoadBalancingV2Client elbA = elbv2(nodeA, account);
        ElasticLoadBalancingV2Client elbB = elbv2(nodeB, account);
        String lb = elbA.createLoadBalancer(r -> r.name("states").scheme("internal").subnets(subnet, otherSubnet)).loadBalancers().get(0).loadBalancerArn();
        Function<ElasticLoadBalancingV2Client, String> lbState = elb -> elb.describeLoadBalancers(r -> r.loadBalancerArns(lb)).loadBalancers().get(0)
                .state().codeAsString();
        bothNodesPassFromTo(() -> lbState.apply(elbA), () -> lbState.apply(elbB), "provisioning", "active");

        CloudFrontClient cfA = cloudFront(nodeA, account);
        CloudFrontClient cfB = cloudFront(nodeB, account);
        String distribution = createDistribution(cfA, "states");
        Function<CloudFrontClient, String> deployed = cf -> cf.getDistribution(r -> r.id(distribution)).distribution().status();
        bothNodesPassFromTo(() -> deployed.apply(cfA), () -> deployed.apply(cfB), "InProgress", "Deployed");
    }

    /** POST /api/reset on one node is a reset for every node: the other makes the account's default VPC anew rather than trusting its memory. */
    @Test
    void aResetOnOneNodeIsAResetOfTheOther() throws Exception {
        String account = "121212121212";
        Ec2Client b = ec2(nodeB, account);
        String defaultVpc = b.describeVpcs().vpcs().get(0).vpcId();
        b.createVpc(r -> r.cidrBlock("10.9.0.0/16"));
        assertThat(send(nodeA, account, "POST", "/api/reset", null).statusCode()).isEqualTo(204);
        assertThat(b.describeVpcs().vpcs()).extracting(Vpc::vpcId).containsExactly(defaultVpc);
        assertThat(b.describeSubnets().subnets()).hasSize(6);
    }

    /** Eight advances of a second at once, four on each node: the account's simulation clock moves eight seconds, on both. */
    @Test
    void concurrentAdvancesOfTheSimulationClockAddUp() throws Exception {
        String account = "131313131313";
        java.time.Instant before = java.time.Instant.parse(post(nodeA, account, "/api/simulate/clock", Map.of("advanceSeconds", 0))
                .path("now").asString());
        List<String> moved = onEachNode(4, node -> {
            try {
                return post(node, account, "/api/simulate/clock", Map.of("advanceSeconds", 1)).path("now").asString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(moved).hasSize(8);
        java.time.Instant after = java.time.Instant.parse(post(nodeB, account, "/api/simulate/clock", Map.of("advanceSeconds", 0))
                .path("now").asString());
        assertThat(Duration.between(before, after)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(20));
    }

    /** Public addresses, a region's VPC quota and a listener's rule priorities, asked of both nodes at once. */
    @Test
    void publicAddressesQuotasAndRulePrioritiesHoldAcrossNodes() throws Exception {
        String account = "141414141414";
        // the default VPC is one of the region's five: four more, whichever node makes them
        List<String> vpcs = onBothNodes(4, account, client -> client.createVpc(r -> r.cidrBlock("10.2.0.0/16")).vpc().vpcId());
        assertThat(vpcs).filteredOn(v -> v.startsWith("vpc-")).hasSize(4).doesNotHaveDuplicates();
        assertThat(vpcs).filteredOn(v -> !v.startsWith("vpc-")).containsOnly("VpcLimitExceeded");
        assertThat(ec2(nodeA, account).describeVpcs().vpcs()).hasSize(5);

        // five Elastic IPs a Region: five different addresses, whichever node allocates them
        List<String> addresses = onBothNodes(4, account, client -> client.allocateAddress(r -> r.domain("vpc")).publicIp());
        assertThat(addresses).filteredOn(a -> !a.equals("AddressLimitExceeded")).hasSize(5).doesNotHaveDuplicates()
                .allSatisfy(ip -> assertThat(ip).matches("\\d+\\.\\d+\\.\\d+\\.\\d+"));

        Ec2Client ec2 = ec2(nodeA, account);
        List<String> subnets = ec2.describeSubnets().subnets().stream().map(software.amazon.awssdk.services.ec2.model.Subnet::subnetId).toList();
        String lb = elbv2(nodeA, account).createLoadBalancer(r -> r.name("priorities").scheme("internal").subnets(subnets.get(0), subnets.get(1)))
                .loadBalancers().get(0).loadBalancerArn();
        String listener = elbv2(nodeA, account).createListener(r -> r.loadBalancerArn(lb).port(80).protocol(ProtocolEnum.HTTP)
                .defaultActions(fixedResponse("503"))).listeners().get(0).listenerArn();
        List<String> rules = onEachNode(4, node -> {
            try {
                return elbv2(node, account).createRule(r -> r.listenerArn(listener).priority(7).conditions(c -> c.field("path-pattern")
                        .values("/seven")).actions(fixedResponse("200"))).rules().get(0).priority();
            } catch (AwsServiceException e) {
                return e.awsErrorDetails().errorCode();
            }
        });
        assertThat(rules).filteredOn("7"::equals).hasSize(1);
        assertThat(rules).filteredOn(r -> !"7".equals(r)).containsOnly("PriorityInUse");
    }
}
