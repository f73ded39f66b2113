package dev.netsim.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;

import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.route53.Route53Client;

/**
 * Base of the tests that drive the running app with real AWS SDK v2 clients. Every test starts
 * from an empty Netsim ({@code POST /api/reset}). Hibernate validates the entities against the
 * Flyway schema here, and every repository query is checked at start-up (production skips the one
 * and defers the other to start faster).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"server.address=127.0.0.1",
        "spring.jpa.hibernate.ddl-auto=validate", "spring.data.jpa.repositories.bootstrap-mode=default",
        "netsim.default-scope-at-start=false", "netsim.dns.port=0"})
public abstract class NetsimIntegrationTest {

    /** H2 in memory, or a PostgreSQL database of the test JVM's embedded server (-Dnetsim.test.storage=postgres). */
    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        TestStorage.register(registry);
    }

    /** Access key ids that are 12-digit account ids act in that account. */
    protected static final String ACCOUNT_A = "111111111111";
    protected static final String ACCOUNT_B = "222222222222";

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    protected void resetNetsim() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint().resolve("/api/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("reset failed: " + response.statusCode() + " " + response.body());
        }
    }

    protected URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    protected StaticCredentialsProvider credentials(String accessKeyId) {
        return SdkClients.credentials(accessKeyId);
    }

    protected Ec2Client ec2() {
        return ec2("AKIAIOSFODNN7EXAMPLE", Region.US_EAST_1);
    }

    protected Ec2Client ec2(String accessKeyId, Region region) {
        return SdkClients.ec2(endpoint(), accessKeyId, region);
    }

    protected ElasticLoadBalancingV2Client elbv2() {
        return SdkClients.elbv2(endpoint(), "AKIAIOSFODNN7EXAMPLE");
    }

    protected Route53Client route53(String accessKeyId) {
        return SdkClients.route53(endpoint(), accessKeyId);
    }

    protected Route53Client route53() {
        return route53("AKIAIOSFODNN7EXAMPLE");
    }

    protected CloudFrontClient cloudFront() {
        return SdkClients.cloudFront(endpoint(), "AKIAIOSFODNN7EXAMPLE");
    }

    /** A VPC (10.0.0.0/16) with an internet gateway and a subnet in us-east-1a (10.0.1.0/24) and one in us-east-1b (10.0.2.0/24). */
    protected record TwoZoneVpc(String vpcId, String subnetA, String subnetB) {
    }

    /** The network a load balancer in two zones needs, internet-facing or internal. */
    protected TwoZoneVpc twoZoneVpc() {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        attachInternetGateway(vpcId);
        String a = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        String b = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.2.0/24").availabilityZone("us-east-1b")).subnet().subnetId();
        return new TwoZoneVpc(vpcId, a, b);
    }

    /** Gives the VPC an internet gateway, as an internet-facing load balancer needs. */
    protected String attachInternetGateway(String vpcId) {
        String igw = ec2().createInternetGateway().internetGateway().internetGatewayId();
        ec2().attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpcId));
        return igw;
    }

    /** POSTs {@code body} as JSON to one of Netsim's JSON APIs and answers the 200 response's document. */
    protected tools.jackson.databind.JsonNode postJson(String path, Object body) throws Exception {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** Sends a raw request and returns the response, for what no SDK would send. */
    protected HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
