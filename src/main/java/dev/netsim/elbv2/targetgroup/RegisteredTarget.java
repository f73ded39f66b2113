package dev.netsim.elbv2.targetgroup;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * A target registered with a target group, by id and port. Deregistering marks it draining until the
 * group's deregistration delay passes; a health override (the simulation API) replaces computed health.
 */
@Entity
@Table(name = "registered_target")
@IdClass(RegisteredTarget.Key.class)
public class RegisteredTarget extends AssignedIdEntity<RegisteredTarget.Key> {

    @Id
    private String targetGroupArn;
    @Id
    private String targetId;
    @Id
    private int port;
    private String account;
    private String region;
    private String availabilityZone;
    private Instant registeredAt;
    private Instant deregisteredAt;
    private String healthState;
    private String healthReason;
    private String healthDescription;
    private boolean anomalous;

    protected RegisteredTarget() {
    }

    RegisteredTarget(String targetGroupArn, String targetId, int port, String account, String region, String availabilityZone,
                     Instant registeredAt) {
        this.targetGroupArn = targetGroupArn;
        this.targetId = targetId;
        this.port = port;
        this.account = account;
        this.region = region;
        this.availabilityZone = availabilityZone;
        this.registeredAt = registeredAt;
    }

    public String getTargetGroupArn() { return targetGroupArn; }
    public String getTargetId() { return targetId; }
    public int getPort() { return port; }
    public String getAvailabilityZone() { return availabilityZone; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getDeregisteredAt() { return deregisteredAt; }
    public String getHealthState() { return healthState; }
    public String getHealthReason() { return healthReason; }
    public String getHealthDescription() { return healthDescription; }
    public boolean isAnomalous() { return anomalous; }

    void setAnomalous(boolean anomalous) {
        this.anomalous = anomalous;
    }

    void reregister(Instant at) {
        this.registeredAt = at;
        this.deregisteredAt = null;
    }

    void deregister(Instant at) {
        this.deregisteredAt = at;
    }

    /** Health set by the simulation API (no description of its own) or found by probes (with AWS's description). */
    void overrideHealth(String state, String reason, String description) {
        this.healthState = state;
        this.healthReason = reason;
        this.healthDescription = description;
    }

    @Override
    public Key getId() {
        return new Key(targetGroupArn, targetId, port);
    }

    public record Key(String targetGroupArn, String targetId, int port) implements Serializable {
        public Key() {
            this(null, null, 0);
        }
    }
}
