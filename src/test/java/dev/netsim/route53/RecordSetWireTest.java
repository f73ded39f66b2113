package dev.netsim.route53;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.InvalidChangeBatchException;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

public class RecordSetWireTest extends NetsimIntegrationTest {

    private String zone(String name) {
        return route53().createHostedZone(r -> r.name(name).callerReference("ref-" + name)).hostedZone().id();
    }

    public static ResourceRecordSet set(String name, String type, long ttl, String... values) {
        return ResourceRecordSet.builder().name(name).type(type).ttl(ttl)
                .resourceRecords(Arrays.stream(values).map(v -> ResourceRecord.builder().value(v).build()).toList()).build();
    }

    public static ResourceRecordSet weighted(String name, String id, long weight, String value) {
        return set(name, "A", 60, value).toBuilder().setIdentifier(id).weight(weight).build();
    }

    public static Change change(ChangeAction action, ResourceRecordSet set) {
        return Change.builder().action(action).resourceRecordSet(set).build();
    }

    private ChangeResourceRecordSetsResponse apply(String zoneId, Change... changes) {
        return route53().changeResourceRecordSets(r -> r.hostedZoneId(zoneId).changeBatch(b -> b.changes(changes).comment("test")));
    }

    private List<ResourceRecordSet> sets(String zoneId) {
        return route53().listResourceRecordSets(r -> r.hostedZoneId(zoneId)).resourceRecordSets();
    }

    @Test
    void aNewZoneHoldsItsNsAndSoaRecordSets() {
        var created = route53().createHostedZone(r -> r.name("example.com").callerReference("r1"));
        List<ResourceRecordSet> sets = sets(created.hostedZone().id());
        assertThat(sets).extracting(ResourceRecordSet::typeAsString).containsExactly("NS", "SOA");
        ResourceRecordSet ns = sets.get(0);
        assertThat(ns.name()).isEqualTo("example.com.");
        assertThat(ns.ttl()).isEqualTo(172800L);
        assertThat(ns.resourceRecords()).extracting(ResourceRecord::value)
                .containsExactlyElementsOf(created.delegationSet().nameServers().stream().map(n -> n + ".").toList());
        assertThat(sets.get(1).ttl()).isEqualTo(900L);
        assertThat(sets.get(1).resourceRecords().get(0).value())
                .isEqualTo(created.delegationSet().nameServers().get(0) + ". awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400");
    }

    @Test
    void changesAreStoredListedInRoute53OrderAndCounted() {
        String zoneId = zone("example.com");
        var response = apply(zoneId,
                change(ChangeAction.CREATE, set("WWW.example.com", "A", 300, "192.0.2.10", "192.0.2.11")),
                change(ChangeAction.CREATE, set("*.example.com", "TXT", 300, "\"v=spf1 -all\"")),
                change(ChangeAction.CREATE, set("example.com", "MX", 300, "10 mail.example.com")),
                change(ChangeAction.CREATE, set("a.b.example.com", "AAAA", 60, "2001:db8::1")),
                change(ChangeAction.CREATE, set("api.example.com", "CNAME", 60, "www.example.com")),
                change(ChangeAction.CREATE, set("_sip._tcp.example.com", "SRV", 60, "10 5 5060 sip.example.com")),
                change(ChangeAction.CREATE, set("example.com", "CAA", 60, "0 issue \"amazon.com\"")));
        assertThat(response.changeInfo().statusAsString()).isEqualTo("PENDING");
        assertThat(response.changeInfo().comment()).isEqualTo("test");

        assertThat(sets(zoneId)).extracting(s -> s.name() + " " + s.typeAsString()).containsExactly(
                "example.com. CAA", "example.com. MX", "example.com. NS", "example.com. SOA", "\\052.example.com. TXT",
                "_sip._tcp.example.com. SRV", "api.example.com. CNAME", "a.b.example.com. AAAA", "www.example.com. A");
        assertThat(route53().getHostedZone(r -> r.id(zoneId)).hostedZone().resourceRecordSetCount()).isEqualTo(9);
        assertThat(route53().getChange(r -> r.id(response.changeInfo().id())).changeInfo().statusAsString()).isEqualTo("INSYNC");
        route53().waiter().waitUntilResourceRecordSetsChanged(r -> r.id(response.changeInfo().id()));

        var page = route53().listResourceRecordSets(r -> r.hostedZoneId(zoneId).maxItems("4"));
        assertThat(page.resourceRecordSets()).hasSize(4);
        assertThat(page.isTruncated()).isTrue();
        assertThat(page.nextRecordName()).isEqualTo("\\052.example.com.");
        assertThat(page.nextRecordTypeAsString()).isEqualTo("TXT");
        var rest = route53().listResourceRecordSets(r -> r.hostedZoneId(zoneId).startRecordName(page.nextRecordName())
                .startRecordType(page.nextRecordType()));
        assertThat(rest.resourceRecordSets()).hasSize(5);
        assertThat(rest.isTruncated()).isFalse();
        assertThat(route53().listResourceRecordSetsPaginator(r -> r.hostedZoneId(zoneId).maxItems("2")).resourceRecordSets().stream().count())
                .isEqualTo(9);
        assertThat(route53().listResourceRecordSets(r -> r.hostedZoneId(zoneId).startRecordName("b.example.com")).resourceRecordSets())
                .extracting(ResourceRecordSet::name).containsExactly("a.b.example.com.", "www.example.com.");
    }

