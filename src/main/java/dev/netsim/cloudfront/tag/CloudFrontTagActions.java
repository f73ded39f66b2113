package dev.netsim.cloudfront.tag;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.cloudfront.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.cloudfront.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.cloudfront.model.Tag;
import software.amazon.awssdk.services.cloudfront.model.TagResourceRequest;
import software.amazon.awssdk.services.cloudfront.model.TagResourceResponse;
import software.amazon.awssdk.services.cloudfront.model.Tags;
import software.amazon.awssdk.services.cloudfront.model.UntagResourceRequest;
import software.amazon.awssdk.services.cloudfront.model.UntagResourceResponse;

/** CloudFront (restXml) handlers for tags. */
@Component
public class CloudFrontTagActions {

    private final CloudFrontTagService tags;

    CloudFrontTagActions(CloudFrontTagService tags) {
        this.tags = tags;
    }

    @AwsAction(WireService.CLOUDFRONT)
    TagResourceResponse tagResource(TagResourceRequest r, Scope scope) {
        tags.tag(scope, r.resource(), asMap(r.tags()));
        return TagResourceResponse.builder().build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    UntagResourceResponse untagResource(UntagResourceRequest r, Scope scope) {
        tags.untag(scope, r.resource(), r.tagKeys() == null ? java.util.List.of() : r.tagKeys().items());
        return UntagResourceResponse.builder().build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest r, Scope scope) {
        return ListTagsForResourceResponse.builder().tags(asTags(tags.list(scope, r.resource()))).build();
    }

    /** Stored tags as the wire carries them. */
    public static Tags asTags(java.util.List<CloudFrontTag> stored) {
        return Tags.builder().items(stored.stream().map(t -> Tag.builder().key(t.getTagKey()).value(t.getTagValue()).build()).toList()).build();
    }

    /** Tags as the wire carries them, in order, the last of a repeated key winning. */
    public static Map<String, String> asMap(Tags wire) {
        Map<String, String> map = new LinkedHashMap<>();
        if (wire != null) {
            wire.items().forEach(t -> map.put(t.key(), t.value()));
        }
        return map;
    }
}
