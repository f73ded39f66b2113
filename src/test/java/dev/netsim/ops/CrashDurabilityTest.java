package dev.netsim.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.netsim.NetsimApplication;
import dev.netsim.support.TestStorage;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Vpc;

/**
 * {@code netsim.storage=file}, or PostgreSQL when the suite runs on it: a server process killed
 * with SIGKILL in the middle of a burst of writes loses none it acknowledged, and the next process
 * on the same storage finds every acknowledged VPC whole.
 */
class CrashDurabilityTest {

    private static final int WRITERS = 4;

    @TempDir
    Path dataDir;

    /** The file under the data directory, or one PostgreSQL database both processes use. */
    private List<String> storage;

    @BeforeEach
    void chooseStorage() {
        storage = TestStorage.postgres()
                ? List.of("--spring.datasource.url=" + TestStorage.newDatabase(), "--spring.datasource.username=postgres", "--spring.datasource.password=")
                : List.of("--netsim.storage=file", "--netsim.data-dir=" + dataDir);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Process startServer(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), NetsimApplication.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--logging.level.root=WARN", "--netsim.quotas.vpcs-per-region=100000"));
        command.addAll(storage);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dataDir.resolve("server-" + System.nanoTime() + ".log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("server process exited while starting").isTrue();
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/?Action=DescribeRegions&Version=2016-11-15")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not answer within 120 s");
    }

    private static Ec2Client ec2(int port) {
        return Ec2Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                // no retries: a write counts as acknowledged only when its own answer arrived
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        int port = freePort();
        Process server = startServer(port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (Ec2Client ec2 = ec2(port)) {
            for (int w = 0; w < WRITERS; w++) {
                writers.submit(() -> {
                    while (!stop.get()) {
                        try {
                            acknowledged.add(ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")
                                    .tagSpecifications(t -> t.resourceType("vpc").tags(tag -> tag.key("burst").value("yes")))).vpc().vpcId());
                        } catch (RuntimeException killedMidRequest) {
                            return;
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 60 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no close of the database
            server.waitFor(30, TimeUnit.SECONDS);
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            server.destroyForcibly();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60);

        Process restarted = startServer(port);
        try (Ec2Client ec2 = ec2(port)) {
            List<Vpc> burst = ec2.describeVpcs(r -> r.filters(Filter.builder().name("tag:burst").values("yes").build())).vpcs();
            assertThat(burst).extracting(Vpc::vpcId).containsAll(acknowledged);
            for (Vpc vpc : burst) {
                // each VPC came back whole: its main route table, default network ACL and default security group
                Filter inVpc = Filter.builder().name("vpc-id").values(vpc.vpcId()).build();
                assertThat(ec2.describeRouteTables(r -> r.filters(inVpc)).routeTables()).as("route tables of " + vpc.vpcId()).hasSize(1);
                assertThat(ec2.describeNetworkAcls(r -> r.filters(inVpc)).networkAcls()).as("network ACLs of " + vpc.vpcId()).hasSize(1);
                assertThat(ec2.describeSecurityGroups(r -> r.filters(inVpc)).securityGroups()).as("groups of " + vpc.vpcId()).hasSize(1);
            }
        } finally {
            restarted.destroyForcibly();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
