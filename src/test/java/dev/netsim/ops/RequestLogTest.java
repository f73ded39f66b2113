package dev.netsim.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.regions.Region;

/** One log line per request: front door, service, action, account, region, status, milliseconds. */
class RequestLogTest extends NetsimIntegrationTest {

    private final Logger requestLog = (Logger) LoggerFactory.getLogger("netsim.requests");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void capture() {
        lines.start();
        requestLog.addAppender(lines);
        requestLog.setLevel(Level.INFO);
    }

    @AfterEach
    void release() {
        requestLog.detachAppender(lines);
        requestLog.setLevel(null);
    }

    /**
     * Exactly one line mentions {@code marker}. The line is written when the server thread
     * finishes, which may be just after the client has its answer, so it is awaited.
     */
    private void awaitOneLine(String marker, Consumer<String> line) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(List.copyOf(lines.list))
                .map(ILoggingEvent::getFormattedMessage).filteredOn(m -> m.contains(marker)).singleElement().satisfies(line::accept));
    }

    @Test
    void wireAndJsonRequestsAreLoggedOnce() throws Exception {
        ec2(ACCOUNT_A, Region.EU_WEST_1).describeVpcs();
        awaitOneLine("action=DescribeVpcs", line -> assertThat(line).matches("door=wire service=ec2 action=DescribeVpcs account=111111111111 region=eu-west-1 status=200 ms=\\d+\\.\\d\\d sql=\\d+"));

        send(java.net.http.HttpRequest.newBuilder(endpoint().resolve("/api/ec2/vpcs/vpc-0123456789abcdef0")).GET());
        awaitOneLine("door=json", line -> assertThat(line).matches("door=json service=ec2 action=GET /api/ec2/vpcs/\\{vpcId} account=000000000000 region=us-east-1 status=404 ms=\\d+\\.\\d\\d sql=\\d+"));

        route53().listHostedZones();
        awaitOneLine("service=route53", line -> assertThat(line).startsWith("door=wire service=route53 action=ListHostedZones account=000000000000 region=global status=200"));
    }
}
