package dev.netsim.simulation.dns;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Route 53's status of every health check of an account: a disabled check is healthy; an endpoint
 * check is what was observed, healthy until anything was (Route 53 treats new checks as healthy);
 * Inverted flips it; a CALCULATED check is healthy when at least HealthThreshold children are.
 */
public final class HealthVerdicts {

    /** One check's status and the sentence that explains it. */
    public record Verdict(boolean healthy, String reason) {
    }

    private final Map<String, HealthCheckState> states = new HashMap<>();
    private final Map<String, Verdict> verdicts = new HashMap<>();

    private HealthVerdicts(Collection<HealthCheckState> states) {
        states.forEach(s -> this.states.put(s.id(), s));
    }

    public static Map<String, Verdict> evaluate(Collection<HealthCheckState> states) {
        HealthVerdicts all = new HealthVerdicts(states);
        for (HealthCheckState state : states) {
            all.verdict(state.id(), new HashSet<>());
        }
        return Map.copyOf(all.verdicts);
    }

    private Verdict verdict(String id, Set<String> visiting) {
        Verdict known = verdicts.get(id);
        if (known != null) {
            return known;
        }
        HealthCheckState state = states.get(id);
        if (state == null) {
            return new Verdict(false, "health check " + id + " does not exist");
        }
        Verdict verdict;
        if (state.disabled()) {
            verdict = new Verdict(true, "health check " + id + " is disabled, so Route 53 considers it healthy");
        } else if (state.calculated()) {
            verdict = calculated(state, visiting);
        } else {
            boolean observed = state.observed() == null || state.observed();
            String how = state.observed() == null ? "no status observed yet (a new health check is healthy)" : state.observation();
            verdict = invert(state, new Verdict(observed, "health check " + id + " is " + (observed ? "healthy" : "unhealthy") + ": " + how));
        }
        verdicts.put(id, verdict);
        return verdict;
    }

    private Verdict calculated(HealthCheckState state, Set<String> visiting) {
        if (!visiting.add(state.id())) {
            return new Verdict(false, "health check " + state.id() + " is part of a cycle of calculated health checks");
        }
        int healthy = 0;
        for (String child : state.children()) {
            if (verdict(child, visiting).healthy()) {
                healthy++;
            }
        }
        visiting.remove(state.id());
        boolean ok = healthy >= state.healthThreshold();
        return invert(state, new Verdict(ok, "calculated health check " + state.id() + " is " + (ok ? "healthy" : "unhealthy") + ": " + healthy
                + " of " + state.children().size() + " child health checks are healthy, and it needs " + state.healthThreshold()));
    }

    private static Verdict invert(HealthCheckState state, Verdict verdict) {
        return state.inverted() ? new Verdict(!verdict.healthy(), verdict.reason() + ", inverted to " + (verdict.healthy() ? "unhealthy" : "healthy"))
                : verdict;
    }
}
