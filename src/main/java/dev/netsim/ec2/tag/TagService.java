package dev.netsim.ec2.tag;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.Filter;
import dev.netsim.common.filter.FilterEngine;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.ec2.Ec2Errors;

/** Tags of every EC2 resource: CreateTags, DeleteTags, DescribeTags and the tags shown by Describe calls. */
@Service
@Transactional
public class TagService {

    static final int MAX_TAGS_PER_RESOURCE = 50;

    private static final FilterSpec<ResourceTag> FILTERS = FilterSpec.<ResourceTag>builder(t -> Map.of())
            .on("key", ResourceTag::getKey)
            .on("value", ResourceTag::getValue)
            .on("resource-id", ResourceTag::getResourceId)
            .on("resource-type", ResourceTag::getResourceType)
            .build();

    private final ResourceTagRepository tags;
    /** Looked up on first use: the types' existence checks live in services that themselves use this one. */
    private final ObjectProvider<TaggableType> taggableTypes;
    private volatile Map<String, TaggableType> typesByPrefix;

    public TagService(ResourceTagRepository tags, ObjectProvider<TaggableType> taggableTypes) {
        this.tags = tags;
        this.taggableTypes = taggableTypes;
    }

    /** Resources of the scope with tag {@code key} set to one of the values (an indexed lookup for large Describe calls). */
    @Transactional(readOnly = true)
    public List<String> resourcesWithTag(Scope scope, String key, Collection<String> values) {
        return tags.resourcesWithTag(scope.account(), scope.region(), key, values.toArray(String[]::new));
    }

    @Transactional(readOnly = true)
    public Map<String, String> tagsOf(String resourceId) {
        return tagsOf(List.of(resourceId)).getOrDefault(resourceId, Map.of());
    }

    /** Tags of many resources in one query; resources without tags are absent from the map. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, String>> tagsOf(Collection<String> resourceIds) {
        Map<String, Map<String, String>> result = new HashMap<>();
        if (resourceIds.isEmpty()) {
            return result;
        }
        tags.valuesOf(resourceIds.toArray(String[]::new))
                .forEach(t -> result.computeIfAbsent((String) t[0], k -> new LinkedHashMap<>()).put((String) t[1], (String) t[2]));
        return result;
    }

    /**
     * Pairs each resource of the scope with its tags, reading all tags in one query: those of the
     * resources' type in the scope when they are all of one type (a Describe lists the scope's
     * resources, so no id list is needed), else those of the resources by id.
     */
    @Transactional(readOnly = true)
    public <T> List<Tagged<T>> withTags(Scope scope, List<T> resources, Function<T, String> idOf) {
        List<String> ids = resources.stream().map(idOf).toList();
        Set<String> types = ids.stream().map(this::typeNameOf).collect(Collectors.toSet());
        Map<String, Map<String, String>> tagsById = new HashMap<>();
        if (types.size() == 1 && !types.contains(null)) {
            tags.valuesOfType(scope.account(), scope.region(), types.iterator().next())
                    .forEach(t -> tagsById.computeIfAbsent(t.resourceId(), k -> new LinkedHashMap<>()).put(t.key(), t.value()));
        } else {
            tagsById.putAll(tagsOf(ids));
        }
        return resources.stream().map(r -> new Tagged<>(r, tagsById.getOrDefault(idOf.apply(r), Map.of()))).toList();
    }

    /** The resource type tags of this id are stored with, or null for an id of no taggable type. */
    private String typeNameOf(String resourceId) {
        TaggableType type = taggableType(resourceId);
        return type == null ? null : type.resourceType();
    }

