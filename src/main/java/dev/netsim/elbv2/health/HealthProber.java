package dev.netsim.elbv2.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

import dev.netsim.common.net.EndpointProbe;
import dev.netsim.common.net.ProbeSchedule;
import dev.netsim.elbv2.targetgroup.TargetGroupSettings;
import dev.netsim.elbv2.targetgroup.TargetRegistrationService;
import dev.netsim.elbv2.targetgroup.TargetRegistrationService.ProbeTarget;

/**
 * Health checks for real, when {@link HealthProbeSettings#probe()} is on: every tick, each target
 * that answers on this machine and is due (its group's interval since its last check) is checked;
 * a new target is {@code initial} until its first verdict, {@code healthy} after the group's healthy
 * threshold of consecutive successes, {@code unhealthy} (with AWS's reason and description) after
 * the unhealthy threshold of consecutive failures. Only changes of state are written, so a steady
 * target costs no write; the counts are this node's own.
 */
@Component
class HealthProber {

    private static final int PROBING_THREADS = 8;

    /** A target's checks so far: when the next is due, and the current run of successes or failures. */
    private static final class Streak {
        Instant nextAt = Instant.MIN;
        int successes;
        int failures;
    }

    private record Key(String groupArn, String targetId, int port) {
    }

    private final HealthProbeSettings settings;
    private final TargetRegistrationService registrations;
    private final Clock clock;
    private final Map<String, String> addressMap;
    private final Map<Key, Streak> streaks = new HashMap<>();
    private final ProbeSchedule schedule = new ProbeSchedule("netsim-health", PROBING_THREADS);

    HealthProber(HealthProbeSettings settings, TargetRegistrationService registrations, Clock clock) {
        this.settings = settings;
        this.registrations = registrations;
        this.clock = clock;
        this.addressMap = settings.addressMap();
    }

    @PostConstruct
    void start() {
        if (!settings.probe()) {
            return;
        }
        schedule.start(settings.tick(), () -> checkDueTargets(clock.instant()));
    }

    @PreDestroy
    void stop() {
        schedule.stop();
    }

    /** Checks every target due at {@code now} and records the states that change; returns when all checks are done. */
    synchronized void checkDueTargets(Instant now) {
        List<ProbeTarget> due = new ArrayList<>();
        List<Callable<HealthCheckProbe.Result>> checks = new ArrayList<>();
        List<ProbeTarget> registered = registrations.probeTargets();
        java.util.Set<Key> current = new java.util.HashSet<>();
        registered.forEach(t -> current.add(new Key(t.groupArn(), t.targetId(), t.port())));
        streaks.keySet().retainAll(current); // a target that left starts over if it comes back
        for (ProbeTarget target : registered) {
            String host = EndpointProbe.hostHere(target.address(), addressMap);
            Streak streak = streaks.computeIfAbsent(new Key(target.groupArn(), target.targetId(), target.port()), k -> new Streak());
            if (host == null || now.isBefore(streak.nextAt)) {
                continue;
            }
            TargetGroupSettings s = target.settings();
            streak.nextAt = now.plusSeconds(s.healthCheckIntervalSeconds());
            int port = "traffic-port".equals(s.healthCheckPort()) ? target.port() : Integer.parseInt(s.healthCheckPort());
            boolean detailed = !java.util.Set.of("TCP", "TLS", "UDP", "TCP_UDP").contains(s.protocol());
            due.add(target);
            checks.add(() -> HealthCheckProbe.check(s.healthCheckProtocol(), host, port, s.healthCheckPath(), s.matcherHttpCode(),
                    Duration.ofSeconds(s.healthCheckTimeoutSeconds()), detailed));
        }
        if (checks.isEmpty()) {
            return;
        }
        List<Future<HealthCheckProbe.Result>> results = schedule.runAll(checks);
        for (int i = 0; i < results.size(); i++) {
            record(due.get(i), await(results.get(i)));
        }
    }

    private static HealthCheckProbe.Result await(Future<HealthCheckProbe.Result> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HealthCheckProbe.Result(false, "Elb.InternalError", "Health checks failed due to an internal error");
        } catch (ExecutionException e) {
            return new HealthCheckProbe.Result(false, "Elb.InternalError", "Health checks failed due to an internal error");
        }
    }

    private void record(ProbeTarget target, HealthCheckProbe.Result result) {
        Streak streak = streaks.get(new Key(target.groupArn(), target.targetId(), target.port()));
        TargetGroupSettings s = target.settings();
        if (result.healthy()) {
            streak.successes++;
            streak.failures = 0;
        } else {
            streak.failures++;
            streak.successes = 0;
        }
        String recorded = target.recordedState();
        if (result.healthy() && streak.successes >= s.healthyThresholdCount() && !"healthy".equals(recorded)) {
            registrations.recordProbedHealth(target, "healthy", null, null);
        } else if (!result.healthy() && streak.failures >= s.unhealthyThresholdCount() && !"unhealthy".equals(recorded)) {
            registrations.recordProbedHealth(target, "unhealthy", result.reason(), result.description());
        } else if (recorded == null) {
            registrations.recordProbedHealth(target, "initial", "Elb.InitialHealthChecking", "Initial health checking in progress");
        }
    }
}
