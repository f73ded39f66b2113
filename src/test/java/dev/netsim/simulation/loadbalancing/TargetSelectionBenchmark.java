package dev.netsim.simulation.loadbalancing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The engine on the load balancer: an ALB listener with 50 rules (host and path conditions)
 * in front of a target group of 100 targets in two zones, one thread. A decision takes the 26th rule
 * or falls through all 50 to the default; a batch of 10,000 goes through the same listener.
 * Run with {@code scripts/bench-loadbalancing.sh}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TargetSelectionBenchmark {

    private final LoadBalancerSimulator simulator = new LoadBalancerSimulator();
    private final LoadBalancerState state = new LoadBalancerState();
    private final SplittableRandom random = new SplittableRandom(7);
    private LoadBalancerModel lb;
    private ClientRequest midRule;
    private ClientRequest fallThrough;

    @Setup(Level.Trial)
    public void setUp() {
        List<TargetModel> targets = new ArrayList<>(TestBalancers.targets("i-a", TestBalancers.AZ_A, 50));
        targets.addAll(TestBalancers.targets("i-b", TestBalancers.AZ_B, 50));
        TargetGroupModel group = TestBalancers.group("web", targets);
        List<ListenerRule> rules = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            rules.add(TestBalancers.rule(i, TestBalancers.forward(group), RuleCondition.hostHeader(List.of("svc" + i + ".example.com")),
                    RuleCondition.pathPattern(List.of("/v1/svc" + i + "/*", "/v2/svc" + i + "/*"))));
        }
        lb = TestBalancers.alb(TestBalancers.forward(group), rules.toArray(ListenerRule[]::new));
        midRule = new ClientRequest(80, "GET", "svc26.example.com", "/v2/svc26/orders/7", Map.of(), Map.of("user-agent", "bench"),
                Map.of(), "198.51.100.7", 50123, null, null, Map.of());
        fallThrough = new ClientRequest(80, "GET", "www.example.com", "/index.html", Map.of(), Map.of(), Map.of(), "198.51.100.7",
                50123, null, null, Map.of());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public RoutingDecision decisionAtRule26() {
        return simulator.route(lb, midRule, state, TestBalancers.NOW, random);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public RoutingDecision decisionThroughAllRules() {
        return simulator.route(lb, fallThrough, state, TestBalancers.NOW, random);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public BatchSummary batchOf10000() {
        return simulator.batch(lb, midRule, 10_000, false, state, TestBalancers.NOW, random);
    }
}
