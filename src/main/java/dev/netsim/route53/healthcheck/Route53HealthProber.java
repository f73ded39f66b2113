package dev.netsim.route53.healthcheck;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

import dev.netsim.common.net.EndpointProbe;
import dev.netsim.common.net.ProbeSchedule;

/**
 * Route 53 health checks for real, when {@link Route53ProbeSettings#probe()} is on. Each endpoint
 * check whose address answers here is checked every RequestInterval as Route 53's checkers do:
 * HTTP(S) must connect within 4 s and answer 2xx or 3xx within 2 s more; string matching also needs
 * the search string in the first 5,120 bytes of the body; TCP must connect within 10 s. The status
 * changes after FailureThreshold consecutive results that disagree with it.
 */
@Component
class Route53HealthProber {

    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(6);
    private static final Duration TCP_TIMEOUT = Duration.ofSeconds(10);
    private static final int SEARCHED_BYTES = 5120;

    /** A check's run of results that disagree with its status, and when it is next due. */
    private static final class Streak {
        Instant nextAt = Instant.MIN;
        int disagreeing;
    }

    private record Result(boolean healthy, String words) {
    }

    private final Route53ProbeSettings settings;
    private final HealthCheckRepository checks;
    private final HealthCheckObservations observations;
    private final Clock clock;
    private final Map<String, String> addressMap;
    private final Map<String, Streak> streaks = new HashMap<>();
    private final ProbeSchedule schedule = new ProbeSchedule("netsim-route53-health", 4);

    Route53HealthProber(Route53ProbeSettings settings, HealthCheckRepository checks, HealthCheckObservations observations, Clock clock) {
        this.settings = settings;
        this.checks = checks;
        this.observations = observations;
        this.clock = clock;
        this.addressMap = settings.addressMap();
    }

    @PostConstruct
    void start() {
        if (!settings.probe()) {
            return;
        }
        schedule.start(settings.tick(), () -> checkDue(clock.instant()));
    }

    @PreDestroy
    void stop() {
        schedule.stop();
    }

    /** Checks every probed health check due at {@code now}; returns when all are done. */
    synchronized void checkDue(Instant now) {
        Set<String> present = new HashSet<>();
        Map<HealthCheck, java.util.concurrent.Future<Result>> running = new HashMap<>();
        for (HealthCheck check : checks.findAll()) {
            present.add(check.getId());
            HealthCheckSpec spec = check.spec();
            String host = spec.probesAnEndpoint() && spec.ipAddress() != null ? EndpointProbe.hostHere(spec.ipAddress(), addressMap) : null;
            Streak streak = streaks.computeIfAbsent(check.getId(), id -> new Streak());
            if (host == null || now.isBefore(streak.nextAt)) {
                continue;
            }
            streak.nextAt = now.plusSeconds(spec.requestInterval());
            running.put(check, schedule.submit(() -> probe(spec, host)));
        }
        streaks.keySet().retainAll(present);
        observations.retainOnly(present);
        running.forEach((check, future) -> record(check, await(future), now));
    }

    private static Result await(java.util.concurrent.Future<Result> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "Failure: the health check was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            return new Result(false, "Failure: " + e.getCause().getMessage());
        }
    }

    private void record(HealthCheck check, Result result, Instant now) {
        HealthCheckSpec spec = check.spec();
        Streak streak = streaks.get(check.getId());
        boolean current = observations.of(check.getId()).map(HealthCheckObservations.Observation::healthy).orElse(true);
        streak.disagreeing = result.healthy() == current ? 0 : streak.disagreeing + 1;
        boolean status = streak.disagreeing >= spec.failureThreshold() ? result.healthy() : current;
        if (status != current) {
            streak.disagreeing = 0;
        }
        observations.record(check.getId(), new HealthCheckObservations.Observation(status, result.words(), now));
    }

    private static Result probe(HealthCheckSpec spec, String host) {
        int port = spec.port();
        if (spec.type().equals("TCP")) {
            return EndpointProbe.connects(host, port, TCP_TIMEOUT) ? new Result(true, "Success: TCP connection established")
                    : new Result(false, "Failure: Connection timed out. The endpoint or the internet connection is down, or requests are being "
                    + "blocked by your firewall.");
        }
        String scheme = spec.type().startsWith("HTTPS") ? "https" : "http";
        boolean match = spec.type().endsWith("_STR_MATCH");
        try {
            EndpointProbe.Answer answer = EndpointProbe.get(scheme, host, port, spec.resourcePath(), "Amazon-Route53-Health-Check-Service",
                    HTTP_TIMEOUT, match ? SEARCHED_BYTES : 0);
            if (answer.status() < 200 || answer.status() >= 400) {
                return new Result(false, "Failure: HTTP Status Code " + answer.status() + ". Resolved IP: " + spec.ipAddress());
            }
            if (match && !answer.bodyPrefix().contains(spec.searchString())) {
                return new Result(false, "Failure: Search string not found in the first 5120 bytes of the response body. Resolved IP: "
                        + spec.ipAddress());
            }
            return new Result(true, "Success: HTTP Status Code " + answer.status() + ", OK");
        } catch (HttpTimeoutException e) {
            return new Result(false, "Failure: The endpoint did not respond within the timeout. Resolved IP: " + spec.ipAddress());
        } catch (IOException e) {
            return new Result(false, "Failure: Connection refused. The endpoint or the internet connection is down, or requests are being blocked "
                    + "by your firewall. Resolved IP: " + spec.ipAddress());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "Failure: the health check was interrupted");
        }
    }
}
