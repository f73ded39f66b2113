package dev.netsim.cloudfront.resource;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** One CloudFront config document of a {@link ConfigKind}: kept as the XML of its config shape, with its ETag. */
@Entity
@Table(name = "cloudfront_resource")
@IdClass(CloudFrontResource.Key.class)
public class CloudFrontResource extends AssignedIdEntity<CloudFrontResource.Key> {

    /** A resource's identity: its kind and id. */
    public record Key(String kind, String id) implements Serializable {
    }

    @Id
    private String kind;
    @Id
    private String id;
    private String account;
    private String uniqueKey;
    private String etag;
    private Instant created;
    private Instant lastModified;
    private String configXml;

    protected CloudFrontResource() {
    }

    CloudFrontResource(String kind, String id, String account, String uniqueKey, String etag, Instant created, String configXml) {
        this.kind = kind;
        this.id = id;
        this.account = account;
        this.uniqueKey = uniqueKey;
        this.etag = etag;
        this.created = created;
        this.lastModified = created;
        this.configXml = configXml;
    }

    @Override
    public Key getId() {
        return new Key(kind, id);
    }

    public String getKind() { return kind; }
    public String getResourceId() { return id; }
    public String getAccount() { return account; }
    public String getUniqueKey() { return uniqueKey; }
    public String getEtag() { return etag; }
    public Instant getCreated() { return created; }
    public Instant getLastModified() { return lastModified; }
    public String getConfigXml() { return configXml; }

    void replace(String newUniqueKey, String newEtag, Instant when, String newConfigXml) {
        this.uniqueKey = newUniqueKey;
        this.etag = newEtag;
        this.lastModified = when;
        this.configXml = newConfigXml;
    }
}