    /**
     * Tags a resource the caller has just created (TagSpecifications): no existence check needed,
     * and nothing to read, since a new resource has no tags yet. Returns its tags in key order.
     */
    public Map<String, String> tagNew(Scope scope, String resourceId, String resourceType, Map<String, String> newTags) {
        if (newTags == null || newTags.isEmpty()) {
            return Map.of();
        }
        validate(newTags);
        if (newTags.size() > MAX_TAGS_PER_RESOURCE) {
            throw tagLimitExceeded(resourceId);
        }
        newTags.forEach((key, value) -> tags.save(new ResourceTag(resourceId, resourceType, key, value, scope.account(), scope.region())));
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(newTags));
    }

    /** CreateTags: every resource must exist; all or nothing. */
    public void createTags(Scope scope, List<String> resourceIds, Map<String, String> newTags) {
        if (resourceIds.isEmpty()) {
            throw Ec2Errors.missing("ResourceId");
        }
        validate(newTags);
        List<TaggableType> types = resourceIds.stream().map(id -> typeOf(scope, id)).toList();
        for (int i = 0; i < resourceIds.size(); i++) {
            put(scope, resourceIds.get(i), types.get(i).resourceType(), newTags);
        }
    }

    /**
     * DeleteTags: a key with a value removes the tag only if the value matches; a key without
     * value removes it whatever the value; no keys at all removes every tag of the resources.
     */
    public void deleteTags(Scope scope, List<String> resourceIds, Map<String, String> keysAndValues) {
        if (resourceIds.isEmpty()) {
            throw Ec2Errors.missing("ResourceId");
        }
        resourceIds.forEach(id -> typeOf(scope, id));
        for (String id : resourceIds) {
            for (ResourceTag tag : tags.findByResourceId(id)) {
                boolean keyListed = keysAndValues.isEmpty() || keysAndValues.containsKey(tag.getKey());
                String wanted = keysAndValues.get(tag.getKey());
                if (keyListed && (wanted == null || wanted.equals(tag.getValue()))) {
                    tags.delete(tag);
                }
            }
        }
    }

    /** Removes all tags of a resource that is being deleted. */
    public void forget(String resourceId) {
        tags.deleteAllOfResource(resourceId);
    }

    @Transactional(readOnly = true)
    public Page<ResourceTag> describe(Scope scope, List<Filter> filters, Integer maxResults, String nextToken) {
        if (maxResults != null && (maxResults < 5 || maxResults > 1000)) {
            throw Ec2Errors.invalidValue("MaxResults", String.valueOf(maxResults), "Value must be between 5 and 1000.");
        }
        List<ResourceTag> all = tags.findByAccountAndRegionOrderByResourceIdAscKeyAsc(scope.account(), scope.region());
        return Pager.page(FilterEngine.apply(filters, FILTERS, all), t -> t.getResourceId() + "\u0000" + t.getKey(),
                maxResults, nextToken, "InvalidNextToken");
    }

    private TaggableType taggableType(String resourceId) {
        int dash = resourceId == null ? -1 : resourceId.lastIndexOf('-');
        String prefix = dash < 0 ? "" : resourceId.substring(0, dash);
        return typesByPrefix().get(prefix);
    }

    private Map<String, TaggableType> typesByPrefix() {
        Map<String, TaggableType> known = typesByPrefix;
        if (known == null) {
            known = taggableTypes.stream().collect(Collectors.toUnmodifiableMap(TaggableType::idPrefix, Function.identity()));
            typesByPrefix = known;
        }
        return known;
    }

    private TaggableType typeOf(Scope scope, String resourceId) {
        TaggableType type = taggableType(resourceId);
        if (type == null) {
            throw new AwsException("InvalidID", "The ID '" + resourceId + "' is not valid");
        }
        if (!type.exists().test(scope, resourceId)) {
            throw Ec2Errors.notFound(type.notFoundCodePrefix(), type.noun(), resourceId);
        }
        return type;
    }

    private void put(Scope scope, String resourceId, String resourceType, Map<String, String> newTags) {
        Map<String, ResourceTag> existing = tags.findByResourceId(resourceId).stream()
                .collect(Collectors.toMap(ResourceTag::getKey, Function.identity()));
        long added = newTags.keySet().stream().filter(k -> !existing.containsKey(k)).count();
        if (existing.size() + added > MAX_TAGS_PER_RESOURCE) {
            throw tagLimitExceeded(resourceId);
        }
        newTags.forEach((key, value) -> {
            ResourceTag tag = existing.get(key);
            if (tag != null) {
                tag.setValue(value);
            } else {
                tags.save(new ResourceTag(resourceId, resourceType, key, value, scope.account(), scope.region()));
            }
        });
    }

    private static AwsException tagLimitExceeded(String resourceId) {
        return new AwsException("TagLimitExceeded", "The maximum number of tags (" + MAX_TAGS_PER_RESOURCE + ") for resource "
                + resourceId + " has been reached.");
    }

    private static void validate(Map<String, String> newTags) {
        newTags.forEach((key, value) -> {
            if (key == null || key.isEmpty() || key.length() > 128) {
                throw Ec2Errors.invalidValue("Tag.Key", String.valueOf(key), "Tag keys must be 1 to 128 characters long.");
            }
            if (key.toLowerCase(java.util.Locale.ROOT).startsWith("aws:")) {
                throw new AwsException("InvalidParameterValue", "Tag keys starting with 'aws:' are reserved for internal use");
            }
            if (value != null && value.length() > 256) {
                throw Ec2Errors.invalidValue("Tag.Value", value, "Tag values may be at most 256 characters long.");
            }
        });
    }
}
