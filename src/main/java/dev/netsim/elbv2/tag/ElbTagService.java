package dev.netsim.elbv2.tag;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;

/** Tags of ELBv2 resources: at most 50 per resource, keys 1-128 and values up to 256 characters. */
@Service
@Transactional
public class ElbTagService {

    static final int MAX_TAGS = 50;

    private final ElbTagRepository tags;

    public ElbTagService(ElbTagRepository tags) {
        this.tags = tags;
    }

    /** Checks tags before anything is created, so a bad tag leaves nothing behind. */
    public void validate(Map<String, String> newTags) {
        if (newTags.size() > MAX_TAGS) {
            throw new AwsException("TooManyTags", "The quota for the number of tags that can be assigned to a resource has been reached (" + MAX_TAGS + ").");
        }
        newTags.forEach((key, value) -> {
            if (key == null || key.isEmpty() || key.length() > 128 || value != null && value.length() > 256) {
                throw new AwsException("ValidationError", "Tag keys must be 1 to 128 characters and values at most 256 characters: '" + key + "'");
            }
        });
    }

    public void tag(String arn, Map<String, String> newTags) {
        validate(newTags);
        newTags.forEach((key, value) -> tags.save(new ElbTag(arn, key, value == null ? "" : value)));
    }

    @Transactional(readOnly = true)
    public Map<String, String> tagsOf(String arn) {
        Map<String, String> result = new LinkedHashMap<>();
        tags.findByResourceArnOrderByKey(arn).forEach(t -> result.put(t.getKey(), t.getValue()));
        return result;
    }

    public void forget(String arn) {
        tags.deleteAllOfResource(arn);
    }
}
