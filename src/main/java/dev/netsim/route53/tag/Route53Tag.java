package dev.netsim.route53.tag;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** One tag of a hosted zone or health check. */
@Entity
@Table(name = "route53_tag")
@IdClass(Route53Tag.Key.class)
public class Route53Tag extends AssignedIdEntity<Route53Tag.Key> {

    /** A tag's identity: the resource it is on and its key. */
    public record Key(String resourceType, String resourceId, String tagKey) implements Serializable {
    }

    @Id
    private String resourceType;
    @Id
    private String resourceId;
    @Id
    @Column(name = "tag_key")
    private String tagKey;
    private String account;
    private String tagValue;

    protected Route53Tag() {
    }

    Route53Tag(String resourceType, String resourceId, String account, String tagKey, String tagValue) {
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.account = account;
        this.tagKey = tagKey;
        this.tagValue = tagValue;
    }

    @Override
    public Key getId() {
        return new Key(resourceType, resourceId, tagKey);
    }

    void setValue(String value) {
        this.tagValue = value;
    }

    public String getResourceId() { return resourceId; }
    public String getTagKey() { return tagKey; }
    public String getTagValue() { return tagValue; }
}