    @Test
    void oneInvalidChangeRejectsTheWholeBatchListingEveryProblem() {
        String zoneId = zone("example.com");
        apply(zoneId, change(ChangeAction.CREATE, set("www.example.com", "A", 300, "192.0.2.10")));

        var e = assertAwsError(() -> apply(zoneId,
                change(ChangeAction.CREATE, set("new.example.com", "A", 300, "192.0.2.20")),
                change(ChangeAction.CREATE, set("www.example.com", "A", 300, "192.0.2.10")),
                change(ChangeAction.CREATE, set("bad.example.com", "A", 300, "192.0.2")),
                change(ChangeAction.CREATE, set("example.com", "CNAME", 300, "www.example.com")),
                change(ChangeAction.DELETE, set("gone.example.com", "A", 300, "192.0.2.30")),
                change(ChangeAction.CREATE, set("www.other.com", "A", 300, "192.0.2.30"))), "InvalidChangeBatch", 400);
        assertThat(e).isInstanceOf(InvalidChangeBatchException.class);
        assertThat(((InvalidChangeBatchException) e).messages()).containsExactly(
                "Tried to create resource record set [name='www.example.com.', type='A'] but it already exists",
                "Invalid Resource Record: 'FATAL problem: ARRDATAIllegalIPv4Address (Value is not a valid IPv4 address) encountered with '192.0.2''",
                "Tried to delete resource record set [name='gone.example.com.', type='A'] but it was not found",
                "RRSet with DNS name www.other.com. is not permitted in zone example.com.",
                "RRSet of type CNAME with DNS name example.com. is not permitted at apex in zone example.com.");
        assertThat(e.awsErrorDetails().errorMessage()).startsWith("[Tried to create resource record set [name='www.example.com.', type='A']");
        assertThat(sets(zoneId)).extracting(ResourceRecordSet::name).doesNotContain("new.example.com.");
        assertThat(route53().getHostedZone(r -> r.id(zoneId)).hostedZone().resourceRecordSetCount()).isEqualTo(3);
    }

