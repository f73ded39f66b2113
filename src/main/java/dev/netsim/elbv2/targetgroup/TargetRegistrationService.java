package dev.netsim.elbv2.targetgroup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.ec2.Ec2Settings;
import dev.netsim.ec2.instance.InstanceDetails;
import dev.netsim.ec2.instance.InstanceService;
import dev.netsim.ec2.instance.InstanceState;
import dev.netsim.ec2.subnet.Subnet;
import dev.netsim.ec2.subnet.SubnetLookup;
import dev.netsim.elbv2.ElbErrors;
import dev.netsim.elbv2.ElbQuotas;
import dev.netsim.simulation.loadbalancing.AnomalyMitigation;

/**
 * Targets of target groups: registration (instances in the group's VPC and running, IP addresses in
 * the VPC or outside it with zone {@code all}), deregistration with draining for the group's
 * deregistration delay, and health as DescribeTargetHealth reports it.
 */
@Service
@Transactional
public class TargetRegistrationService {

    static final int MAX_TARGETS_PER_GROUP = ElbQuotas.TARGETS_PER_TARGET_GROUP;

    private final RegisteredTargetRepository targets;
    private final TargetGroupService groups;
    private final InstanceService instances;
    private final SubnetLookup subnets;
    private final Clock clock;
    private final Ec2Settings settings;

    public TargetRegistrationService(RegisteredTargetRepository targets, TargetGroupService groups, InstanceService instances,
                                     SubnetLookup subnets, Clock clock, Ec2Settings settings) {
        this.targets = targets;
        this.groups = groups;
        this.instances = instances;
        this.subnets = subnets;
        this.clock = clock;
        this.settings = settings;
    }

    /** A target as a request names it; port and zone may be null. */
    public record TargetRef(String id, Integer port, String availabilityZone) {
    }

    /**
     * A target's health as DescribeTargetHealth reports it; {@code healthCheckPort} is the port checks
     * go to; {@code changesAt} is when this health changes by itself (null: only a write changes it).
     */
    public record TargetHealth(String id, int port, String availabilityZone, String state, String reason, String description,
                               String healthCheckPort, Instant slowStartFrom, Instant changesAt, boolean anomalous) {
    }

    public void register(Scope scope, String groupArn, List<TargetRef> refs) {
        TargetGroup group = groups.get(scope, groupArn);
        if (refs.isEmpty()) {
            throw ElbErrors.missing("targets");
        }
        TargetGroupSettings s = group.settings();
        List<RegisteredTarget> existing = targets.findByTargetGroupArnOrderByTargetIdAscPortAsc(groupArn);
        Instant now = clock.instant();
        List<RegisteredTarget> added = new ArrayList<>();
        for (TargetRef ref : refs) {
            int port = ref.port() != null ? ref.port() : s.port() != null ? s.port() : 0;
            if (!"lambda".equals(s.targetType())) {
                ElbErrors.inRange(port, port, 1, 65535, "port");
            }
            String zone = zoneOf(scope, s, ref);
            Optional<RegisteredTarget> again = existing.stream()
                    .filter(t -> t.getTargetId().equals(ref.id()) && t.getPort() == port).findFirst();
            if (again.isPresent()) {
                if (again.get().getDeregisteredAt() != null) {
                    again.get().reregister(now);
                }
                continue;
            }
            added.add(new RegisteredTarget(groupArn, ref.id(), port, scope.account(), scope.region(), zone, now));
        }
        if (existing.size() + added.size() > MAX_TARGETS_PER_GROUP) {
            throw new AwsException("TooManyTargets", "You've reached the limit on the number of targets per target group ("
                    + MAX_TARGETS_PER_GROUP + ")");
        }
        targets.saveAll(added);
    }

