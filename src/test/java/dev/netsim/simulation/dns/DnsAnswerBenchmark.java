package dev.netsim.simulation.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One answer of the engine, as the DNS server asks for it (no reasons) and as TestDNSAnswer and the
 * simulation ask (with them), in a zone of 1,000 record sets: a simple record, a weighted group of
 * four, a geolocation group of four and a failover pair. Run with {@code scripts/bench-dns.sh}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DnsAnswerBenchmark {

    private final SplittableRandom random = new SplittableRandom(7);
    private DnsAnswerEngine engine;
    private final DnsQuery simple = new DnsQuery("www.example.com", "A", "127.0.0.1", null);
    private final DnsQuery weighted = new DnsQuery("w.example.com", "A", "127.0.0.1", null);
    private final DnsQuery geolocation = new DnsQuery("g.example.com", "A", "198.51.100.7", null);
    private final DnsQuery failover = new DnsQuery("f.example.com", "A", "127.0.0.1", null);

    private static RecordSet set(String name, String id, String value, Long weight, String failover, RecordSet.GeoLocation geo, String check) {
        return new RecordSet(name, "A", id, 60L, List.of(value), null, weight, null, failover, geo, null, null, null, check, null);
    }

    @Setup(Level.Trial)
    public void setUp() {
        List<RecordSet> sets = new ArrayList<>();
        sets.add(set("example.com.", null, "192.0.2.1", null, null, null, null));
        sets.add(new RecordSet("example.com.", "SOA", null, 900L, List.of("ns-1.awsdns-01.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400"),
                null, null, null, null, null, null, null, null, null, null));
        for (int i = 0; i < 990; i++) {
            sets.add(set("host" + i + ".example.com.", null, "10.0." + (i / 250) + "." + (i % 250 + 1), null, null, null, null));
        }
        sets.add(set("www.example.com.", null, "192.0.2.10", null, null, null, null));
        for (int i = 1; i <= 4; i++) {
            sets.add(set("w.example.com.", "w" + i, "192.0.2.2" + i, (long) i, null, null, null));
        }
        sets.add(set("g.example.com.", "jp", "192.0.2.31", null, null, new RecordSet.GeoLocation(null, "JP", null), null));
        sets.add(set("g.example.com.", "as", "192.0.2.32", null, null, new RecordSet.GeoLocation("AS", null, null), null));
        sets.add(set("g.example.com.", "us", "192.0.2.33", null, null, new RecordSet.GeoLocation(null, "US", null), null));
        sets.add(set("g.example.com.", "default", "192.0.2.34", null, null, new RecordSet.GeoLocation(null, "*", null), null));
        sets.add(set("f.example.com.", "primary", "192.0.2.41", null, "PRIMARY", null, "hc-1"));
        sets.add(set("f.example.com.", "secondary", "192.0.2.42", null, "SECONDARY", null, null));
        ZoneSnapshot zone = new ZoneSnapshot("Z1", "000000000000", "example.com.", false, Set.of(), sets);
        engine = new DnsAnswerEngine(new DnsCatalog(List.of(zone), Map.of("hc-1", new HealthVerdicts.Verdict(false, "down")), Map.of(), Map.of(), Map.of(),
                LocationTable.defaults()));
    }

    @Benchmark
    public DnsAnswer simpleRecord() {
        return engine.answerWithoutReasons(simple, random);
    }

    @Benchmark
    public DnsAnswer weightedRecord() {
        return engine.answerWithoutReasons(weighted, random);
    }

    @Benchmark
    public DnsAnswer geolocationRecord() {
        return engine.answerWithoutReasons(geolocation, random);
    }

    @Benchmark
    public DnsAnswer failoverToSecondary() {
        return engine.answerWithoutReasons(failover, random);
    }

    @Benchmark
    public DnsAnswer weightedRecordWithReasons() {
        return engine.answer(weighted, random);
    }
}
