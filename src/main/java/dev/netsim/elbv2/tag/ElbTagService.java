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

    /**
     * AddTags: new keys are added, existing ones take the new value; more than 50 in all is
     * TooManyTags and changes nothing.
     */
    public void add(String arn, Map<String, String> newTags) {
        validate(newTags);
        Map<String, ElbTag> existing = new LinkedHashMap<>();
        tags.findByResourceArnOrderByKey(arn).forEach(t -> existing.put(t.getKey(), t));
        long added = newTags.keySet().stream().filter(k -> !existing.containsKey(k)).count();
        if (existing.size() + added > MAX_TAGS) {
            throw new AwsException("TooManyTags", "The quota for the number of tags that can be assigned to a resource has been reached ("
                    + MAX_TAGS + ").");
        }
        newTags.forEach((key, value) -> {
            ElbTag tag = existing.get(key);
            if (tag != null) {
                tag.setValue(value == null ? "" : value);
            } else {
                tags.save(new ElbTag(arn, key, value == null ? "" : value));
            }
        });
    }

    public void remove(String arn, java.util.Collection<String> keys) {
        tags.findByResourceArnOrderByKey(arn).stream().filter(t -> keys.contains(t.getKey())).forEach(tags::delete);
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
