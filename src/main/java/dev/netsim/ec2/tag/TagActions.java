package dev.netsim.ec2.tag;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.CreateTagsRequest;
import software.amazon.awssdk.services.ec2.model.CreateTagsResponse;
import software.amazon.awssdk.services.ec2.model.DeleteTagsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteTagsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeTagsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeTagsResponse;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagDescription;

/** EC2 wire handlers for tags across resource types. */
@Component
class TagActions {

    private final TagService tags;

    TagActions(TagService tags) {
        this.tags = tags;
    }

    @AwsAction(WireService.EC2)
    CreateTagsResponse createTags(CreateTagsRequest request, Scope scope) {
        Map<String, String> newTags = new LinkedHashMap<>();
        request.tags().forEach(t -> newTags.put(t.key(), t.value() == null ? "" : t.value()));
        tags.createTags(scope, request.resources(), newTags);
        return CreateTagsResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DeleteTagsResponse deleteTags(DeleteTagsRequest request, Scope scope) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Tag t : request.tags()) {
            keys.put(t.key(), t.value());
        }
        tags.deleteTags(scope, request.resources(), keys);
        return DeleteTagsResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DescribeTagsResponse describeTags(DescribeTagsRequest request, Scope scope) {
        Page<ResourceTag> page = tags.describe(scope, Ec2Wire.filters(request.filters()),
                request.maxResults(), request.nextToken());
        return DescribeTagsResponse.builder().tags(page.items().stream().map(t -> TagDescription.builder()
                .resourceId(t.getResourceId()).resourceType(t.getResourceType()).key(t.getKey()).value(t.getValue()).build()).toList())
                .nextToken(page.nextToken()).build();
    }
}