    private String zoneOf(Scope scope, TargetGroupSettings s, TargetRef ref) {
        if (ref.id() == null || ref.id().isEmpty()) {
            throw ElbErrors.missing("id");
        }
        switch (s.targetType()) {
            case "instance" -> {
                InstanceDetails instance;
                try {
                    instance = instances.get(scope, ref.id());
                } catch (AwsException e) {
                    throw invalidTarget("The following targets are not valid instances: " + ref.id());
                }
                if (!instance.instance().getVpcId().equals(s.vpcId())) {
                    throw invalidTarget("The following targets are not in the target group VPC '" + s.vpcId() + "': '" + ref.id() + "'");
                }
                if (instance.state() != InstanceState.RUNNING) {
                    throw invalidTarget("The following targets are not in a running state and can not be registered: '" + ref.id() + "'");
                }
                return instance.instance().getAvailabilityZone();
            }
            case "ip" -> {
                if (new inet.ipaddr.IPAddressString(ref.id()).getAddress() == null) {
                    throw invalidTarget("The IP address '" + ref.id() + "' is not a valid IPv4 address");
                }
                Optional<Subnet> subnet = subnets.containing(s.vpcId(), ref.id());
                if (subnet.isPresent()) {
                    return subnet.get().getAvailabilityZone();
                }
                if (!"all".equals(ref.availabilityZone())) {
                    throw invalidTarget("The IP address '" + ref.id() + "' is not within the VPC '" + s.vpcId()
                            + "'; register it with availability zone 'all'");
                }
                return "all";
            }
            default -> {
                return "all";
            }
        }
    }

    public void deregister(Scope scope, String groupArn, List<TargetRef> refs) {
        TargetGroup group = groups.get(scope, groupArn);
        List<RegisteredTarget> existing = targets.findByTargetGroupArnOrderByTargetIdAscPortAsc(groupArn);
        List<RegisteredTarget> leaving = new ArrayList<>();
        for (TargetRef ref : refs) {
            int port = ref.port() != null ? ref.port() : group.settings().port() != null ? group.settings().port() : 0;
            leaving.add(existing.stream().filter(t -> t.getTargetId().equals(ref.id()) && t.getPort() == port && t.getDeregisteredAt() == null)
                    .findFirst().orElseThrow(() -> invalidTarget("The target '" + ref.id() + "' is not registered with target group '"
                            + groupArn + "'")));
        }
        Instant now = clock.instant();
        leaving.forEach(t -> t.deregister(now));
    }

    /** What a simulation may say of a target's health; draining and unused follow from registration. */
    static final java.util.Set<String> OVERRIDABLE_STATES = java.util.Set.of("initial", "healthy", "unhealthy", "unavailable");

    /** A simulation's say on a target's health, or {@code null} state to go back to computed health. */
    public void overrideHealth(Scope scope, String groupArn, String targetId, String state, String reason) {
        if (state != null && !OVERRIDABLE_STATES.contains(state)) {
            throw ElbErrors.validation("state must be one of " + OVERRIDABLE_STATES + " (draining and unused follow from registration)");
        }
        registered(scope, groupArn, targetId).forEach(t -> t.overrideHealth(state, state == null ? null : reason, null));
    }

    /** What DescribeTargetHealth's AnomalyDetection says of a target. */
    public record AnomalyDetection(String result, boolean mitigationInEffect) {
    }

    /**
     * Each target's anomaly detection, for a group that detects anomalies (weighted random); empty
     * for the others. Mitigation is in effect as the engine applies it ({@link AnomalyMitigation}).
     */
    @Transactional(readOnly = true)
    public Map<TargetHealth, AnomalyDetection> anomalyDetection(Scope scope, String groupArn, List<TargetHealth> health) {
        Map<String, String> attributes = groups.get(scope, groupArn).attributes();
        if (!"weighted_random".equals(attributes.get("load_balancing.algorithm.type"))) {
            return Map.of();
        }
        boolean mitigationOn = "on".equals(attributes.get("load_balancing.algorithm.anomaly_mitigation"));
        int healthy = (int) health.stream().filter(h -> "healthy".equals(h.state())).count();
        Map<TargetHealth, AnomalyDetection> result = new java.util.LinkedHashMap<>();
        health.forEach(h -> result.put(h, new AnomalyDetection(h.anomalous() ? "anomalous" : "normal",
                AnomalyMitigation.inEffect(mitigationOn, healthy, h.anomalous()))));
        return result;
    }

