package dev.netsim.route53;

import static dev.netsim.route53.RecordSetWireTest.change;
import static dev.netsim.route53.RecordSetWireTest.set;
import static dev.netsim.route53.RecordSetWireTest.weighted;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xbill.DNS.ClientSubnetOption;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

import dev.netsim.dataplane.dns.DnsServer;
import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.HealthCheckType;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.TestDnsAnswerResponse;

/** The answers of TestDNSAnswer, the JSON simulation and the DNS server, from the same zones. */
class DnsAnswerWireTest extends NetsimIntegrationTest {

    @Autowired
    private DnsServer server;

    private String zoneId;

    private String zoneWith(ResourceRecordSet... sets) {
        zoneId = route53().createHostedZone(r -> r.name("example.com").callerReference("z")).hostedZone().id();
        route53().changeResourceRecordSets(r -> r.hostedZoneId(zoneId).changeBatch(b -> b.changes(Arrays.stream(sets)
                .map(s -> change(ChangeAction.CREATE, s)).toList())));
        return zoneId;
    }

    private Message dig(String name, int type, boolean tcp, ClientSubnetOption subnet) throws Exception {
        SimpleResolver resolver = new SimpleResolver(InetAddress.getLoopbackAddress());
        resolver.setPort(server.port());
        resolver.setTCP(tcp);
        resolver.setTimeout(Duration.ofSeconds(5));
        if (subnet != null) {
            resolver.setEDNS(0, 1232, 0, List.of(subnet));
        }
        resolver.setIgnoreTruncation(true);
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
    }

    private static List<String> answers(Message m) {
        return m.getSection(Section.ANSWER).stream().map(Record::rdataToString).toList();
    }

    @Test
    void testDnsAnswerAppliesTheRoutingPolicyAndHealth() throws Exception {
        String check = route53().createHealthCheck(r -> r.callerReference("hc").healthCheckConfig(c -> c.type(HealthCheckType.HTTP)
                .ipAddress("192.0.2.1"))).healthCheck().id();
        zoneWith(set("www.example.com", "A", 300, "192.0.2.10"),
                set("f.example.com", "A", 60, "192.0.2.1").toBuilder().setIdentifier("p").failover("PRIMARY").healthCheckId(check).build(),
                set("f.example.com", "A", 60, "192.0.2.2").toBuilder().setIdentifier("s").failover("SECONDARY").build());
        TestDnsAnswerResponse www = route53().testDNSAnswer(r -> r.hostedZoneId(zoneId).recordName("www.example.com").recordType(RRType.A));
        assertThat(www.recordData()).containsExactly("192.0.2.10");
        assertThat(www.responseCode()).isEqualTo("NOERROR");
        assertThat(www.protocol()).isEqualTo("UDP");
        assertThat(www.nameserver()).matches("ns-\\d+\\.awsdns-\\d{2}\\..*");
        assertThat(route53().testDNSAnswer(r -> r.hostedZoneId(zoneId).recordName("f.example.com").recordType(RRType.A)).recordData())
                .containsExactly("192.0.2.1");

        putJson("/api/simulate/health-checks/" + check + "/status", "{\"healthy\":false}");
        assertThat(route53().testDNSAnswer(r -> r.hostedZoneId(zoneId).recordName("f.example.com").recordType(RRType.A)).recordData())
                .containsExactly("192.0.2.2");
        assertThat(route53().testDNSAnswer(r -> r.hostedZoneId(zoneId).recordName("nothing.example.com").recordType(RRType.A)).responseCode())
                .isEqualTo("NXDOMAIN");
        assertAwsError(() -> route53().testDNSAnswer(r -> r.hostedZoneId(zoneId).recordName("www.example.com").recordType(RRType.A)
                .resolverIP("not-an-ip")), "InvalidInput", 400);
        assertAwsError(() -> route53().testDNSAnswer(r -> r.hostedZoneId("ZNOPE").recordName("www.example.com").recordType(RRType.A)),
                "NoSuchHostedZone", 404);
    }

    @Test
    void theClientSubnetLocatesTheClientForLatencyRouting() {
        zoneWith(set("l.example.com", "A", 60, "192.0.2.1").toBuilder().setIdentifier("use1").region("us-east-1").build(),
                set("l.example.com", "A", 60, "192.0.2.2").toBuilder().setIdentifier("apne1").region("ap-northeast-1").build());
        assertThat(route53().testDNSAnswer(r -> r.hostedZoneId(zoneId).recordName("l.example.com").recordType(RRType.A)).recordData())
                .containsExactly("192.0.2.1");
        assertThat(route53().testDNSAnswer(r -> r.hostedZoneId(zoneId).recordName("l.example.com").recordType(RRType.A)
                .edns0ClientSubnetIP("198.51.100.7")).recordData()).containsExactly("192.0.2.2");
    }

