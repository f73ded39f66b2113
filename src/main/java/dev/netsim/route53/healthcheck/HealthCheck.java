package dev.netsim.route53.healthcheck;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;
import dev.netsim.common.persistence.StoredJson;

@Entity
@Table(name = "route53_health_check")
public class HealthCheck extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String callerReference;
    private String type;
    private long version;
    private String config;
    private Boolean statusOverride;
    private Instant createdAt;

    protected HealthCheck() {
    }

    HealthCheck(String id, String account, String callerReference, HealthCheckSpec spec, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.callerReference = callerReference;
        this.type = spec.type();
        this.version = 1;
        this.config = StoredJson.write(spec);
        this.createdAt = createdAt;
    }

    void update(HealthCheckSpec spec) {
        this.config = StoredJson.write(spec);
        this.version++;
    }

    /** A simulation's verdict; null lets the probed or default status apply again. */
    void overrideStatus(Boolean healthy) {
        this.statusOverride = healthy;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getCallerReference() { return callerReference; }
    public long getVersion() { return version; }
    public Boolean getStatusOverride() { return statusOverride; }
    public Instant getCreatedAt() { return createdAt; }

    public HealthCheckSpec spec() {
        return StoredJson.read(config, HealthCheckSpec.class);
    }
}
