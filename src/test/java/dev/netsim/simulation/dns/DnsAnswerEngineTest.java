package dev.netsim.simulation.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Route 53's routing policies and DNS rules, on small zones built by hand. */
class DnsAnswerEngineTest {

    private static final String ZONE = "Z1";
    private final List<RecordSet> sets = new ArrayList<>();
    private final Map<String, HealthVerdicts.Verdict> health = new HashMap<>();
    private final Map<String, CidrCollectionModel> collections = new HashMap<>();
    private final List<LocationTable.Entry> locations = new ArrayList<>(LocationTable.DEFAULTS);

    private static RecordSet simple(String name, String type, String... values) {
        return new RecordSet(name, type, null, 300L, List.of(values), null, null, null, null, null, null, null, null, null, null);
    }

    private static RecordSet weighted(String id, long weight, String value, String check) {
        return new RecordSet("www.example.com.", "A", id, 60L, List.of(value), null, weight, null, null, null, null, null, null, check, null);
    }

    private static RecordSet failover(String id, String role, String value, String check) {
        return new RecordSet("www.example.com.", "A", id, 60L, List.of(value), null, null, null, role, null, null, null, null, check, null);
    }

    private static RecordSet geo(String id, String continent, String country, String subdivision, String value) {
        return new RecordSet("www.example.com.", "A", id, 60L, List.of(value), null, null, null, null,
                new RecordSet.GeoLocation(continent, country, subdivision), null, null, null, null, null);
    }

    private void unhealthy(String check) {
        health.put(check, new HealthVerdicts.Verdict(false, "health check " + check + " is unhealthy: set unhealthy by a simulation"));
    }

    private DnsAnswerEngine engine() {
        List<RecordSet> all = new ArrayList<>(sets);
        all.add(simple("example.com.", "SOA", "ns-1.awsdns-01.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400"));
        all.add(simple("example.com.", "NS", "ns-1.awsdns-01.com."));
        ZoneSnapshot zone = new ZoneSnapshot(ZONE, "000000000000", "example.com.", false, Set.of(), all);
        return new DnsAnswerEngine(new DnsCatalog(List.of(zone), health, Map.of(), collections, Map.of(), new LocationTable(locations)));
    }

    private static DnsAnswer ask(DnsAnswerEngine engine, String name, String type, String client, Random random) {
        return engine.answer(new DnsQuery(name, type, client, null), random);
    }

    private static List<String> values(DnsAnswer answer) {
        return answer.answerView().stream().map(DnsAnswer.Answered::value).toList();
    }

