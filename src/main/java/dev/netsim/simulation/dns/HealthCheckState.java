package dev.netsim.simulation.dns;

import java.util.List;

/**
 * What decides one Route 53 health check's status: its switches, the children a CALCULATED check
 * combines, and what has been observed of its endpoint (null: nothing yet), with the words that
 * say how it was observed ("set unhealthy by a simulation", "HTTP 503 from 127.0.0.1:8080").
 */
public record HealthCheckState(String id, boolean calculated, boolean inverted, boolean disabled, int healthThreshold, List<String> children,
                               Boolean observed, String observation) {

    public HealthCheckState {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
