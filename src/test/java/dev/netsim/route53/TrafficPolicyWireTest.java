package dev.netsim.route53;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.TestDnsAnswerResponse;
import software.amazon.awssdk.services.route53.model.TrafficPolicyInstance;

/** Traffic policies (checked documents of one record type, in versions) and their instances, which answer DNS queries. */
class TrafficPolicyWireTest extends NetsimIntegrationTest {

    private static final String DOCUMENT = "{\"AWSPolicyFormatVersion\":\"2015-10-01\",\"RecordType\":\"A\",\"StartRule\":\"site\","
            + "\"Endpoints\":{\"blue\":{\"Type\":\"value\",\"Value\":\"192.0.2.1\"},\"green\":{\"Type\":\"value\",\"Value\":\"192.0.2.2\"}},"
            + "\"Rules\":{\"site\":{\"RuleType\":\"weighted\",\"Items\":[{\"EndpointReference\":\"blue\",\"Weight\":\"1\"},"
            + "{\"EndpointReference\":\"green\",\"Weight\":\"3\"}]}}}";

    @Test
    void policiesAreCheckedAndVersioned() {
        var created = route53().createTrafficPolicy(r -> r.name("site").document(DOCUMENT).comment("first")).trafficPolicy();
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.typeAsString()).isEqualTo("A");
        assertAwsError(() -> route53().createTrafficPolicy(r -> r.name("site").document(DOCUMENT)), "TrafficPolicyAlreadyExists", 409);
        assertAwsError(() -> route53().createTrafficPolicy(r -> r.name("bad").document("{\"AWSPolicyFormatVersion\":\"2015-10-01\"}")),
                "InvalidTrafficPolicyDocument", 400);
        assertAwsError(() -> route53().createTrafficPolicy(r -> r.name("bad").document(DOCUMENT.replace("\"StartRule\":\"site\"",
                "\"StartRule\":\"nowhere\""))), "InvalidTrafficPolicyDocument", 400);

        var second = route53().createTrafficPolicyVersion(r -> r.id(created.id()).document(DOCUMENT).comment("second")).trafficPolicy();
        assertThat(second.version()).isEqualTo(2);
        assertAwsError(() -> route53().createTrafficPolicyVersion(r -> r.id(created.id()).document(DOCUMENT.replace("\"RecordType\":\"A\"",
                "\"RecordType\":\"AAAA\""))), "InvalidTrafficPolicyDocument", 400);
        assertThat(route53().getTrafficPolicy(r -> r.id(created.id()).version(1)).trafficPolicy().comment()).isEqualTo("first");
        assertThat(route53().updateTrafficPolicyComment(r -> r.id(created.id()).version(1).comment("renamed")).trafficPolicy().comment())
                .isEqualTo("renamed");
        assertThat(route53().listTrafficPolicies().trafficPolicySummaries()).singleElement()
                .satisfies(s -> assertThat(s.latestVersion()).isEqualTo(2)).satisfies(s -> assertThat(s.trafficPolicyCount()).isEqualTo(2));
        assertThat(route53().listTrafficPolicyVersions(r -> r.id(created.id())).trafficPolicies()).hasSize(2);

