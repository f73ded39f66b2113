package dev.netsim.route53.record;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;
import dev.netsim.common.persistence.StoredJson;
import dev.netsim.simulation.dns.RecordSet;

/** One stored record set: its key columns and the set as a JSON document. */
@Entity
@Table(name = "route53_record_set")
public class RecordSetRow extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String zoneId;
    private String name;
    private String type;
    private String setIdentifier;
    private String healthCheckId;
    private String document;

    protected RecordSetRow() {
    }

    RecordSetRow(String id, String zoneId, RecordSet set) {
        this.id = id;
        this.zoneId = zoneId;
        this.name = set.name();
        this.type = set.type();
        this.setIdentifier = set.setIdentifier() == null ? "" : set.setIdentifier();
        replace(set);
    }

    /** An UPSERT of the same key, or the TTL a weighted group shares. */
    void replace(RecordSet set) {
        this.healthCheckId = set.healthCheckId();
        this.document = StoredJson.write(set);
    }

    public String getId() { return id; }
    public String getZoneId() { return zoneId; }
    public String getHealthCheckId() { return healthCheckId; }

    public RecordSet recordSet() {
        return StoredJson.read(document, RecordSet.class);
    }
}
