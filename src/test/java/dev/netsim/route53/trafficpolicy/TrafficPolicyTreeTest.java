package dev.netsim.route53.trafficpolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.netsim.common.AwsException;
import dev.netsim.simulation.dns.AliasEndpoint;
import dev.netsim.simulation.dns.DnsAnswer;
import dev.netsim.simulation.dns.DnsAnswerEngine;
import dev.netsim.simulation.dns.DnsCatalog;
import dev.netsim.simulation.dns.DnsQuery;
import dev.netsim.simulation.dns.HealthVerdicts;
import dev.netsim.simulation.dns.LocationTable;
import dev.netsim.simulation.dns.RecordSet;
import dev.netsim.simulation.dns.TrafficPolicyTree;
import dev.netsim.simulation.dns.ZoneSnapshot;

/** Traffic policy documents read into rule trees, and the answers the engine gives from them. */
class TrafficPolicyTreeTest {

    private static final String HEAD = "{\"AWSPolicyFormatVersion\":\"2015-10-01\",\"RecordType\":\"A\",";
    private static final String VALUES = "\"Endpoints\":{\"blue\":{\"Type\":\"value\",\"Value\":\"192.0.2.1\"},"
            + "\"green\":{\"Type\":\"value\",\"Value\":\"192.0.2.2\"},\"grey\":{\"Type\":\"value\",\"Value\":\"192.0.2.3\"},"
            + "\"lb\":{\"Type\":\"application-load-balancer\",\"Value\":\"web-1.us-east-1.elb.amazonaws.com\"}}";
    private static final AliasEndpoint.Key LB = new AliasEndpoint.Key("Z35SXDOTRQ7X7K", "web-1.us-east-1.elb.amazonaws.com.");

    private final Map<String, HealthVerdicts.Verdict> health = new HashMap<>();
    private final Map<AliasEndpoint.Key, AliasEndpoint> endpoints = new HashMap<>();

    private static String document(String start, String rules) {
        return HEAD + start + "," + VALUES + ",\"Rules\":{" + rules + "}}";
    }

    private DnsAnswerEngine engine(String document) {
        TrafficPolicyTree tree = TrafficPolicyDocuments.tree("instance-1", "policy-1", 1, document, "www.example.com.", 30,
                (type, dnsName) -> dnsName.equals(LB.dnsName()) ? LB : null);
        RecordSet policyRecord = new RecordSet("www.example.com.", "A", null, null, List.of(), null, null, null, null, null, null, null, null, null,
                "instance-1");
        ZoneSnapshot zone = new ZoneSnapshot("Z1", "000000000000", "example.com.", false, Set.of(), List.of(policyRecord));
        return new DnsAnswerEngine(new DnsCatalog(List.of(zone), health, endpoints, Map.of(), Map.of("instance-1", tree), LocationTable.defaults()));
    }

    private static DnsAnswer ask(DnsAnswerEngine engine, String client, Random random) {
        return engine.answer(new DnsQuery("www.example.com", "A", client, null), random);
    }

    private static List<String> values(DnsAnswer answer) {
        return answer.answerView().stream().map(DnsAnswer.Answered::value).toList();
    }

    @Test
    void weightedRuleAnswersInProportionWithTheInstanceTtl() {
        DnsAnswerEngine engine = engine(document("\"StartRule\":\"split\"", "\"split\":{\"RuleType\":\"weighted\",\"Items\":["
                + "{\"EndpointReference\":\"blue\",\"Weight\":\"1\"},{\"EndpointReference\":\"green\",\"Weight\":3}]}"));
        Random random = new Random(7);
        int green = 0;
        for (int i = 0; i < 4000; i++) {
            if (values(ask(engine, "127.0.0.1", random)).equals(List.of("192.0.2.2"))) {
                green++;
            }
        }
        assertThat(green / 4000.0).isBetween(0.72, 0.78);
        DnsAnswer answer = ask(engine, "127.0.0.1", random);
        assertThat(answer.policy()).isEqualTo("traffic policy");
        assertThat(answer.answerView()).singleElement().satisfies(a -> assertThat(a.ttl()).isEqualTo(30));
        assertThat(answer.explanation()).anyMatch(s -> s.contains("traffic policy record: instance instance-1 applies version 1 of traffic policy policy-1"))
                .anyMatch(s -> s.contains("Rule 'split' routes by weighted routing")).anyMatch(s -> s.contains("Weighted routing: drew"));
    }

