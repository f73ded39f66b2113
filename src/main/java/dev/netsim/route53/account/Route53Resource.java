package dev.netsim.route53.account;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;
import dev.netsim.common.persistence.StoredJson;

/** One of Route 53's smaller resources, stored as its kind's JSON document. */
@Entity
@Table(name = "route53_resource")
@IdClass(Route53Resource.Key.class)
public class Route53Resource extends AssignedIdEntity<Route53Resource.Key> {

    /** A resource's identity: its kind and id. */
    public record Key(String kind, String id) implements Serializable {
    }

    @Id
    private String kind;
    @Id
    private String id;
    private String account;
    private String zoneId;
    private String body;

    protected Route53Resource() {
    }

    Route53Resource(String kind, String id, String account, String zoneId, Object body) {
        this.kind = kind;
        this.id = id;
        this.account = account;
        this.zoneId = zoneId;
        this.body = StoredJson.write(body);
    }

    @Override
    public Key getId() {
        return new Key(kind, id);
    }

    public String getResourceId() { return id; }
    public String getAccount() { return account; }
    public String getZoneId() { return zoneId; }

    void replace(Object newBody) {
        this.body = StoredJson.write(newBody);
    }

    <T> T body(Class<T> type) {
        return StoredJson.read(body, type);
    }
}
