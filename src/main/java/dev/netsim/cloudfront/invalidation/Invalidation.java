package dev.netsim.cloudfront.invalidation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** An invalidation of a distribution (or of one tenant of a multi-tenant distribution): its batch (paths and caller reference) as XML, made at {@code created}, complete at {@code completesAt}. */
@Entity
@Table(name = "cloudfront_invalidation")
public class Invalidation extends AssignedIdEntity<String> {

    static final String IN_PROGRESS = "InProgress";
    static final String COMPLETED = "Completed";

    @Id
    private String id;
    private String distributionId;
    private String tenantId;
    private String callerReference;
    private Instant created;
    private Instant completesAt;
    private String batchXml;

    protected Invalidation() {
    }

    Invalidation(String id, String distributionId, String tenantId, String callerReference, Instant created, Instant completesAt, String batchXml) {
        this.id = id;
        this.distributionId = distributionId;
        this.tenantId = tenantId;
        this.callerReference = callerReference;
        this.created = created;
        this.completesAt = completesAt;
        this.batchXml = batchXml;
    }

    @Override
    public String getId() { return id; }
    public String getDistributionId() { return distributionId; }
    /** The distribution tenant whose cache it clears, null when it is the whole distribution's. */
    public String getTenantId() { return tenantId; }
    public String getCallerReference() { return callerReference; }
    public Instant getCreated() { return created; }
    public String getBatchXml() { return batchXml; }

    public String status(Instant now) {
        return now.isBefore(completesAt) ? IN_PROGRESS : COMPLETED;
    }
}
