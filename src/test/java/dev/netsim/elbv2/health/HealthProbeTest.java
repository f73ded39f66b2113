package dev.netsim.elbv2.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.sun.net.httpserver.HttpServer;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealth;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetTypeEnum;

/**
 * Real health checks: a target mapped to a server on this machine turns healthy after the healthy
 * threshold of good answers and unhealthy after the unhealthy threshold of bad ones, with AWS's
 * reasons; a target that answers nowhere here keeps its simulated health. The test drives the
 * checks' clock itself (the background tick is an hour).
 */
@TestPropertySource(properties = {"netsim.elbv2.health-checks.probe=true", "netsim.elbv2.health-checks.tick=1h",
        "netsim.elbv2.health-checks.probe-addresses=10.0.1.50=127.0.0.1", "netsim.route53.health-checks.probe=true",
        "netsim.route53.health-checks.tick=1h", "netsim.route53.health-checks.probe-addresses=203.0.113.10=127.0.0.1",
        "netsim.route53.change-propagation-delay=1s"}) // the same properties as Route53ProbeTest's, so both share one application context
class HealthProbeTest extends NetsimIntegrationTest {

    @Autowired
    private HealthProber prober;
    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private String groupArn;

    @BeforeEach
    void targetOnThisMachine() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/healthz", exchange -> {
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        int port = server.getAddress().getPort();
        TwoZoneVpc vpc = twoZoneVpc();
        String lb = elbv2().createLoadBalancer(r -> r.name("probed").subnets(vpc.subnetA(), vpc.subnetB()).scheme("internal")).loadBalancers()
                .get(0).loadBalancerArn();
        groupArn = elbv2().createTargetGroup(r -> r.name("probed").protocol(ProtocolEnum.HTTP).port(port).vpcId(vpc.vpcId())
                .targetType(TargetTypeEnum.IP).healthCheckPath("/healthz").healthCheckIntervalSeconds(5).healthCheckTimeoutSeconds(2)
                .healthyThresholdCount(2).unhealthyThresholdCount(2)).targetGroups().get(0).targetGroupArn();
        elbv2().createListener(r -> r.loadBalancerArn(lb).port(80).protocol(ProtocolEnum.HTTP)
                .defaultActions(Action.builder().type(ActionTypeEnum.FORWARD).targetGroupArn(groupArn).build()));
        elbv2().registerTargets(r -> r.targetGroupArn(groupArn).targets(t -> t.id("10.0.1.50").port(port), t -> t.id("10.0.1.60").port(port)));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private TargetHealth health(String id) {
        return elbv2().describeTargetHealth(r -> r.targetGroupArn(groupArn)).targetHealthDescriptions().stream()
                .filter(d -> d.target().id().equals(id)).findFirst().orElseThrow().targetHealth();
    }

    @Test
    void aTargetThatAnswersHereTakesItsHealthFromItsChecks() {
        Instant start = Instant.now().plusSeconds(1);
        prober.checkDueTargets(start);
        assertThat(health("10.0.1.50").stateAsString()).isEqualTo("initial");
        assertThat(health("10.0.1.50").reasonAsString()).isEqualTo("Elb.InitialHealthChecking");

        prober.checkDueTargets(start.plusSeconds(2));
        assertThat(health("10.0.1.50").stateAsString()).as("not due before the interval").isEqualTo("initial");
        prober.checkDueTargets(start.plusSeconds(5));
        assertThat(health("10.0.1.50").stateAsString()).isEqualTo("healthy");

        status.set(503);
        prober.checkDueTargets(start.plusSeconds(10));
        assertThat(health("10.0.1.50").stateAsString()).as("one failure is below the threshold").isEqualTo("healthy");
        prober.checkDueTargets(start.plusSeconds(15));
        TargetHealth unhealthy = health("10.0.1.50");
        assertThat(unhealthy.stateAsString()).isEqualTo("unhealthy");
        assertThat(unhealthy.reasonAsString()).isEqualTo("Target.ResponseCodeMismatch");
        assertThat(unhealthy.description()).isEqualTo("Health checks failed with these codes: [503]");

        status.set(200);
        prober.checkDueTargets(start.plusSeconds(20));
        prober.checkDueTargets(start.plusSeconds(25));
        assertThat(health("10.0.1.50").stateAsString()).isEqualTo("healthy");

        assertThat(health("10.0.1.60").stateAsString()).as("answers nowhere on this machine: not probed").isEqualTo("healthy");
        assertThat(health("10.0.1.60").description()).isNull();
    }

    @Test
    void matchersTakeCodesAndRanges() {
        assertThat(HealthCheckProbe.matches("200", 200)).isTrue();
        assertThat(HealthCheckProbe.matches("200,302", 302)).isTrue();
        assertThat(HealthCheckProbe.matches("200-299", 204)).isTrue();
        assertThat(HealthCheckProbe.matches("200-299", 301)).isFalse();
        assertThat(HealthCheckProbe.check("TCP", "127.0.0.1", server.getAddress().getPort(), null, null, java.time.Duration.ofSeconds(2), false)
                .healthy()).isTrue();
        server.stop(0);
        HealthCheckProbe.Result refused = HealthCheckProbe.check("HTTP", "127.0.0.1", server.getAddress().getPort(), "/healthz", "200",
                java.time.Duration.ofSeconds(2), true);
        assertThat(refused.reason()).isEqualTo("Target.FailedHealthChecks");
    }
}
