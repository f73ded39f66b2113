package dev.netsim.simulation.loadbalancing;

import java.time.Instant;

/**
 * A registered target: its id (instance id, IP address, Lambda or ALB ARN), port, Availability Zone
 * ({@code all} for targets outside the VPC), health and its reason code (may be null), and when its
 * slow-start ramp began (null when it takes its full share). A class rather than a record so that
 * its key is built once, not on every decision.
 */
public final class TargetModel {

    private final String id;
    private final int port;
    private final String availabilityZone;
    private final HealthState health;
    private final String reason;
    private final Instant slowStartFrom;
    private final boolean anomalous;
    private final String key;

    public TargetModel(String id, int port, String availabilityZone, HealthState health, String reason, Instant slowStartFrom) {
        this(id, port, availabilityZone, health, reason, slowStartFrom, false);
    }

    /** @param anomalous weighted random's anomaly detection finds the target anomalous */
    public TargetModel(String id, int port, String availabilityZone, HealthState health, String reason, Instant slowStartFrom,
                       boolean anomalous) {
        this.anomalous = anomalous;
        this.id = id;
        this.port = port;
        this.availabilityZone = availabilityZone;
        this.health = health;
        this.reason = reason;
        this.slowStartFrom = slowStartFrom;
        this.key = id + ":" + port;
    }

    public String id() { return id; }
    public int port() { return port; }
    public String availabilityZone() { return availabilityZone; }
    public HealthState health() { return health; }
    public String reason() { return reason; }
    public Instant slowStartFrom() { return slowStartFrom; }
    public boolean anomalous() { return anomalous; }

    /** {@code i-0abc:80}, how the engine names a target in cookies and sentences. */
    public String key() {
        return key;
    }

    boolean servesZone(String zone) {
        return availabilityZone.equals(zone) || availabilityZone.equals("all");
    }

    @Override
    public String toString() {
        return key + " " + availabilityZone + " " + health.apiName();
    }
}