    private Map<String, Integer> count(int n, String client) {
        DnsAnswerEngine engine = engine();
        Random random = new Random(42);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            values(ask(engine, "www.example.com", "A", client, random)).forEach(v -> counts.merge(v, 1, Integer::sum));
        }
        return counts;
    }

    @Test
    void weightedOneToThreeStaysWithinThreePercentOver4000Answers() {
        sets.add(weighted("one", 1, "192.0.2.1", null));
        sets.add(weighted("three", 3, "192.0.2.3", null));
        Map<String, Integer> counts = count(4000, "127.0.0.1");
        assertThat(counts.get("192.0.2.1") / 4000.0).isBetween(0.22, 0.28);
        assertThat(counts.get("192.0.2.3") / 4000.0).isBetween(0.72, 0.78);
    }

    @Test
    void weightZeroIsNeverAnsweredUnlessAllAreZeroOrTheOthersAreUnhealthy() {
        sets.add(weighted("zero", 0, "192.0.2.0", null));
        sets.add(weighted("one", 1, "192.0.2.1", "hc-one"));
        assertThat(count(500, "127.0.0.1")).containsOnlyKeys("192.0.2.1");
        unhealthy("hc-one");
        assertThat(count(200, "127.0.0.1")).containsOnlyKeys("192.0.2.0");

        sets.clear();
        health.clear();
        sets.add(weighted("a", 0, "192.0.2.10", null));
        sets.add(weighted("b", 0, "192.0.2.11", null));
        Map<String, Integer> equal = count(2000, "127.0.0.1");
        assertThat(equal.get("192.0.2.10") / 2000.0).isBetween(0.45, 0.55);
    }

    @Test
    void failoverFlipsWithThePrimarysHealthAndBack() {
        sets.add(failover("primary", "PRIMARY", "192.0.2.1", "hc-primary"));
        sets.add(failover("secondary", "SECONDARY", "192.0.2.2", null));
        assertThat(values(ask(engine(), "www.example.com", "A", "127.0.0.1", new Random(1)))).containsExactly("192.0.2.1");
        unhealthy("hc-primary");
        DnsAnswer flipped = ask(engine(), "www.example.com", "A", "127.0.0.1", new Random(1));
        assertThat(values(flipped)).containsExactly("192.0.2.2");
        assertThat(flipped.explanation()).anyMatch(s -> s.contains("'primary' is unhealthy"));
        health.clear();
        assertThat(values(ask(engine(), "www.example.com", "A", "127.0.0.1", new Random(1)))).containsExactly("192.0.2.1");
    }

    @Test
    void failoverAnswersThePrimaryWhenBothAreUnhealthy() {
        sets.add(failover("primary", "PRIMARY", "192.0.2.1", "hc-primary"));
        sets.add(failover("secondary", "SECONDARY", "192.0.2.2", "hc-secondary"));
        unhealthy("hc-primary");
        unhealthy("hc-secondary");
        assertThat(values(ask(engine(), "www.example.com", "A", "127.0.0.1", new Random(1)))).containsExactly("192.0.2.1");
    }

    @Test
    void geolocationPicksSubdivisionOverCountryOverContinentOverDefault() {
        locations.add(new LocationTable.Entry("100.64.1.0/24", "NA", "US", "WA", "us-west-2", null, null, null));
        locations.add(new LocationTable.Entry("100.64.2.0/24", "NA", "US", "TX", "us-east-2", null, null, null));
        locations.add(new LocationTable.Entry("100.64.3.0/24", "NA", "CA", null, "ca-central-1", null, null, null));
        sets.add(geo("wa", null, "US", "WA", "192.0.2.1"));
        sets.add(geo("us", null, "US", null, "192.0.2.2"));
        sets.add(geo("na", "NA", null, null, "192.0.2.3"));
        sets.add(geo("default", null, "*", null, "192.0.2.4"));
        DnsAnswerEngine engine = engine();
        assertThat(values(ask(engine, "www.example.com", "A", "100.64.1.9", new Random(1)))).containsExactly("192.0.2.1");
        assertThat(values(ask(engine, "www.example.com", "A", "100.64.2.9", new Random(1)))).containsExactly("192.0.2.2");
        assertThat(values(ask(engine, "www.example.com", "A", "100.64.3.9", new Random(1)))).containsExactly("192.0.2.3");
        assertThat(values(ask(engine, "www.example.com", "A", "192.0.2.77", new Random(1)))).containsExactly("192.0.2.4");
    }

    @Test
    void geolocationAnswersNothingWithoutADefault() {
        sets.add(geo("jp", null, "JP", null, "192.0.2.1"));
        DnsAnswer answer = ask(engine(), "www.example.com", "A", "192.0.2.77", new Random(1));
        assertThat(answer.responseCode()).isEqualTo("NOERROR");
        assertThat(answer.answer()).isEmpty();
        assertThat(answer.authorityView()).extracting(DnsAnswer.Answered::type).containsExactly("SOA");
        assertThat(values(ask(engine(), "www.example.com", "A", "198.51.100.7", new Random(1)))).containsExactly("192.0.2.1");
    }

    @Test
    void multivalueReturnsAtMostEightHealthyRecordSets() {
        for (int i = 1; i <= 10; i++) {
            sets.add(new RecordSet("www.example.com.", "A", "m" + i, 60L, List.of("192.0.2." + i), null, null, null, null, null, null, true, null,
                    i <= 2 ? "hc-" + i : null, null));
        }
        unhealthy("hc-1");
        unhealthy("hc-2");
        for (int seed = 0; seed < 20; seed++) {
            List<String> answered = values(ask(engine(), "www.example.com", "A", "127.0.0.1", new Random(seed)));
            assertThat(answered).hasSize(8).doesNotContain("192.0.2.1", "192.0.2.2").doesNotHaveDuplicates();
        }
    }

    @Test
    void latencyPicksTheNearestRegion() {
        sets.add(new RecordSet("www.example.com.", "A", "use1", 60L, List.of("192.0.2.1"), null, null, "us-east-1", null, null, null, null, null, null, null));
        sets.add(new RecordSet("www.example.com.", "A", "euc1", 60L, List.of("192.0.2.2"), null, null, "eu-central-1", null, null, null, null, null, null, null));
        sets.add(new RecordSet("www.example.com.", "A", "apne1", 60L, List.of("192.0.2.3"), null, null, "ap-northeast-1", null, null, null, null, null, null,
                null));
        DnsAnswerEngine engine = engine();
        assertThat(values(ask(engine, "www.example.com", "A", "127.0.0.1", new Random(1)))).containsExactly("192.0.2.1");
        assertThat(values(ask(engine, "www.example.com", "A", "192.0.2.99", new Random(1)))).containsExactly("192.0.2.2");
        assertThat(values(ask(engine, "www.example.com", "A", "198.51.100.1", new Random(1)))).containsExactly("192.0.2.3");
    }

    @Test
    void geoproximityBiasMovesTheBoundary() {
        // Paris is ~340 km from London and ~480 km from Frankfurt; a bias of +50 makes Frankfurt ~240 km away
        locations.add(new LocationTable.Entry("100.64.9.0/24", "EU", "FR", null, "eu-west-3", 48.86, 2.35, null));
        RecordSet london = new RecordSet("www.example.com.", "A", "london", 60L, List.of("192.0.2.1"), null, null, null, null, null,
                new RecordSet.GeoProximity("eu-west-2", null, null, null, 0), null, null, null, null);
        RecordSet frankfurt = new RecordSet("www.example.com.", "A", "frankfurt", 60L, List.of("192.0.2.2"), null, null, null, null, null,
                new RecordSet.GeoProximity("eu-central-1", null, null, null, 0), null, null, null, null);
        sets.add(london);
        sets.add(frankfurt);
        assertThat(values(ask(engine(), "www.example.com", "A", "100.64.9.1", new Random(1)))).containsExactly("192.0.2.1");
        sets.set(1, new RecordSet("www.example.com.", "A", "frankfurt", 60L, List.of("192.0.2.2"), null, null, null, null, null,
                new RecordSet.GeoProximity("eu-central-1", null, null, null, 50), null, null, null, null));
        assertThat(values(ask(engine(), "www.example.com", "A", "100.64.9.1", new Random(1)))).containsExactly("192.0.2.2");
    }

    @Test
    void ipBasedRoutingMatchesTheLongestBlockOfTheCollection() {
        collections.put("c-1", new CidrCollectionModel("c-1", "offices", Map.of(
                "office", List.of(IpPrefix.parse("100.64.0.0/16")),
                "lab", List.of(IpPrefix.parse("100.64.5.0/24")))));
        for (String[] loc : new String[][] {{"office", "192.0.2.1"}, {"lab", "192.0.2.2"}, {"*", "192.0.2.3"}}) {
            sets.add(new RecordSet("www.example.com.", "A", loc[0], 60L, List.of(loc[1]), null, null, null, null, null, null, null,
                    new RecordSet.CidrRouting("c-1", loc[0]), null, null));
        }
        DnsAnswerEngine engine = engine();
        assertThat(values(ask(engine, "www.example.com", "A", "100.64.7.1", new Random(1)))).containsExactly("192.0.2.1");
        assertThat(values(ask(engine, "www.example.com", "A", "100.64.5.1", new Random(1)))).containsExactly("192.0.2.2");
        assertThat(values(ask(engine, "www.example.com", "A", "127.0.0.1", new Random(1)))).containsExactly("192.0.2.3");
        // a client subnet shorter than the block does not match it
        DnsAnswer wide = engine.answer(new DnsQuery("www.example.com", "A", "127.0.0.1", "100.64.0.0/12"), new Random(1));
        assertThat(values(wide)).containsExactly("192.0.2.3");
    }

    @Test
    void missingNamesAreNxdomainAndMissingTypesNodataBothWithTheSoa() {
        sets.add(simple("www.example.com.", "A", "192.0.2.1"));
        sets.add(simple("a.b.example.com.", "A", "192.0.2.2"));
        DnsAnswerEngine engine = engine();
        DnsAnswer missing = ask(engine, "nothing.example.com", "A", "127.0.0.1", new Random(1));
        assertThat(missing.responseCode()).isEqualTo("NXDOMAIN");
        assertThat(missing.authorityView()).extracting(DnsAnswer.Answered::type).containsExactly("SOA");
        DnsAnswer nodata = ask(engine, "www.example.com", "AAAA", "127.0.0.1", new Random(1));
        assertThat(nodata.responseCode()).isEqualTo("NOERROR");
        assertThat(nodata.answer()).isEmpty();
        assertThat(ask(engine, "b.example.com", "A", "127.0.0.1", new Random(1)).responseCode()).as("an empty non-terminal").isEqualTo("NOERROR");
        assertThat(ask(engine, "www.example.org", "A", "127.0.0.1", new Random(1)).responseCode()).isEqualTo("REFUSED");
    }

    @Test
    void wildcardsCnameChainsAndAliasesAreFollowedInsideTheZone() {
        sets.add(simple("\\052.example.com.", "A", "192.0.2.50"));
        sets.add(simple("www.example.com.", "A", "192.0.2.1"));
        sets.add(simple("api.example.com.", "CNAME", "www.example.com"));
        sets.add(new RecordSet("example.com.", "A", null, null, List.of(), new RecordSet.AliasTarget(ZONE, "www.example.com.", false), null, null,
                null, null, null, null, null, null, null));
        DnsAnswerEngine engine = engine();
        assertThat(ask(engine, "anything.example.com", "A", "127.0.0.1", new Random(1)).answerView()).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("anything.example.com."));
        DnsAnswer chain = ask(engine, "api.example.com", "A", "127.0.0.1", new Random(1));
        assertThat(chain.answerView()).extracting(a -> a.name() + " " + a.type() + " " + a.value())
                .containsExactly("api.example.com. CNAME www.example.com.", "www.example.com. A 192.0.2.1");
        DnsAnswer alias = ask(engine, "example.com", "A", "127.0.0.1", new Random(1));
        assertThat(alias.answerView()).extracting(a -> a.name() + " " + a.ttl() + " " + a.value()).containsExactly("example.com. 300 192.0.2.1");
    }

    @Test
    void privateZonesAnswerOnlyInTheirVpcs() {
        locations.add(new LocationTable.Entry("10.0.0.0/16", "NA", "US", "VA", "us-east-1", null, null, "vpc-1"));
        ZoneSnapshot zone = new ZoneSnapshot("Z2", "000000000000", "internal.example.", true, Set.of("vpc-1"),
                List.of(simple("db.internal.example.", "A", "10.0.1.5")));
        DnsAnswerEngine engine = new DnsAnswerEngine(new DnsCatalog(List.of(zone), Map.of(), Map.of(), Map.of(), Map.of(), new LocationTable(locations)));
        assertThat(values(ask(engine, "db.internal.example", "A", "10.0.3.3", new Random(1)))).containsExactly("10.0.1.5");
        assertThat(ask(engine, "db.internal.example", "A", "127.0.0.1", new Random(1)).responseCode()).isEqualTo("REFUSED");
    }
}