    @Test
    void failoverRuleFollowsThePrimaryHealthCheckIntoANestedRule() {
        String document = document("\"StartRule\":\"site\"",
                "\"site\":{\"RuleType\":\"failover\",\"Primary\":{\"RuleReference\":\"pair\",\"HealthCheck\":\"hc-primary\"},"
                        + "\"Secondary\":{\"EndpointReference\":\"grey\"}},"
                        + "\"pair\":{\"RuleType\":\"multivalue\",\"Items\":[{\"EndpointReference\":\"blue\"},{\"EndpointReference\":\"green\"}]}");
        assertThat(values(ask(engine(document), "127.0.0.1", new Random(1)))).containsExactlyInAnyOrder("192.0.2.1", "192.0.2.2");

        health.put("hc-primary", new HealthVerdicts.Verdict(false, "health check hc-primary is unhealthy"));
        DnsAnswer failedOver = ask(engine(document), "127.0.0.1", new Random(1));
        assertThat(values(failedOver)).containsExactly("192.0.2.3");
        assertThat(failedOver.explanation()).anyMatch(s -> s.contains("'pair' is unhealthy: health check hc-primary is unhealthy"))
                .anyMatch(s -> s.contains("the secondary 'grey' answers"));

        health.remove("hc-primary");
        assertThat(values(ask(engine(document), "127.0.0.1", new Random(1)))).hasSize(2);
    }

    @Test
    void evaluateTargetHealthLooksThroughRulesAndLoadBalancers() {
        String rules = "\"site\":{\"RuleType\":\"failover\",\"Primary\":{\"RuleReference\":\"inner\"},\"Secondary\":{\"EndpointReference\":\"grey\"}},"
                + "\"inner\":{\"RuleType\":\"weighted\",\"Items\":[{\"EndpointReference\":\"blue\",\"Weight\":1,\"HealthCheck\":\"hc-blue\"},"
                + "{\"EndpointReference\":\"lb\",\"Weight\":1}]}";
        endpoints.put(LB, new AliasEndpoint("load balancer web", List.of("10.0.1.10"), List.of(), 60, false));
        health.put("hc-blue", new HealthVerdicts.Verdict(false, "health check hc-blue is unhealthy"));
        // both branches of the inner rule are unhealthy, so the primary is, and the secondary answers
        assertThat(values(ask(engine(document("\"StartRule\":\"site\"", rules)), "127.0.0.1", new Random(3)))).containsExactly("192.0.2.3");

        endpoints.put(LB, new AliasEndpoint("load balancer web", List.of("10.0.1.10"), List.of(), 60, true));
        DnsAnswer toBalancer = ask(engine(document("\"StartRule\":\"site\"", rules)), "127.0.0.1", new Random(3));
        assertThat(values(toBalancer)).containsExactly("10.0.1.10");
        assertThat(toBalancer.explanation()).anyMatch(s -> s.contains("Endpoint 'lb' answers the addresses of load balancer web"));
    }

    @Test
    void geoRuleUsesTheMostSpecificLocationAndLatencyTheNearestRegion() {
        DnsAnswerEngine geo = engine(document("\"StartRule\":\"where\"", "\"where\":{\"RuleType\":\"geo\",\"Locations\":["
                + "{\"EndpointReference\":\"blue\",\"Country\":\"US\",\"Subdivision\":\"VA\"},{\"EndpointReference\":\"green\",\"Continent\":\"EU\"},"
                + "{\"EndpointReference\":\"grey\",\"IsDefault\":true}]}"));
        assertThat(values(ask(geo, "127.0.0.1", new Random(1)))).containsExactly("192.0.2.1");
        assertThat(values(ask(geo, "192.0.2.9", new Random(1)))).containsExactly("192.0.2.2");
        assertThat(values(ask(geo, "198.51.100.9", new Random(1)))).containsExactly("192.0.2.3");

        DnsAnswerEngine latency = engine(document("\"StartRule\":\"near\"", "\"near\":{\"RuleType\":\"latency\",\"Regions\":["
                + "{\"EndpointReference\":\"blue\",\"Region\":\"us-east-1\"},{\"EndpointReference\":\"green\",\"Region\":\"ap-northeast-1\"}]}"));
        assertThat(values(ask(latency, "198.51.100.9", new Random(1)))).containsExactly("192.0.2.2");

        DnsAnswerEngine proximity = engine(document("\"StartRule\":\"near\"", "\"near\":{\"RuleType\":\"geoproximity\",\"GeoproximityLocations\":["
                + "{\"EndpointReference\":\"blue\",\"Region\":\"aws:route53:us-east-1\"},"
                + "{\"EndpointReference\":\"green\",\"Latitude\":\"50.1\",\"Longitude\":\"8.7\",\"Bias\":\"-50\"}]}"));
        assertThat(values(ask(proximity, "192.0.2.9", new Random(1)))).containsExactly("192.0.2.2");
    }

