package dev.netsim.route53.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.sun.net.httpserver.HttpServer;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.route53.model.HealthCheckType;
import software.amazon.awssdk.services.route53.model.RRType;

/**
 * Real Route 53 health checks of an endpoint on this machine: checked every RequestInterval, the
 * status flips after FailureThreshold results that disagree with it, and DNS answers follow. Changes
 * stay PENDING for the configured propagation delay. The test drives the checks' clock itself.
 */
@TestPropertySource(properties = {"netsim.elbv2.health-checks.probe=true", "netsim.elbv2.health-checks.tick=1h",
        "netsim.elbv2.health-checks.probe-addresses=10.0.1.50=127.0.0.1", "netsim.route53.health-checks.probe=true",
        "netsim.route53.health-checks.tick=1h", "netsim.route53.health-checks.probe-addresses=203.0.113.10=127.0.0.1",
        "netsim.route53.change-propagation-delay=1s"}) // the same properties as HealthProbeTest's, so both share one application context
class Route53ProbeTest extends NetsimIntegrationTest {

    @Autowired
    private Route53HealthProber prober;
    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private int port;

    @BeforeEach
    void endpointOnThisMachine() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health", exchange -> {
            byte[] body = "service ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String status(String id) {
        return route53().getHealthCheckStatus(r -> r.healthCheckId(id)).healthCheckObservations().get(0).statusReport().status();
    }

    @Test
    void anEndpointHereIsCheckedEveryIntervalAndFlipsAfterTheThreshold() throws Exception {
        String check = route53().createHealthCheck(r -> r.callerReference("probe").healthCheckConfig(c -> c.type(HealthCheckType.HTTP_STR_MATCH)
                .ipAddress("203.0.113.10").port(port).resourcePath("/health").searchString("ok").requestInterval(10).failureThreshold(2)))
                .healthCheck().id();
        String zone = route53().createHostedZone(r -> r.name("example.com").callerReference("z")).hostedZone().id();
        var change = route53().changeResourceRecordSets(r -> r.hostedZoneId(zone).changeBatch(b -> b.changes(
                dev.netsim.route53.RecordSetWireTest.change(software.amazon.awssdk.services.route53.model.ChangeAction.CREATE,
                        dev.netsim.route53.RecordSetWireTest.set("app.example.com", "A", 60, "192.0.2.10").toBuilder().setIdentifier("p")
                                .failover("PRIMARY").healthCheckId(check).build()),
                dev.netsim.route53.RecordSetWireTest.change(software.amazon.awssdk.services.route53.model.ChangeAction.CREATE,
                        dev.netsim.route53.RecordSetWireTest.set("app.example.com", "A", 60, "192.0.2.20").toBuilder().setIdentifier("s")
                                .failover("SECONDARY").build())))).changeInfo();
        assertThat(route53().getChange(r -> r.id(change.id())).changeInfo().statusAsString()).isEqualTo("PENDING");

        Instant start = Instant.now().plusSeconds(1);
        prober.checkDue(start);
        assertThat(status(check)).isEqualTo("Success: HTTP Status Code 200, OK");

        status.set(503);
        prober.checkDue(start.plusSeconds(5));
        assertThat(status(check)).as("not due before the interval").startsWith("Success");
        prober.checkDue(start.plusSeconds(10));
        assertThat(status(check)).as("one failure of two").startsWith("Failure: HTTP Status Code 503");
        assertThat(answer(zone)).as("still healthy after one failure").isEqualTo("192.0.2.10");
        prober.checkDue(start.plusSeconds(20));
        assertThat(answer(zone)).as("unhealthy after the second").isEqualTo("192.0.2.20");

        status.set(200);
        prober.checkDue(start.plusSeconds(30));
        prober.checkDue(start.plusSeconds(40));
        assertThat(answer(zone)).isEqualTo("192.0.2.10");
        assertThat(insyncWithin(change.id(), Duration.ofSeconds(5))).as("INSYNC once the propagation delay (1 s) has passed").isTrue();
    }

    private boolean insyncWithin(String changeId, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (route53().getChange(r -> r.id(changeId)).changeInfo().statusAsString().equals("INSYNC")) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private String answer(String zone) {
        return route53().testDNSAnswer(r -> r.hostedZoneId(zone).recordName("app.example.com").recordType(RRType.A)).recordData().get(0);
    }
}