        // as on AWS, a deleted version is only flagged: still there to Get, gone from the lists
        route53().deleteTrafficPolicy(r -> r.id(created.id()).version(1));
        assertThat(route53().getTrafficPolicy(r -> r.id(created.id()).version(1)).trafficPolicy().comment()).isEqualTo("renamed");
        assertThat(route53().listTrafficPolicyVersions(r -> r.id(created.id())).trafficPolicies()).singleElement()
                .satisfies(v -> assertThat(v.version()).isEqualTo(2));
        assertAwsError(() -> route53().deleteTrafficPolicy(r -> r.id(created.id()).version(1)), "NoSuchTrafficPolicy", 404);
        assertAwsError(() -> route53().deleteTrafficPolicy(r -> r.id(created.id()).version(7)), "NoSuchTrafficPolicy", 404);
    }

    @Test
    void anInstanceAppliesAPolicyAtANameAndAnswersFromIt() {
        String zone = route53().createHostedZone(r -> r.name("example.com").callerReference("z")).hostedZone().id();
        var policy = route53().createTrafficPolicy(r -> r.name("site").document(DOCUMENT)).trafficPolicy();
        var created = route53().createTrafficPolicyInstance(r -> r.hostedZoneId(zone).name("www.example.com").ttl(60L)
                .trafficPolicyId(policy.id()).trafficPolicyVersion(1));
        TrafficPolicyInstance instance = created.trafficPolicyInstance();
        assertThat(created.location()).isEqualTo("https://route53.amazonaws.com/2013-04-01/trafficpolicyinstance/" + instance.id());
        assertThat(instance.state()).isEqualTo("Applied");
        assertThat(instance.message()).isEmpty();
        assertThat(instance.name()).isEqualTo("www.example.com.");
        assertThat(instance.ttl()).isEqualTo(60L);
        assertThat(instance.trafficPolicyTypeAsString()).isEqualTo("A");
        assertThat(zone).endsWith(instance.hostedZoneId());

        // Route 53 keeps one record set at the name, which carries the instance's id
        assertThat(route53().listResourceRecordSets(r -> r.hostedZoneId(zone)).resourceRecordSets())
                .filteredOn(s -> s.name().equals("www.example.com.")).singleElement()
                .satisfies(s -> assertThat(s.trafficPolicyInstanceId()).isEqualTo(instance.id()))
                .satisfies(s -> assertThat(s.resourceRecords()).isEmpty());
        TestDnsAnswerResponse answer = route53().testDNSAnswer(r -> r.hostedZoneId(zone).recordName("www.example.com").recordType(RRType.A));
        assertThat(answer.responseCode()).isEqualTo("NOERROR");
        assertThat(answer.recordData()).singleElement().isIn("192.0.2.1", "192.0.2.2");

        assertThat(route53().getTrafficPolicyInstance(r -> r.id(instance.id())).trafficPolicyInstance()).isEqualTo(instance);
        assertThat(route53().getTrafficPolicyInstanceCount(r -> { }).trafficPolicyInstanceCount()).isEqualTo(1);
        assertThat(route53().listTrafficPolicyInstances(r -> { }).trafficPolicyInstances()).containsExactly(instance);
        assertThat(route53().listTrafficPolicyInstancesByHostedZone(r -> r.hostedZoneId(zone)).trafficPolicyInstances()).containsExactly(instance);
        assertThat(route53().listTrafficPolicyInstancesByPolicy(r -> r.trafficPolicyId(policy.id()).trafficPolicyVersion(1))
                .trafficPolicyInstances()).containsExactly(instance);
        assertThat(route53().getAccountLimit(r -> r.type("MAX_TRAFFIC_POLICY_INSTANCES_BY_OWNER")).count()).isEqualTo(1);
        assertThat(route53().getAccountLimit(r -> r.type("MAX_TRAFFIC_POLICIES_BY_OWNER")).count()).isEqualTo(1);

        // a version in use cannot be deleted; a new version of another record type cannot replace it
        assertAwsError(() -> route53().deleteTrafficPolicy(r -> r.id(policy.id()).version(1)), "TrafficPolicyInUse", 400);
        var ipv6 = route53().createTrafficPolicy(r -> r.name("six").document(DOCUMENT.replace("\"RecordType\":\"A\"", "\"RecordType\":\"AAAA\"")
                .replace("192.0.2.1", "2001:db8::1").replace("192.0.2.2", "2001:db8::2"))).trafficPolicy();
        assertAwsError(() -> route53().updateTrafficPolicyInstance(r -> r.id(instance.id()).ttl(60L).trafficPolicyId(ipv6.id())
                .trafficPolicyVersion(1)), "ConflictingTypes", 400);

        var second = route53().createTrafficPolicyVersion(r -> r.id(policy.id()).document(DOCUMENT.replace("\"StartRule\":\"site\"",
                "\"StartEndpoint\":\"green\""))).trafficPolicy();
        var updated = route53().updateTrafficPolicyInstance(r -> r.id(instance.id()).ttl(120L).trafficPolicyId(policy.id())
                .trafficPolicyVersion(second.version())).trafficPolicyInstance();
        assertThat(updated.trafficPolicyVersion()).isEqualTo(2);
        assertThat(updated.ttl()).isEqualTo(120L);
        assertThat(route53().testDNSAnswer(r -> r.hostedZoneId(zone).recordName("www.example.com").recordType(RRType.A)).recordData())
                .containsExactly("192.0.2.2");
        route53().deleteTrafficPolicy(r -> r.id(policy.id()).version(1));

        // the record holds the name, so a second instance there fails as AWS reports it
        var failed = route53().createTrafficPolicyInstance(r -> r.hostedZoneId(zone).name("WWW.example.com.").ttl(60L)
                .trafficPolicyId(policy.id()).trafficPolicyVersion(2)).trafficPolicyInstance();
        assertThat(failed.state()).isEqualTo("Failed");
        assertThat(failed.message()).contains("but it already exists");
        assertThat(route53().listResourceRecordSets(r -> r.hostedZoneId(zone)).resourceRecordSets())
                .filteredOn(s -> s.name().equals("www.example.com.")).singleElement()
                .satisfies(s -> assertThat(s.trafficPolicyInstanceId()).isEqualTo(instance.id()));

        // deleting the instance deletes its record set; then the zone can go
        route53().deleteTrafficPolicyInstance(r -> r.id(instance.id()));
        route53().deleteTrafficPolicyInstance(r -> r.id(failed.id()));
        assertAwsError(() -> route53().getTrafficPolicyInstance(r -> r.id(instance.id())), "NoSuchTrafficPolicyInstance", 404);
        assertAwsError(() -> route53().deleteTrafficPolicyInstance(r -> r.id(instance.id())), "NoSuchTrafficPolicyInstance", 404);
        assertThat(route53().testDNSAnswer(r -> r.hostedZoneId(zone).recordName("www.example.com").recordType(RRType.A)).responseCode())
                .isEqualTo("NXDOMAIN");
        route53().deleteHostedZone(r -> r.id(zone));
    }

    @Test
    void instancesAreCheckedBeforeAnythingChanges() {
        String zone = route53().createHostedZone(r -> r.name("example.com").callerReference("z")).hostedZone().id();
        var policy = route53().createTrafficPolicy(r -> r.name("site").document(DOCUMENT)).trafficPolicy();
        assertAwsError(() -> route53().createTrafficPolicyInstance(r -> r.hostedZoneId("Z0000000000000000000").name("www.example.com").ttl(60L)
                .trafficPolicyId(policy.id()).trafficPolicyVersion(1)), "NoSuchHostedZone", 404);
        assertAwsError(() -> route53().createTrafficPolicyInstance(r -> r.hostedZoneId(zone).name("www.example.org").ttl(60L)
                .trafficPolicyId(policy.id()).trafficPolicyVersion(1)), "InvalidInput", 400);
        assertAwsError(() -> route53().createTrafficPolicyInstance(r -> r.hostedZoneId(zone).name("www.example.com").ttl(60L)
                .trafficPolicyId(policy.id()).trafficPolicyVersion(9)), "NoSuchTrafficPolicy", 404);
        assertAwsError(() -> route53().createTrafficPolicyInstance(r -> r.hostedZoneId(zone).name("www.example.com").ttl(-1L)
                .trafficPolicyId(policy.id()).trafficPolicyVersion(1)), "InvalidInput", 400);
        assertAwsError(() -> route53().getTrafficPolicyInstance(r -> r.id("no-such-instance")), "NoSuchTrafficPolicyInstance", 404);
        assertAwsError(() -> route53().listTrafficPolicyInstancesByPolicy(r -> r.trafficPolicyId(policy.id()).trafficPolicyVersion(9)),
                "NoSuchTrafficPolicy", 404);
        assertThat(route53().listResourceRecordSets(r -> r.hostedZoneId(zone)).resourceRecordSets()).hasSize(2);
        assertThat(route53().getTrafficPolicyInstanceCount(r -> { }).trafficPolicyInstanceCount()).isZero();

        // five instances per account, listed in pages by zone, name and type
        for (int i = 1; i <= 5; i++) {
            String name = "a" + i + ".example.com";
            route53().createTrafficPolicyInstance(r -> r.hostedZoneId(zone).name(name).ttl(60L).trafficPolicyId(policy.id()).trafficPolicyVersion(1));
        }
        assertAwsError(() -> route53().createTrafficPolicyInstance(r -> r.hostedZoneId(zone).name("a6.example.com").ttl(60L)
                .trafficPolicyId(policy.id()).trafficPolicyVersion(1)), "TooManyTrafficPolicyInstances", 400);
        var first = route53().listTrafficPolicyInstances(r -> r.maxItems("2"));
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.trafficPolicyInstances()).extracting(TrafficPolicyInstance::name).containsExactly("a1.example.com.", "a2.example.com.");
        var rest = route53().listTrafficPolicyInstances(r -> r.maxItems("10").hostedZoneIdMarker(first.hostedZoneIdMarker())
                .trafficPolicyInstanceNameMarker(first.trafficPolicyInstanceNameMarker())
                .trafficPolicyInstanceTypeMarker(first.trafficPolicyInstanceTypeMarker()));
        assertThat(rest.isTruncated()).isFalse();
        assertThat(rest.trafficPolicyInstances()).extracting(TrafficPolicyInstance::name)
                .containsExactly("a3.example.com.", "a4.example.com.", "a5.example.com.");
        var byZone = route53().listTrafficPolicyInstancesByHostedZone(r -> r.hostedZoneId(zone).maxItems("4"));
        assertThat(byZone.trafficPolicyInstanceNameMarker()).isEqualTo("a5.example.com.");
    }
}
