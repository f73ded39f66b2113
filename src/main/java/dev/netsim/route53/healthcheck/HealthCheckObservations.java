package dev.netsim.route53.healthcheck;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * What this node's prober has concluded about each probed health check: its status (after
 * FailureThreshold agreeing results), the last result's words and when it was taken. Per node by
 * nature, like Route 53's own checkers' view; a restart starts every check over as healthy.
 */
@Component
public class HealthCheckObservations {

    /** A probed check's status, the last result in GetHealthCheckStatus's words, and when it was checked. */
    record Observation(boolean healthy, String lastResult, Instant checkedAt) {
    }

    private final Map<String, Observation> observations = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong statusChanges = new java.util.concurrent.atomic.AtomicLong();

    Optional<Observation> of(String healthCheckId) {
        return Optional.ofNullable(observations.get(healthCheckId));
    }

    void record(String healthCheckId, Observation observation) {
        Observation before = observations.put(healthCheckId, observation);
        if (before == null || before.healthy() != observation.healthy()) {
            statusChanges.incrementAndGet();
        }
    }

    /** How many times a probed status has changed: caches of answers that depend on health compare it. */
    public long statusChanges() {
        return statusChanges.get();
    }

    void retainOnly(java.util.Set<String> healthCheckIds) {
        observations.keySet().retainAll(healthCheckIds);
    }
}
