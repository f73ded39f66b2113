package dev.netsim.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.netsim.NetsimApplication;
import dev.netsim.support.TestStorage;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.IpPermission;

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

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(NetsimApplication.class).run("--server.port=0", "--server.address=127.0.0.1", "--netsim.dns.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=");
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

    private static Ec2Client ec2(ConfigurableApplicationContext node, String account) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return Ec2Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** Each call made by a thread of its own, half on each node: results or AWS error codes. */
    private static List<String> onBothNodes(int perNode, java.util.function.Function<Ec2Client, String> call) throws Exception {
        return onBothNodes(perNode, "333333333333", call);
    }

    private static List<String> onBothNodes(int perNode, String account, java.util.function.Function<Ec2Client, String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(perNode * 2);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < perNode * 2; i++) {
                Ec2Client client = ec2(i % 2 == 0 ? nodeA : nodeB, account);
                Callable<String> task = () -> {
                    try {
                        return call.apply(client);
                    } catch (AwsServiceException e) {
                        return e.awsErrorDetails().errorCode();
                    }
                };
                futures.add(pool.submit(task));
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
}
