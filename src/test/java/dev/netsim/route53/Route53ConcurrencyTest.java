package dev.netsim.route53;

import static dev.netsim.route53.RecordSetWireTest.change;
import static dev.netsim.route53.RecordSetWireTest.set;
import static dev.netsim.support.Concurrently.outcomes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.HealthCheckType;

/** Many clients at once: each reference is claimed once, and a zone's batches apply one after another. */
class Route53ConcurrencyTest extends NetsimIntegrationTest {

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
