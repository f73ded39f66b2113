package dev.netsim.cloudfront.tag;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** One tag of a CloudFront resource, by the resource's ARN. */
@Entity
@Table(name = "cloudfront_tag")
@IdClass(CloudFrontTag.Key.class)
public class CloudFrontTag extends AssignedIdEntity<CloudFrontTag.Key> {

    /** A tag's identity: the resource and the key. */
    public record Key(String resourceArn, String tagKey) implements Serializable {
    }

    @Id
    private String resourceArn;
    @Id
    private String tagKey;
    private String tagValue;

    protected CloudFrontTag() {
    }

    CloudFrontTag(String resourceArn, String tagKey, String tagValue) {
        this.resourceArn = resourceArn;
        this.tagKey = tagKey;
        this.tagValue = tagValue;
    }

    @Override
    public Key getId() {
        return new Key(resourceArn, tagKey);
    }

    public String getTagKey() { return tagKey; }
    public String getTagValue() { return tagValue; }

    void setTagValue(String value) {
        this.tagValue = value;
    }
}
