package dev.netsim.cloudfront.simulation;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;
import dev.netsim.common.persistence.StoredJson;
import dev.netsim.simulation.cdn.OriginObject;

/** What one simulated origin of a distribution answers for one path or path pattern. */
@Entity
@Table(name = "cloudfront_origin_object")
@IdClass(OriginObjectRow.Key.class)
class OriginObjectRow extends AssignedIdEntity<OriginObjectRow.Key> {

    /** An object's identity: distribution, origin and path. */
    record Key(String distributionId, String originId, String path) implements Serializable {
    }

    @Id
    private String distributionId;
    @Id
    private String originId;
    @Id
    private String path;
    private String body;

    protected OriginObjectRow() {
    }

    OriginObjectRow(String distributionId, String originId, String path, OriginObject object) {
        this.distributionId = distributionId;
        this.originId = originId;
        this.path = path;
        this.body = StoredJson.write(object);
    }

    @Override
    public Key getId() {
        return new Key(distributionId, originId, path);
    }

    String getOriginId() { return originId; }
    String getPath() { return path; }

    OriginObject object() {
        return StoredJson.read(body, OriginObject.class);
    }
}
