package dev.netsim.route53;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.HealthCheck;
import software.amazon.awssdk.services.route53.model.HealthCheckConfig;
import software.amazon.awssdk.services.route53.model.HealthCheckObservation;
import software.amazon.awssdk.services.route53.model.HealthCheckType;
import software.amazon.awssdk.services.route53.model.ResettableElementName;
import software.amazon.awssdk.services.route53.model.Tag;
import software.amazon.awssdk.services.route53.model.TagResourceType;

class HealthCheckWireTest extends NetsimIntegrationTest {

    private HealthCheck create(String reference, HealthCheckConfig config) {
        return route53().createHealthCheck(r -> r.callerReference(reference).healthCheckConfig(config)).healthCheck();
    }

    private static HealthCheckConfig http(String ip) {
        return HealthCheckConfig.builder().type(HealthCheckType.HTTP).ipAddress(ip).resourcePath("/health").build();
    }

    private void setHealthy(String id, boolean healthy) throws Exception {
        var response = send(java.net.http.HttpRequest.newBuilder(endpoint().resolve("/api/simulate/health-checks/" + id + "/status"))
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"healthy\":" + healthy + "}")));
        assertThat(response.statusCode()).isEqualTo(204);
    }

    private List<String> statuses(String id) {
        return route53().getHealthCheckStatus(r -> r.healthCheckId(id)).healthCheckObservations().stream()
                .map(o -> o.statusReport().status()).toList();
    }

    @Test
    void createFillsAwsDefaultsAndIsIdempotentPerCallerReference() {
        var created = route53().createHealthCheck(r -> r.callerReference("hc-1").healthCheckConfig(http("192.0.2.10")));
        HealthCheck check = created.healthCheck();
        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("https://route53.amazonaws.com/2013-04-01/healthcheck/" + check.id());
        assertThat(check.id()).matches("[0-9a-f-]{36}");
        assertThat(check.healthCheckVersion()).isEqualTo(1L);
        assertThat(check.healthCheckConfig().port()).isEqualTo(80);
        assertThat(check.healthCheckConfig().requestInterval()).isEqualTo(30);
        assertThat(check.healthCheckConfig().failureThreshold()).isEqualTo(3);

        assertThat(create("hc-1", http("192.0.2.10")).id()).isEqualTo(check.id());
        assertAwsError(() -> create("hc-1", http("192.0.2.11")), "HealthCheckAlreadyExists", 409);
        assertThat(route53().getHealthCheck(r -> r.healthCheckId(check.id())).healthCheck().healthCheckConfig().resourcePath()).isEqualTo("/health");
        assertThat(route53().listHealthChecks().healthChecks()).hasSize(1);
        assertThat(route53().getHealthCheckCount().healthCheckCount()).isEqualTo(1L);
        assertThat(route53().getCheckerIpRanges().checkerIpRanges()).contains("107.23.255.0/26");
    }

    @Test
    void badConfigurationsAreInvalidInput() {
        assertAwsError(() -> create("a", HealthCheckConfig.builder().type(HealthCheckType.HTTP).build()), "InvalidInput", 400);
        assertAwsError(() -> create("b", http("192.0.2.10").toBuilder().requestInterval(20).build()), "InvalidInput", 400);
        assertAwsError(() -> create("c", http("192.0.2.10").toBuilder().failureThreshold(11).build()), "InvalidInput", 400);
        assertAwsError(() -> create("d", HealthCheckConfig.builder().type(HealthCheckType.HTTP_STR_MATCH).ipAddress("192.0.2.10").build()),
                "InvalidInput", 400);
        assertAwsError(() -> create("e", HealthCheckConfig.builder().type(HealthCheckType.TCP).ipAddress("192.0.2.10").build()), "InvalidInput", 400);
        assertAwsError(() -> create("f", http("not-an-ip")), "InvalidInput", 400);
        assertAwsError(() -> create("g", HealthCheckConfig.builder().type(HealthCheckType.CALCULATED).childHealthChecks("nope").build()),
                "InvalidInput", 400);
        assertAwsError(() -> route53().getHealthCheck(r -> r.healthCheckId("00000000-0000-0000-0000-000000000000")), "NoSuchHealthCheck", 404);
        assertThat(route53().listHealthChecks().healthChecks()).isEmpty();
    }

    @Test
    void updatesNeedTheCurrentVersionAndResetElements() {
        HealthCheck check = create("hc", http("192.0.2.10").toBuilder().fullyQualifiedDomainName("www.example.com").build());
        HealthCheck updated = route53().updateHealthCheck(r -> r.healthCheckId(check.id()).healthCheckVersion(1L).port(8080).failureThreshold(5)
                .resetElements(ResettableElementName.FULLY_QUALIFIED_DOMAIN_NAME)).healthCheck();
        assertThat(updated.healthCheckVersion()).isEqualTo(2L);
        assertThat(updated.healthCheckConfig().port()).isEqualTo(8080);
        assertThat(updated.healthCheckConfig().failureThreshold()).isEqualTo(5);
        assertThat(updated.healthCheckConfig().fullyQualifiedDomainName()).isNull();
        assertAwsError(() -> route53().updateHealthCheck(r -> r.healthCheckId(check.id()).healthCheckVersion(1L).port(81)),
                "HealthCheckVersionMismatch", 409);
    }

    @Test
    void statusFollowsTheSimulationAndCalculatedChecksCombineTheirChildren() throws Exception {
        String a = create("a", http("192.0.2.10")).id();
        String b = create("b", http("192.0.2.11")).id();
        String inverted = create("i", http("192.0.2.12").toBuilder().inverted(true).build()).id();
        String both = create("c", HealthCheckConfig.builder().type(HealthCheckType.CALCULATED).childHealthChecks(a, b).healthThreshold(2).build()).id();
        assertThat(statuses(a)).hasSize(8).allMatch(s -> s.startsWith("Success"));
        assertThat(statuses(inverted)).allMatch(s -> s.startsWith("Failure"));
        assertThat(statuses(both)).allMatch(s -> s.startsWith("Success"));

        setHealthy(b, false);
        assertThat(statuses(b)).allMatch(s -> s.startsWith("Failure"));
        assertThat(statuses(both)).allMatch(s -> s.startsWith("Failure")).allMatch(s -> s.contains("1 of 2 child health checks are healthy"));
        assertThat(route53().getHealthCheckLastFailureReason(r -> r.healthCheckId(b)).healthCheckObservations())
                .extracting(HealthCheckObservation::regionAsString).contains("us-east-1", "eu-west-1");
        assertThat(route53().getHealthCheckLastFailureReason(r -> r.healthCheckId(a)).healthCheckObservations()).isEmpty();

        assertAwsError(() -> route53().deleteHealthCheck(r -> r.healthCheckId(a)), "HealthCheckInUse", 400);
        route53().deleteHealthCheck(r -> r.healthCheckId(both));
        route53().deleteHealthCheck(r -> r.healthCheckId(a));
        assertAwsError(() -> route53().getHealthCheck(r -> r.healthCheckId(a)), "NoSuchHealthCheck", 404);
    }

    @Test
    void aCheckUsedByARecordSetCannotBeDeletedAndUnknownChecksCannotBeUsed() {
        String zoneId = route53().createHostedZone(r -> r.name("example.com").callerReference("z")).hostedZone().id();
        String check = create("hc", http("192.0.2.10")).id();
        route53().changeResourceRecordSets(r -> r.hostedZoneId(zoneId).changeBatch(b -> b.changes(RecordSetWireTest.change(ChangeAction.CREATE,
                RecordSetWireTest.weighted("www.example.com", "one", 1, "192.0.2.10").toBuilder().healthCheckId(check).build()))));
        assertAwsError(() -> route53().deleteHealthCheck(r -> r.healthCheckId(check)), "HealthCheckInUse", 400);
        assertAwsError(() -> route53().changeResourceRecordSets(r -> r.hostedZoneId(zoneId).changeBatch(b -> b.changes(RecordSetWireTest.change(
                ChangeAction.CREATE, RecordSetWireTest.weighted("www.example.com", "two", 1, "192.0.2.11").toBuilder()
                        .healthCheckId("00000000-0000-0000-0000-000000000000").build())))), "InvalidChangeBatch", 400);
    }

    @Test
    void zonesAndChecksCarryTags() {
        String zoneId = route53().createHostedZone(r -> r.name("example.com").callerReference("z")).hostedZone().id();
        String check = create("hc", http("192.0.2.10")).id();
        route53().changeTagsForResource(r -> r.resourceType(TagResourceType.HOSTEDZONE).resourceId(zoneId)
                .addTags(Tag.builder().key("env").value("test").build(), Tag.builder().key("team").value("net").build()));
        route53().changeTagsForResource(r -> r.resourceType(TagResourceType.HEALTHCHECK).resourceId(check)
                .addTags(Tag.builder().key("env").value("prod").build()));
        route53().changeTagsForResource(r -> r.resourceType(TagResourceType.HOSTEDZONE).resourceId(zoneId).removeTagKeys("team")
                .addTags(Tag.builder().key("env").value("staging").build()));
        assertThat(route53().listTagsForResource(r -> r.resourceType(TagResourceType.HOSTEDZONE).resourceId(zoneId)).resourceTagSet().tags())
                .extracting(Tag::key, Tag::value).containsExactly(org.assertj.core.groups.Tuple.tuple("env", "staging"));
        var sets = route53().listTagsForResources(r -> r.resourceType(TagResourceType.HEALTHCHECK).resourceIds(check)).resourceTagSets();
        assertThat(sets).singleElement().satisfies(s -> assertThat(s.tags()).extracting(Tag::value).containsExactly("prod"));
        assertAwsError(() -> route53().listTagsForResource(r -> r.resourceType(TagResourceType.HOSTEDZONE).resourceId("ZNOTHERE")),
                "NoSuchHostedZone", 404);
    }
}