    /** A simulation's say on whether weighted random's anomaly detection finds the target anomalous. */
    public void markAnomalous(Scope scope, String groupArn, String targetId, boolean anomalous) {
        registered(scope, groupArn, targetId).forEach(t -> t.setAnomalous(anomalous));
    }

    private List<RegisteredTarget> registered(Scope scope, String groupArn, String targetId) {
        groups.get(scope, groupArn);
        List<RegisteredTarget> matching = targets.findByTargetGroupArnOrderByTargetIdAscPortAsc(groupArn).stream()
                .filter(t -> t.getTargetId().equals(targetId) && t.getDeregisteredAt() == null).toList();
        if (matching.isEmpty()) {
            throw invalidTarget("The target '" + targetId + "' is not registered with target group '" + groupArn + "'");
        }
        return matching;
    }

    /**
     * A registered target a health check can reach: its group and scope, its address (an IP
     * target's own, a running instance's primary private address), its group's settings, and the
     * state the last probe recorded (null before the first).
     */
    public record ProbeTarget(String groupArn, String account, String region, String targetId, int port, String address,
                              TargetGroupSettings settings, String recordedState) {
    }

    /** Every registered target of every group with HTTP, HTTPS or TCP health checks on (gRPC checks and Lambda targets are not probed). */
    @Transactional(readOnly = true)
    public List<ProbeTarget> probeTargets() {
        List<ProbeTarget> result = new ArrayList<>();
        for (TargetGroup group : groups.everyGroup()) {
            TargetGroupSettings s = group.settings();
            if (!s.healthCheckEnabled() || s.matcherGrpcCode() != null || "lambda".equals(s.targetType()) || "alb".equals(s.targetType())) {
                continue;
            }
            Scope scope = new Scope(group.getAccount(), group.getRegion());
            for (RegisteredTarget t : targets.findByTargetGroupArnOrderByTargetIdAscPortAsc(group.getArn())) {
                if (t.getDeregisteredAt() != null) {
                    continue;
                }
                String address = t.getTargetId();
                if ("instance".equals(s.targetType())) {
                    InstanceDetails instance;
                    try {
                        instance = instances.get(scope, t.getTargetId());
                    } catch (AwsException e) {
                        continue; // terminated and gone
                    }
                    if (instance.state() != InstanceState.RUNNING) {
                        continue;
                    }
                    address = instance.primaryInterface().getPrivateIp();
                }
                result.add(new ProbeTarget(group.getArn(), group.getAccount(), group.getRegion(), t.getTargetId(), t.getPort(), address, s,
                        t.getHealthState()));
            }
        }
        return result;
    }

    /** What the health checks found, in DescribeTargetHealth's terms; the target may have left since. */
    public void recordProbedHealth(ProbeTarget target, String state, String reason, String description) {
        targets.findById(new RegisteredTarget.Key(target.groupArn(), target.targetId(), target.port()))
                .filter(t -> t.getDeregisteredAt() == null).ifPresent(t -> t.overrideHealth(state, reason, description));
    }

