package dev.netsim.ec2.tag;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** One tag on any EC2 resource; tags of all resource types live in one table, keyed by resource id. */
@Entity
@Table(name = "resource_tag")
@IdClass(ResourceTag.Key.class)
public class ResourceTag extends AssignedIdEntity<ResourceTag.Key> {

    @Id
    private String resourceId;
    @Id
    @Column(name = "tag_key")
    private String key;
    @Column(name = "tag_value")
    private String value;
    private String resourceType;
    private String account;
    private String region;

    protected ResourceTag() {
    }

    public ResourceTag(String resourceId, String resourceType, String key, String value, String account, String region) {
        this.resourceId = resourceId;
        this.resourceType = resourceType;
        this.key = key;
        this.value = value;
        this.account = account;
        this.region = region;
    }

    public String getResourceId() { return resourceId; }
    public String getKey() { return key; }
    public String getValue() { return value; }
    public String getResourceType() { return resourceType; }

    public void setValue(String value) { this.value = value; }

    @Override
    public Key getId() {
        return new Key(resourceId, key);
    }

    public record Key(String resourceId, String key) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