    @Test
    void cnamesStandAloneAndDeletesMustMatchExactly() {
        String zoneId = zone("example.com");
        apply(zoneId, change(ChangeAction.CREATE, set("www.example.com", "A", 300, "192.0.2.10", "192.0.2.11")));
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, set("www.example.com", "CNAME", 300, "example.net"))),
                "InvalidChangeBatch", 400);
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, set("api.example.com", "CNAME", 300, "a.example.net", "b.example.net"))),
                "InvalidChangeBatch", 400);
        var badMx = assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, set("example.com", "MX", 300, "mail.example.com"))),
                "InvalidChangeBatch", 400);
        assertThat(((InvalidChangeBatchException) badMx).messages()).singleElement().asString()
                .startsWith("Invalid Resource Record: 'FATAL problem: MXRRDATAInvalid (");
        var mismatch = assertAwsError(() -> apply(zoneId, change(ChangeAction.DELETE, set("www.example.com", "A", 60, "192.0.2.10", "192.0.2.11"))),
                "InvalidChangeBatch", 400);
        assertThat(((InvalidChangeBatchException) mismatch).messages()).containsExactly(
                "Tried to delete resource record set [name='www.example.com.', type='A'] but the values provided do not match the current values");

        // the values may come in any order; DELETE then CREATE of one set in a batch is legal
        apply(zoneId, change(ChangeAction.DELETE, set("www.example.com", "A", 300, "192.0.2.11", "192.0.2.10")),
                change(ChangeAction.CREATE, set("www.example.com", "CNAME", 300, "example.net")));
        apply(zoneId, change(ChangeAction.UPSERT, set("www.example.com", "CNAME", 60, "example.org")));
        assertThat(sets(zoneId)).filteredOn(s -> s.name().equals("www.example.com.")).singleElement()
                .satisfies(s -> assertThat(s.resourceRecords().get(0).value()).isEqualTo("example.org"))
                .satisfies(s -> assertThat(s.ttl()).isEqualTo(60L));

        var apex = assertAwsError(() -> apply(zoneId, change(ChangeAction.DELETE, sets(zoneId).get(0))), "InvalidChangeBatch", 400);
        assertThat(((InvalidChangeBatchException) apex).messages()).containsExactly("A HostedZone must contain at least one NS record for the zone itself.");
    }

    @Test
    void routingPolicyMembersAreCheckedBeforeTheZone() {
        String zoneId = zone("example.com");
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, set("w.example.com", "A", 60, "192.0.2.1").toBuilder().weight(10L).build())),
                "InvalidInput", 400);
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, weighted("w.example.com", "one", 256, "192.0.2.1"))), "InvalidInput", 400);
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, set("w.example.com", "A", -1, "192.0.2.1"))), "InvalidInput", 400);
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, ResourceRecordSet.builder().name("w.example.com").type(RRType.A).build())),
                "InvalidInput", 400);
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, set("w.example.com", "A", 60, "192.0.2.1").toBuilder()
                .setIdentifier("x").region("mars-central-1").build())), "InvalidInput", 400);
        assertThat(sets(zoneId)).hasSize(2);
    }

    @Test
    void oneRoutingPolicyPerNameAndTypeAndItsOwnRules() {
        String zoneId = zone("example.com");
        apply(zoneId, change(ChangeAction.CREATE, weighted("w.example.com", "one", 1, "192.0.2.1")),
                change(ChangeAction.CREATE, weighted("w.example.com", "two", 3, "192.0.2.2").toBuilder().ttl(120L).build()));
        // a weighted group shares one TTL: the last written one
        assertThat(sets(zoneId)).filteredOn(s -> s.name().equals("w.example.com.")).extracting(ResourceRecordSet::ttl).containsOnly(120L);
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, set("w.example.com", "A", 60, "192.0.2.3"))), "InvalidChangeBatch", 400);
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, weighted("w.example.com", "one", 5, "192.0.2.9"))), "InvalidChangeBatch", 400);

        ResourceRecordSet primary = set("f.example.com", "A", 60, "192.0.2.1").toBuilder().setIdentifier("p").failover("PRIMARY").build();
        apply(zoneId, change(ChangeAction.CREATE, primary));
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, primary.toBuilder().setIdentifier("p2").build())), "InvalidChangeBatch", 400);
        ResourceRecordSet latency = set("l.example.com", "A", 60, "192.0.2.1").toBuilder().setIdentifier("use1").region("us-east-1").build();
        apply(zoneId, change(ChangeAction.CREATE, latency));
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, latency.toBuilder().setIdentifier("again").build())), "InvalidChangeBatch", 400);
        ResourceRecordSet multi = set("m.example.com", "CNAME", 60, "x.example.net").toBuilder().setIdentifier("m").multiValueAnswer(true).build();
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, multi)), "InvalidChangeBatch", 400);
        ResourceRecordSet geo = set("g.example.com", "A", 60, "192.0.2.1").toBuilder().setIdentifier("de")
                .geoLocation(l -> l.countryCode("DE")).build();
        apply(zoneId, change(ChangeAction.CREATE, geo));
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, geo.toBuilder().setIdentifier("de2").build())), "InvalidChangeBatch", 400);
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, geo.toBuilder().setIdentifier("bad")
                .geoLocation(l -> l.continentCode("XX")).build())), "InvalidInput", 400);
    }

    @Test
    void aliasesPointAtRecordsOfTheZoneThatExist() {
        String zoneId = zone("example.com");
        apply(zoneId, change(ChangeAction.CREATE, set("www.example.com", "A", 300, "192.0.2.10")));
        ResourceRecordSet apexAlias = ResourceRecordSet.builder().name("example.com").type(RRType.A)
                .aliasTarget(a -> a.hostedZoneId(zoneId).dnsName("www.example.com").evaluateTargetHealth(false)).build();
        apply(zoneId, change(ChangeAction.CREATE, apexAlias));
        ResourceRecordSet stored = sets(zoneId).stream().filter(s -> s.name().equals("example.com.") && s.typeAsString().equals("A")).findFirst().orElseThrow();
        assertThat(stored.aliasTarget().dnsName()).isEqualTo("www.example.com.");
        assertThat(stored.aliasTarget().hostedZoneId()).isEqualTo(zoneId);
        assertThat(stored.ttl()).isNull();
        assertThat(stored.resourceRecords()).isEmpty();

        var missing = assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, ResourceRecordSet.builder().name("api.example.com").type(RRType.A)
                .aliasTarget(a -> a.hostedZoneId(zoneId).dnsName("nothing.example.com").evaluateTargetHealth(false)).build())), "InvalidChangeBatch", 400);
        assertThat(((InvalidChangeBatchException) missing).messages()).singleElement().asString().contains("but that target was not found");
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, ResourceRecordSet.builder().name("api.example.com").type(RRType.AAAA)
                .aliasTarget(a -> a.hostedZoneId(zoneId).dnsName("www.example.com").evaluateTargetHealth(false)).build())), "InvalidChangeBatch", 400);
        assertAwsError(() -> apply(zoneId, change(ChangeAction.CREATE, ResourceRecordSet.builder().name("cdn.example.com").type(RRType.A)
                .aliasTarget(a -> a.hostedZoneId("Z2FDTNDATAQYW2").dnsName("d111111abcdef8.cloudfront.net").evaluateTargetHealth(false)).build())),
                "InvalidChangeBatch", 400);
    }

    @Test
    void aZoneWithUserRecordsCannotBeDeleted() {
        String zoneId = zone("example.com");
        apply(zoneId, change(ChangeAction.CREATE, set("www.example.com", "A", 300, "192.0.2.10")));
        assertAwsError(() -> route53().deleteHostedZone(r -> r.id(zoneId)), "HostedZoneNotEmpty", 400);
        apply(zoneId, change(ChangeAction.DELETE, set("www.example.com", "A", 300, "192.0.2.10")));
        route53().deleteHostedZone(r -> r.id(zoneId));
        assertAwsError(() -> sets(zoneId), "NoSuchHostedZone", 404);
        assertAwsError(() -> route53().getChange(r -> r.id("C0000000000000000000")), "NoSuchChange", 404);
    }
}
