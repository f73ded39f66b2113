package dev.netsim.cloudfront.function;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.common.persistence.AssignedIdEntity;

/** A CloudFront KeyValueStore of an account: its name, id, comment and ETag (Netsim keeps no keys in it). */
@Entity
@Table(name = "cloudfront_key_value_store")
@IdClass(KeyValueStore.Key.class)
public class KeyValueStore extends AssignedIdEntity<KeyValueStore.Key> {

    /** A store's identity: account and name. */
    public record Key(String account, String name) implements Serializable {
    }

    @Id
    private String account;
    @Id
    private String name;
    private String id;
    private String comment;
    private String etag;
    private Instant lastModified;

    protected KeyValueStore() {
    }

    KeyValueStore(String account, String name, String id, String comment, String etag, Instant lastModified) {
        this.account = account;
        this.name = name;
        this.id = id;
        this.comment = comment;
        this.etag = etag;
        this.lastModified = lastModified;
    }

    @Override
    public Key getId() {
        return new Key(account, name);
    }

    String getName() { return name; }
    String getStoreId() { return id; }
    String getComment() { return comment; }
    String getEtag() { return etag; }
    Instant getLastModified() { return lastModified; }

    String arn() {
        return CloudFrontArns.of(account, "key-value-store", id);
    }

    void comment(String newComment, String newEtag, Instant when) {
        this.comment = newComment;
        this.etag = newEtag;
        this.lastModified = when;
    }
}
