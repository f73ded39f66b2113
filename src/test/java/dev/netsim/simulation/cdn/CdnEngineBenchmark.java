package dev.netsim.simulation.cdn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
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
 * Viewer requests to a distribution whose edge already holds 10,000 objects (a warm cache): quiet
 * decisions, as a batch makes them, and full ones, with headers and explanations, as one simulated
 * request gets. Target: 1,000,000 quiet requests a second on one core. Run with
 * {@code scripts/bench-cdn.sh}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CdnEngineBenchmark {

    static final int OBJECTS = 10_000;
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final SplittableRandom random = new SplittableRandom(7);
    private final ViewerRequest[] requests = new ViewerRequest[OBJECTS];
    private CdnEngine engine;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        CacheKeyPolicy optimized = new CacheKeyPolicy(CacheKeyPolicy.Selection.NONE, CacheKeyPolicy.Selection.NONE, CacheKeyPolicy.Selection.NONE,
                true, true, false);
        Set<String> getHead = Set.of("GET", "HEAD");
        List<CdnDistribution.Behavior> behaviors = List.of(
                new CdnDistribution.Behavior("/api/*", "web", CdnDistribution.ViewerProtocol.HTTPS_ONLY, getHead, getHead, CacheKeyPolicy.NOTHING,
                        new CdnDistribution.Ttls(0, 0, 0), "Managed-CachingDisabled"),
                new CdnDistribution.Behavior("*", "web", CdnDistribution.ViewerProtocol.REDIRECT_TO_HTTPS, getHead, getHead, optimized,
                        new CdnDistribution.Ttls(1, 86_400, 31_536_000), "Managed-CachingOptimized"));
        CdnDistribution d = new CdnDistribution("EBENCH", "d111111abcdef8.cloudfront.net", List.of(), "PriceClass_All", null,
                Map.of("web", new CdnDistribution.Origin("web", "origin.example.com", "", false, null)), Map.of(), behaviors, Map.of());
        OriginObjects origins = new OriginObjects(Map.of("web", Map.of("/objects/*",
                new OriginObject(200, Map.of("Cache-Control", "max-age=3600", "Content-Type", "image/jpeg"), 20_000, "\"v1\"", null, 0))));
        EdgeLocation iad = EdgeLocations.DEFAULTS.find("IAD").orElseThrow();
        engine = new CdnEngine(d, EdgeLocations.DEFAULTS, iad, origins, List.of(), new CdnCache());
        for (int i = 0; i < OBJECTS; i++) {
            requests[i] = new ViewerRequest("GET", "https", "d111111abcdef8.cloudfront.net", "/objects/" + i + ".jpg", null,
                    Map.of("accept-encoding", "gzip, br"), Map.of(), "IAD", null, null);
            engine.handleQuietly(requests[i], NOW, random);
        }
    }

    @Benchmark
    public CdnDecision warmHitQuiet() {
        ViewerRequest request = requests[next];
        next = next + 1 == OBJECTS ? 0 : next + 1;
        return engine.handleQuietly(request, NOW, random);
    }

    @Benchmark
    public CdnDecision warmHitExplained() {
        ViewerRequest request = requests[next];
        next = next + 1 == OBJECTS ? 0 : next + 1;
        return engine.handle(request, NOW, random);
    }
}