    @Test
    void aStartEndpointAnswersItself() {
        DnsAnswerEngine engine = engine(HEAD + "\"StartEndpoint\":\"blue\"," + VALUES + "}");
        assertThat(values(ask(engine, "127.0.0.1", new Random(1)))).containsExactly("192.0.2.1");
    }

    @Test
    void documentsAreCheckedWhole() {
        assertThat(TrafficPolicyDocuments.check(document("\"StartRule\":\"r\"", "\"r\":{\"RuleType\":\"multivalue\",\"Items\":[{\"EndpointReference\":\"blue\"}]}")))
                .isEqualTo("A");
        assertInvalid(document("\"StartRule\":\"r\"", "\"r\":{\"RuleType\":\"weighted\",\"Items\":[{\"RuleReference\":\"r\",\"Weight\":1}]}"),
                "rule r is reached from itself");
        assertInvalid(document("\"StartRule\":\"r\"", "\"r\":{\"RuleType\":\"weighted\",\"Items\":[{\"EndpointReference\":\"nowhere\",\"Weight\":1}]}"),
                "references endpoint nowhere, which is not defined");
        assertInvalid(document("\"StartRule\":\"r\"", "\"r\":{\"RuleType\":\"weighted\",\"Items\":[{\"EndpointReference\":\"blue\",\"Weight\":256}]}"),
                "Weight of rule r must be a whole number from 0 to 255");
        assertInvalid(document("\"StartRule\":\"r\"", "\"r\":{\"RuleType\":\"failover\",\"Primary\":{\"EndpointReference\":\"blue\"}}"),
                "rule r needs Secondary");
        assertInvalid(document("\"StartRule\":\"r\"", "\"r\":{\"RuleType\":\"latency\",\"Regions\":[{\"EndpointReference\":\"blue\",\"Region\":\"mars-1\"}]}"),
                "mars-1, which is no AWS Region");
        assertInvalid(document("\"StartRule\":\"r\"", "\"r\":{\"RuleType\":\"geo\",\"Locations\":[{\"EndpointReference\":\"blue\",\"Subdivision\":\"WA\"}]}"),
                "exactly one of IsDefault, Continent and Country");
        assertInvalid(document("\"StartRule\":\"r\"", "\"r\":{\"RuleType\":\"multivalue\",\"Items\":[{\"RuleReference\":\"r\"}]}"),
                "reference endpoints, not rules");
        assertInvalid(document("\"StartRule\":\"r\"", "\"r\":{\"RuleType\":\"geoproximity\",\"GeoproximityLocations\":[{\"EndpointReference\":\"blue\","
                + "\"Region\":\"us-east-1\"}]}"), "is written aws:route53:region");
        assertInvalid(document("\"StartRule\":\"r\"", "\"r\":{\"RuleType\":\"roundrobin\"}"), "needs a RuleType of");
        assertInvalid(HEAD + "\"StartEndpoint\":\"bad\",\"Endpoints\":{\"bad\":{\"Type\":\"value\",\"Value\":\"not-an-address\"}}}",
                "not-an-address of endpoint bad is not a valid A value");
        assertInvalid(HEAD.replace("\"A\"", "\"TXT\"") + "\"StartEndpoint\":\"lb\",\"Endpoints\":{\"lb\":{\"Type\":\"cloudfront\",\"Value\":\"d1.cloudfront.net\"}}}",
                "needs a RecordType of A or AAAA");
        assertInvalid(HEAD + "\"StartRule\":\"r\",\"StartEndpoint\":\"blue\"," + VALUES + "}", "exactly one of StartRule and StartEndpoint");
        assertInvalid("{\"AWSPolicyFormatVersion\":\"2012-10-17\",\"RecordType\":\"A\"}", "AWSPolicyFormatVersion must be one of");
    }

    private static void assertInvalid(String document, String message) {
        assertThatThrownBy(() -> TrafficPolicyDocuments.check(document)).isInstanceOf(AwsException.class)
                .hasMessageContaining(message).satisfies(e -> assertThat(((AwsException) e).code()).isEqualTo("InvalidTrafficPolicyDocument"));
    }
}