    /**
     * Every target of the group (or the ones asked for) with its health: draining until the
     * deregistration delay ends, unused when no load balancer uses the group or its zone is not
     * enabled, or its instance is not running; then a simulation override; unavailable without health
     * checks; initial until the first check; healthy.
     */
    @Transactional(readOnly = true)
    public List<TargetHealth> health(Scope scope, String groupArn, List<TargetRef> asked, List<String> enabledZones) {
        TargetGroup group = groups.get(scope, groupArn);
        TargetGroupSettings s = group.settings();
        boolean used = !groups.loadBalancersUsing(scope, groupArn).isEmpty();
        Duration delay = Duration.ofSeconds(Long.parseLong(group.attributes().getOrDefault("deregistration_delay.timeout_seconds", "0")));
        Instant now = clock.instant();
        List<TargetHealth> result = new ArrayList<>();
        List<RegisteredTarget> registered = targets.findByTargetGroupArnOrderByTargetIdAscPortAsc(groupArn);
        // one query for every instance target's state, however many targets there are
        Map<String, InstanceState> states = "instance".equals(s.targetType())
                ? instances.states(scope, registered.stream().map(RegisteredTarget::getTargetId).distinct().toList()) : Map.of();
        for (RegisteredTarget t : registered) {
            if (t.getDeregisteredAt() != null && !now.isBefore(t.getDeregisteredAt().plus(delay))) {
                continue;
            }
            if (!asked.isEmpty() && asked.stream().noneMatch(a -> a.id().equals(t.getTargetId()) && (a.port() == null || a.port() == t.getPort()))) {
                continue;
            }
            result.add(health(s, t, states, used, enabledZones, now, delay));
        }
        for (TargetRef a : asked) {
            if (result.stream().noneMatch(h -> h.id().equals(a.id()))) {
                int port = a.port() != null ? a.port() : s.port() != null ? s.port() : 0;
                result.add(new TargetHealth(a.id(), port, a.availabilityZone(), "unused", "Target.NotRegistered",
                        "Target is not registered to the target group", checkPort(s, port), null, null, false));
            }
        }
        return result;
    }

    private TargetHealth health(TargetGroupSettings s, RegisteredTarget t, Map<String, InstanceState> instanceStates, boolean used,
                                List<String> enabledZones, Instant now, Duration delay) {
        String checkPort = checkPort(s, t.getPort());
        if (t.getDeregisteredAt() != null) {
            return of(t, "draining", "Target.DeregistrationInProgress", "Target deregistration is in progress", checkPort, null,
                    t.getDeregisteredAt().plus(delay));
        }
        if (!used) {
            return of(t, "unused", "Target.NotInUse", "Target group is not configured to receive traffic from the load balancer", checkPort, null,
                    null);
        }
        if (!t.getAvailabilityZone().equals("all") && !enabledZones.isEmpty() && !enabledZones.contains(t.getAvailabilityZone())) {
            return of(t, "unused", "Target.NotInUse", "Target is in an Availability Zone that is not enabled for the load balancer", checkPort,
                    null, null);
        }
        if ("instance".equals(s.targetType())) {
            InstanceState state = instanceStates.getOrDefault(t.getTargetId(), InstanceState.TERMINATED); // gone: terminated long ago
            if (state != InstanceState.RUNNING) {
                // pending, stopping and shutting-down move on by themselves; stopped and terminated wait for a call
                boolean settled = state == InstanceState.STOPPED || state == InstanceState.TERMINATED;
                return of(t, "unused", "Target.InvalidState", "Target is in the " + state.apiName() + " state", checkPort, null,
                        settled ? null : now);
            }
        }
        Instant checked = t.getRegisteredAt().plus(settings.stateTransitionDelay());
        if (t.getHealthState() != null) {
            return of(t, t.getHealthState(), t.getHealthReason(), t.getHealthDescription() != null ? t.getHealthDescription()
                    : "Health set by the simulation API", checkPort, checked, null);
        }
        if (!s.healthCheckEnabled()) {
            return of(t, "unavailable", "Target.HealthCheckDisabled", "Health checks are disabled", checkPort, checked, null);
        }
        if (now.isBefore(checked)) {
            return of(t, "initial", "Elb.RegistrationInProgress", "Target registration is in progress", checkPort, null, checked);
        }
        return of(t, "healthy", null, null, checkPort, checked, null);
    }

    private static String checkPort(TargetGroupSettings s, int port) {
        return "traffic-port".equals(s.healthCheckPort()) ? String.valueOf(port) : s.healthCheckPort();
    }

    private static TargetHealth of(RegisteredTarget t, String state, String reason, String description, String checkPort, Instant since,
                                   Instant changesAt) {
        return new TargetHealth(t.getTargetId(), t.getPort(), t.getAvailabilityZone(), state, reason, description, checkPort, since, changesAt,
                t.isAnomalous());
    }

    private static AwsException invalidTarget(String message) {
        return new AwsException("InvalidTarget", message);
    }
}
