package dev.netsim.route53;

import static dev.netsim.route53.RecordSetWireTest.change;
import static dev.netsim.route53.RecordSetWireTest.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.HealthCheckType;

/** Many clients at once: each reference is claimed once, and a zone's batches apply one after another. */
class Route53ConcurrencyTest extends NetsimIntegrationTest {

    private static List<String> outcomes(int threads, Callable<String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    try {
                        return call.call();
                    } catch (AwsServiceException e) {
                        return e.awsErrorDetails().errorCode();
                    }
                }));
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
    void concurrentCreationsWithOneCallerReferenceMakeOneZoneAndOneHealthCheck() throws Exception {
        List<String> zones = outcomes(8, () -> route53().createHostedZone(r -> r.name("example.com").callerReference("same")).hostedZone().id());
        assertThat(zones).filteredOn(z -> z.startsWith("Z")).hasSize(1);
        assertThat(zones).filteredOn(z -> !z.startsWith("Z")).containsOnly("HostedZoneAlreadyExists");

        List<String> checks = outcomes(8, () -> route53().createHealthCheck(r -> r.callerReference("same")
                .healthCheckConfig(c -> c.type(HealthCheckType.HTTP).ipAddress("192.0.2.1"))).healthCheck().id());
        assertThat(checks).hasSize(8).containsOnly(checks.get(0)).allMatch(id -> id.length() == 36); // one check, the same for each
        assertThat(route53().listHealthChecks().healthChecks()).hasSize(1);
    }

    @Test
    void concurrentBatchesOnOneZoneApplyOneAfterAnother() throws Exception {
        String zoneId = route53().createHostedZone(r -> r.name("example.com").callerReference("z")).hostedZone().id();
        List<String> results = outcomes(8, () -> route53().changeResourceRecordSets(r -> r.hostedZoneId(zoneId).changeBatch(b -> b.changes(
                change(ChangeAction.CREATE, set("www.example.com", "A", 60, "192.0.2.1"))))).changeInfo().statusAsString());
        assertThat(results).containsOnlyOnce("PENDING").filteredOn(s -> !s.equals("PENDING")).containsOnly("InvalidChangeBatch");
        assertThat(route53().getHostedZone(r -> r.id(zoneId)).hostedZone().resourceRecordSetCount()).isEqualTo(3);
    }
}