    @Test
    void theJsonSimulationSaysWhichSetAnsweredAndWhy() throws Exception {
        zoneWith(weighted("www.example.com", "blue", 1, "192.0.2.1"), weighted("www.example.com", "green", 3, "192.0.2.2"));
        var answer = postJson("/api/simulate/dns", Map.of("name", "www.example.com", "type", "A", "clientIp", "198.51.100.7", "seed", 7));
        assertThat(answer.get("responseCode").asString()).isEqualTo("NOERROR");
        assertThat(answer.get("policy").asString()).isEqualTo("weighted");
        assertThat(answer.get("recordSets").get(0).asString()).startsWith("www.example.com. A [");
        assertThat(answer.get("explanation").toString()).contains("Weighted routing: drew").contains("198.51.100.0/24");
        assertThat(answer.get("answer").get(0).get("ttl").asLong()).isEqualTo(60);
        var refused = postJson("/api/simulate/dns", Map.of("name", "www.example.org", "type", "A"));
        assertThat(refused.get("responseCode").asString()).isEqualTo("REFUSED");
    }

    @Test
    void theDnsServerAnswersOverUdpAndTcpAsRoute53Would() throws Exception {
        zoneWith(set("www.example.com", "A", 300, "192.0.2.10", "192.0.2.11"),
                set("api.example.com", "CNAME", 60, "www.example.com"),
                set("l.example.com", "A", 60, "192.0.2.1").toBuilder().setIdentifier("use1").region("us-east-1").build(),
                set("l.example.com", "A", 60, "192.0.2.2").toBuilder().setIdentifier("apne1").region("ap-northeast-1").build());
        Message udp = dig("www.example.com.", Type.A, false, null);
        assertThat(udp.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(udp.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(answers(udp)).containsExactlyInAnyOrder("192.0.2.10", "192.0.2.11");
        assertThat(answers(dig("www.example.com.", Type.A, true, null))).containsExactlyInAnyOrder("192.0.2.10", "192.0.2.11");
        List<String> chain = answers(dig("api.example.com.", Type.A, false, null));
        assertThat(chain.get(0)).isEqualTo("www.example.com.");
        assertThat(chain.subList(1, chain.size())).containsExactlyInAnyOrder("192.0.2.10", "192.0.2.11"); // all values, in varying order

        Message missing = dig("nothing.example.com.", Type.A, false, null);
        assertThat(missing.getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(missing.getSection(Section.AUTHORITY)).singleElement().satisfies(r -> assertThat(r.getType()).isEqualTo(Type.SOA));
        assertThat(dig("www.example.org.", Type.A, false, null).getRcode()).isEqualTo(Rcode.REFUSED);

        Message tokyo = dig("l.example.com.", Type.A, false, new ClientSubnetOption(24, InetAddress.getByName("198.51.100.0")));
        assertThat(answers(tokyo)).containsExactly("192.0.2.2");
        assertThat(answers(dig("l.example.com.", Type.A, false, null))).containsExactly("192.0.2.1");
    }

    @Test
    void largeAnswersAreTruncatedOverUdpAndCompleteOverTcp() throws Exception {
        String[] values = new String[60];
        for (int i = 0; i < values.length; i++) {
            values[i] = "\"" + "x".repeat(50) + i + "\"";
        }
        zoneWith(set("big.example.com", "TXT", 60, values));
        SimpleResolver resolver = new SimpleResolver(InetAddress.getLoopbackAddress());
        resolver.setPort(server.port());
        resolver.setIgnoreTruncation(true);
        Message truncated = resolver.send(Message.newQuery(Record.newRecord(Name.fromString("big.example.com."), Type.TXT, DClass.IN)));
        assertThat(truncated.getHeader().getFlag(Flags.TC)).isTrue();
        assertThat(dig("big.example.com.", Type.TXT, true, null).getSection(Section.ANSWER)).hasSize(60);
    }

    private void putJson(String path, String body) throws Exception {
        var response = send(java.net.http.HttpRequest.newBuilder(endpoint().resolve(path)).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).isEqualTo(204);
    }
}
