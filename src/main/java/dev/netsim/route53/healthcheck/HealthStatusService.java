package dev.netsim.route53.healthcheck;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.Scope;
import dev.netsim.simulation.dns.HealthCheckState;
import dev.netsim.simulation.dns.HealthVerdicts;

/**
 * The status of an account's health checks as Route 53 would see it now: a simulation's override
 * first, then what this node's prober observed, else healthy (a new check); then Disabled,
 * Inverted and the CALCULATED checks' thresholds.
 */
@Service
@Transactional(readOnly = true)
public class HealthStatusService {

    private final HealthCheckRepository checks;
    private final HealthCheckObservations observations;
    private final Clock clock;

    public HealthStatusService(HealthCheckRepository checks, HealthCheckObservations observations, Clock clock) {
        this.checks = checks;
        this.observations = observations;
        this.clock = clock;
    }

    public Map<String, HealthVerdicts.Verdict> verdicts(Scope scope) {
        return HealthVerdicts.evaluate(checks.findByAccountOrderById(scope.account()).stream().map(this::state).toList());
    }

    /** Every account's verdicts, for the DNS server (health check ids are unique across accounts). */
    public Map<String, HealthVerdicts.Verdict> verdictsOfAll() {
        return HealthVerdicts.evaluate(checks.findAll().stream().map(this::state).toList());
    }

    /** One check's observations as GetHealthCheckStatus reports them: one per checker region, all agreeing. */
    public record CheckerReport(String region, String ipAddress, String status, java.time.Instant checkedAt) {
    }

    public List<CheckerReport> reports(Scope scope, HealthCheck check) {
        HealthVerdicts.Verdict verdict = verdicts(scope).get(check.getId());
        var observed = observations.of(check.getId());
        String words = check.getStatusOverride() != null || observed.isEmpty()
                ? (verdict.healthy() ? "Success: HTTP Status Code 200, OK" : "Failure: " + verdict.reason())
                : observed.get().lastResult();
        java.time.Instant at = observed.map(HealthCheckObservations.Observation::checkedAt).orElse(clock.instant());
        List<String> regions = HealthCheckRules.checkerRegions(check.spec());
        return java.util.stream.IntStream.range(0, regions.size())
                .mapToObj(i -> new CheckerReport(regions.get(i), CheckerAddresses.checkerIp(regions.get(i)), words, at)).toList();
    }

    private HealthCheckState state(HealthCheck check) {
        HealthCheckSpec spec = check.spec();
        Boolean observed = null;
        String how = null;
        if (check.getStatusOverride() != null) {
            observed = check.getStatusOverride();
            how = "set " + (observed ? "healthy" : "unhealthy") + " by a simulation";
        } else {
            var seen = observations.of(check.getId());
            if (seen.isPresent()) {
                observed = seen.get().healthy();
                how = seen.get().lastResult();
            }
        }
        return new HealthCheckState(check.getId(), spec.isCalculated(), spec.inverted(), spec.disabled(),
                spec.healthThreshold() == null ? 0 : spec.healthThreshold(), spec.childHealthChecks(), observed, how);
    }
}
