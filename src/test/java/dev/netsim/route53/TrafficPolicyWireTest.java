package dev.netsim.route53;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;

/** Traffic policies: checked documents of one record type, in versions. */
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

        route53().deleteTrafficPolicy(r -> r.id(created.id()).version(1));
        assertAwsError(() -> route53().getTrafficPolicy(r -> r.id(created.id()).version(1)), "NoSuchTrafficPolicy", 404);
        assertThat(route53().listTrafficPolicyVersions(r -> r.id(created.id())).trafficPolicies()).hasSize(1);
    }
}
