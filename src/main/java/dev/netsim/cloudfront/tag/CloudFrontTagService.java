package dev.netsim.cloudfront.tag;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;

/**
 * Tags of CloudFront resources: at most 50 per resource, keys of 1–128 and values of 0–256 of the
 * characters AWS allows, on resources that exist ({@code NoSuchResource} otherwise).
 */
@Service
@Transactional
public class CloudFrontTagService {

    static final int MAX_TAGS = 50;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    private final CloudFrontTagRepository tags;
    private final ObjectProvider<TaggableResources> owners;

    CloudFrontTagService(CloudFrontTagRepository tags, ObjectProvider<TaggableResources> owners) {
        this.tags = tags;
        this.owners = owners;
    }

    public void tag(Scope scope, String arn, Map<String, String> added) {
        requireResource(scope, arn);
        added.forEach((key, value) -> {
            if (key == null || key.isEmpty() || key.length() > 128 || !ALLOWED.matcher(key).matches()
                    || (value != null && (value.length() > 256 || !ALLOWED.matcher(value).matches()))) {
                throw new AwsException("InvalidTagging", "The tag " + key + "=" + value + " has a key or value CloudFront does not allow.");
            }
        });
        List<CloudFrontTag> current = tags.findByResourceArnOrderByTagKey(arn);
        long adding = added.keySet().stream().filter(k -> current.stream().noneMatch(t -> t.getTagKey().equals(k))).count();
        if (current.size() + adding > MAX_TAGS) {
            throw new AwsException("InvalidTagging", "A resource can have at most " + MAX_TAGS + " tags.");
        }
        added.forEach((key, value) -> tags.findById(new CloudFrontTag.Key(arn, key)).ifPresentOrElse(t -> t.setTagValue(value == null ? "" : value),
                () -> tags.save(new CloudFrontTag(arn, key, value == null ? "" : value))));
    }

    public void untag(Scope scope, String arn, List<String> keys) {
        requireResource(scope, arn);
        keys.forEach(key -> tags.deleteById(new CloudFrontTag.Key(arn, key)));
    }

    @Transactional(readOnly = true)
    public List<CloudFrontTag> list(Scope scope, String arn) {
        requireResource(scope, arn);
        return tags.findByResourceArnOrderByTagKey(arn);
    }

    /** The tags of a deleted resource go with it. */
    public void resourceDeleted(String arn) {
        tags.deleteByResourceArn(arn);
    }

    private void requireResource(Scope scope, String arn) {
        if (arn == null || !arn.startsWith(CloudFrontArns.PREFIX)) {
            throw new AwsException("InvalidArgument", "The resource " + arn + " is not a CloudFront ARN.");
        }
        if (owners.stream().noneMatch(o -> o.exists(scope, arn))) {
            throw new AwsException("NoSuchResource", "The specified resource " + arn + " does not exist.", 404);
        }
    }
}
