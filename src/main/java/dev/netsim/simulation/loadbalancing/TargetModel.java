package dev.netsim.simulation.loadbalancing;

import java.time.Instant;

/**
 * A registered target: its id (instance id, IP address, Lambda or ALB ARN), port, Availability Zone
 * ({@code all} for targets outside the VPC), health, and when its slow-start ramp began (null when
 * it takes its full share).
 */
public record TargetModel(String id, int port, String availabilityZone, HealthState health, String reason, Instant slowStartFrom) {

    /** {@code i-0abc:80}, how the engine names a target in cookies and sentences. */
    public String key() {
        return id + ":" + port;
    }
}
