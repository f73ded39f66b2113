package dev.netsim.simulation.loadbalancing;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A target group as the engine sees it: its algorithm and stickiness (null when disabled), its slow
 * start ({@link Duration#ZERO} when off), its cross-zone setting and its registered targets. The
 * targets that take traffic, and those in service for fail-open, are sorted out once per model,
 * whole and per zone, since every decision needs them.
 */
public final class TargetGroupModel {

    private final String arn;
    private final String name;
    private final String protocol;
    private final Algorithm algorithm;
    private final Stickiness stickiness;
    private final Duration slowStart;
    private final CrossZone crossZone;
    private final Options options;
    private final List<TargetModel> targets;
    private final List<TargetModel> routable;
    private final List<TargetModel> inService;
    private final Map<String, List<TargetModel>> routableByZone = new HashMap<>();
    private final Map<String, List<TargetModel>> inServiceByZone = new HashMap<>();

    public TargetGroupModel(String arn, String name, String protocol, Algorithm algorithm, Stickiness stickiness, Duration slowStart,
                            CrossZone crossZone, List<TargetModel> targets) {
        this(arn, name, protocol, algorithm, stickiness, slowStart, crossZone, Options.NONE, targets);
    }

    /**
     * The attributes few groups set: weighted random's anomaly mitigation, and a gateway load
     * balancer's target failover ({@code rebalance} moves established flows off a draining or
     * unhealthy target; {@code no_rebalance}, the default, leaves them there).
     */
    public record Options(boolean anomalyMitigation, boolean rebalanceOnDeregistration, boolean rebalanceOnUnhealthy) {
        public static final Options NONE = new Options(false, false, false);
    }

    public TargetGroupModel(String arn, String name, String protocol, Algorithm algorithm, Stickiness stickiness, Duration slowStart,
                            CrossZone crossZone, Options options, List<TargetModel> targets) {
        this.options = options;
        this.arn = arn;
        this.name = name;
        this.protocol = protocol;
        this.algorithm = algorithm;
        this.stickiness = stickiness;
        this.slowStart = slowStart;
        this.crossZone = crossZone;
        this.targets = List.copyOf(targets);
        this.routable = this.targets.stream().filter(t -> t.health().routable()).toList();
        this.inService = this.targets.stream().filter(t -> t.health().inService()).toList();
        for (TargetModel t : this.targets) {
            routableByZone.computeIfAbsent(t.availabilityZone(), z -> List.of());
        }
        for (String zone : List.copyOf(routableByZone.keySet())) {
            routableByZone.put(zone, routable.stream().filter(t -> t.servesZone(zone)).toList());
            inServiceByZone.put(zone, inService.stream().filter(t -> t.servesZone(zone)).toList());
        }
    }

    public String arn() { return arn; }
    public String name() { return name; }
    public String protocol() { return protocol; }
    public Algorithm algorithm() { return algorithm; }
    public Stickiness stickiness() { return stickiness; }
    public Duration slowStart() { return slowStart; }
    public CrossZone crossZone() { return crossZone; }
    public boolean anomalyMitigation() { return options.anomalyMitigation(); }
    public Options options() { return options; }
    public List<TargetModel> targets() { return targets; }

    /** Healthy targets, and those whose health checks are disabled. */
    List<TargetModel> routable() {
        return routable;
    }

    /** Targets neither draining nor unused: where fail-open sends traffic. */
    List<TargetModel> inService() {
        return inService;
    }

    /** The targets of {@code pool} (one of the two lists above) that serve a zone, with targets of zone {@code all}. */
    List<TargetModel> inZone(List<TargetModel> pool, String zone) {
        Map<String, List<TargetModel>> byZone = pool == routable ? routableByZone : inServiceByZone;
        List<TargetModel> zoned = byZone.get(zone);
        if (zoned != null) {
            return zoned;
        }
        return pool.stream().filter(t -> t.servesZone(zone)).toList();
    }

    @Override
    public String toString() {
        return name + " " + targets;
    }
}
