package dev.netsim.simulation.reachability;

import java.util.ArrayList;
import java.util.List;
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

import dev.netsim.simulation.network.IpProtocol;
import dev.netsim.simulation.network.NetworkSnapshot;

/**
 * The engine on the network (1,000 instances, 50 subnets, 200 groups, 2,000 rules), one
 * thread: one analysis (sampled, for its percentiles), a 100 × 100 matrix on one port, and the
 * snapshot's own indexing. Run with {@code scripts/bench-reachability.sh}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReachabilityBenchmark {

    private final ReachabilityAnalyzer analyzer = new ReachabilityAnalyzer();
    private GeneratedNetwork generated;
    private NetworkSnapshot network;
    private List<ReachabilityQuery> queries;
    private List<String> matrixSources;
    private List<String> matrixDestinations;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        generated = GeneratedNetwork.generate(42, GeneratedNetwork.Size.LARGE);
        network = generated.network.build();
        queries = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            queries.add(generated.randomQuery());
        }
        matrixSources = generated.instances.subList(0, 100);
        matrixDestinations = generated.instances.subList(100, 200);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ReachabilityResult oneAnalysis() {
        ReachabilityQuery query = queries.get(next++ & 4095);
        return analyzer.analyze(network, query);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int matrix100By100() {
        int reachable = 0;
        for (String source : matrixSources) {
            for (String destination : matrixDestinations) {
                reachable += analyzer.analyze(network, ReachabilityQuery.between(source, destination, IpProtocol.TCP, 443)).pathFound() ? 1 : 0;
            }
        }
        return reachable;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public NetworkSnapshot indexSnapshot() {
        return generated.network.build();
    }
}
