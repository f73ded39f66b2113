package dev.netsim.elbv2.simulation;

import java.time.Clock;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.StateResetEvent;
import dev.netsim.elbv2.loadbalancer.LoadBalancer;
import dev.netsim.elbv2.loadbalancer.LoadBalancerService;
import dev.netsim.simulation.loadbalancing.BatchSummary;
import dev.netsim.simulation.loadbalancing.ClientRequest;
import dev.netsim.simulation.loadbalancing.LoadBalancerModel;
import dev.netsim.simulation.loadbalancing.LoadBalancerSimulator;
import dev.netsim.simulation.loadbalancing.LoadBalancerState;
import dev.netsim.simulation.loadbalancing.RoutingDecision;

/**
 * Asks the target-selection engine what a load balancer does with a request, or with a batch of
 * them. Each load balancer keeps its rotation state here, per Netsim node, until a reset; a seed makes
 * the random choices of one call repeatable.
 */
@Service
public class LoadBalancerSimulationService {

    static final int MAX_BATCH = 100_000;

    private final LoadBalancerService balancers;
    private final LoadBalancerModels models;
    private final Clock clock;
    private final RandomGenerator random;
    private final LoadBalancerSimulator simulator = new LoadBalancerSimulator();
    private final Map<String, LoadBalancerState> states = new ConcurrentHashMap<>();

    public LoadBalancerSimulationService(LoadBalancerService balancers, LoadBalancerModels models, Clock clock, RandomGenerator random) {
        this.balancers = balancers;
        this.models = models;
        this.clock = clock;
        this.random = random;
    }

    public RoutingDecision route(Scope scope, String name, ClientRequest request, Long seed) {
        LoadBalancer lb = balancers.byNameOrArn(scope, name);
        LoadBalancerModel model = model(scope, lb, request);
        return simulator.route(model, request, state(lb), clock.instant(), randomFor(seed));
    }

    public BatchSummary batch(Scope scope, String name, ClientRequest request, int count, Long seed, boolean followCookies) {
        if (count < 1 || count > MAX_BATCH) {
            throw new AwsException("ValidationError", "count must be between 1 and " + MAX_BATCH);
        }
        LoadBalancer lb = balancers.byNameOrArn(scope, name);
        LoadBalancerModel model = model(scope, lb, request);
        return simulator.batch(model, request, count, followCookies, state(lb), clock.instant(), randomFor(seed));
    }

    private LoadBalancerModel model(Scope scope, LoadBalancer lb, ClientRequest request) {
        LoadBalancerModel model = models.of(scope, lb);
        if (model.listeners().stream().noneMatch(l -> l.port() == request.listenerPort())) {
            throw new AwsException("ListenerNotFound", "Load balancer " + lb.getName() + " has no listener on port " + request.listenerPort());
        }
        if (!"active".equals(balancers.state(lb))) {
            throw new AwsException("InvalidConfigurationRequest", "Load balancer " + lb.getName() + " is still provisioning");
        }
        return model;
    }

    /** The call's own generator: from its seed, or from the server's chance bean. */
    private SplittableRandom randomFor(Long seed) {
        return new SplittableRandom(seed != null ? seed : random.nextLong());
    }

    private LoadBalancerState state(LoadBalancer lb) {
        return states.computeIfAbsent(lb.getArn(), arn -> new LoadBalancerState());
    }

    @EventListener(StateResetEvent.class)
    void reset() {
        states.clear();
    }
}
