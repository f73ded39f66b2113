package dev.netsim.ec2.wire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.netsim.common.AwsException;
import dev.netsim.common.filter.Filter;
import dev.netsim.common.filter.FilterEngine;
import dev.netsim.ec2.DescribeQuery;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** Conversions every EC2 wire handler needs between SDK request/response types and Netsim's own. */
public final class Ec2Wire {

    private Ec2Wire() {
    }

    public static DescribeQuery query(List<String> ids, List<software.amazon.awssdk.services.ec2.model.Filter> filters,
                                      Integer maxResults, String nextToken) {
        return new DescribeQuery(ids, filters(filters), maxResults, nextToken);
    }

    public static List<Filter> filters(List<software.amazon.awssdk.services.ec2.model.Filter> filters) {
        return FilterEngine.withinLimits(filters.stream().map(f -> new Filter(f.name(), f.values())).toList());
    }

    /**
     * The tags a Create call's TagSpecifications give the new resource. A specification for
     * another resource type is an error, as on AWS.
     */
    public static Map<String, String> tagsFor(List<TagSpecification> specs, String resourceType) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (TagSpecification spec : specs) {
            if (spec.resourceTypeAsString() == null) {
                throw new AwsException("InvalidParameterValue", "The tag specification must name a resource type.");
            }
            if (!spec.resourceTypeAsString().equals(resourceType)) {
                throw new AwsException("InvalidParameterValue", "'" + spec.resourceTypeAsString()
                        + "' is not a valid taggable resource type for this operation.");
            }
            spec.tags().forEach(t -> tags.put(t.key(), t.value() == null ? "" : t.value()));
        }
        return tags;
    }

    /**
     * Tags for the calls whose answers AWS leaves without a tagSet when a resource has no tags
     * (DescribeVpcs, DescribeSubnets, CreateSubnet, DescribeInstances): boto3 users see no Tags key.
     * Other calls show an empty tagSet, as {@link #tags} gives.
     */
    public static List<Tag> tagsOrNone(Map<String, String> tags) {
        return tags.isEmpty() ? null : tags(tags);
    }

    public static List<Tag> tags(Map<String, String> tags) {
        return tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    }

    /** Boolean attribute values arrive as {@code Attr.Value=true}. */
    public static List<software.amazon.awssdk.services.ec2.model.UnsuccessfulItem> unsuccessful(List<dev.netsim.ec2.Unsuccessful> items) {
        return items.stream().map(u -> software.amazon.awssdk.services.ec2.model.UnsuccessfulItem.builder().resourceId(u.resourceId())
                .error(software.amazon.awssdk.services.ec2.model.UnsuccessfulItemError.builder().code(u.code()).message(u.message()).build())
                .build()).toList();
    }

    public static Boolean value(software.amazon.awssdk.services.ec2.model.AttributeBooleanValue value) {
        return value == null ? null : value.value();
    }
}
