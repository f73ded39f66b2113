package dev.netsim.elbv2.tag;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** One tag of an ELBv2 resource (load balancer, target group, listener, rule), keyed by ARN. */
@Entity
@Table(name = "elb_tag")
@IdClass(ElbTag.Key.class)
public class ElbTag extends AssignedIdEntity<ElbTag.Key> {

    @Id
    private String resourceArn;
    @Id
    @Column(name = "tag_key")
    private String key;
    @Column(name = "tag_value")
    private String value;

    protected ElbTag() {
    }

    public ElbTag(String resourceArn, String key, String value) {
        this.resourceArn = resourceArn;
        this.key = key;
        this.value = value;
    }

    public String getResourceArn() { return resourceArn; }
    public String getKey() { return key; }
    public String getValue() { return value; }

    void setValue(String value) {
        this.value = value;
    }

    @Override
    public Key getId() {
        return new Key(resourceArn, key);
    }

    public record Key(String resourceArn, String key) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
