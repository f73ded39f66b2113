package dev.netsim.route53.tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import dev.netsim.route53.zone.Route53Ids;
import software.amazon.awssdk.services.route53.model.ChangeTagsForResourceRequest;
import software.amazon.awssdk.services.route53.model.ChangeTagsForResourceResponse;
import software.amazon.awssdk.services.route53.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.route53.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.route53.model.ListTagsForResourcesRequest;
import software.amazon.awssdk.services.route53.model.ListTagsForResourcesResponse;
import software.amazon.awssdk.services.route53.model.ResourceTagSet;
import software.amazon.awssdk.services.route53.model.Tag;

/** Route 53 (restXml) handlers for tags of hosted zones and health checks. */
@Component
class Route53TagActions {

    private final Route53TagService tags;

    Route53TagActions(Route53TagService tags) {
        this.tags = tags;
    }

    @AwsAction(WireService.ROUTE53)
    ChangeTagsForResourceResponse changeTagsForResource(ChangeTagsForResourceRequest r, Scope scope) {
        Map<String, String> add = new LinkedHashMap<>();
        r.addTags().forEach(t -> add.put(t.key(), t.value() == null ? "" : t.value()));
        tags.change(scope, r.resourceTypeAsString(), Route53Ids.bare(r.resourceId()), add, r.removeTagKeys());
        return ChangeTagsForResourceResponse.builder().build();
    }

    @AwsAction(WireService.ROUTE53)
    ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest r, Scope scope) {
        return ListTagsForResourceResponse.builder()
                .resourceTagSet(tagSets(scope, r.resourceTypeAsString(), List.of(Route53Ids.bare(r.resourceId()))).get(0)).build();
    }

    @AwsAction(WireService.ROUTE53)
    ListTagsForResourcesResponse listTagsForResources(ListTagsForResourcesRequest r, Scope scope) {
        return ListTagsForResourcesResponse.builder()
                .resourceTagSets(tagSets(scope, r.resourceTypeAsString(), r.resourceIds().stream().map(Route53Ids::bare).toList())).build();
    }

    private List<ResourceTagSet> tagSets(Scope scope, String type, List<String> ids) {
        return tags.list(scope, type, ids).entrySet().stream()
                .map(e -> ResourceTagSet.builder().resourceType(type).resourceId(e.getKey())
                        .tags(e.getValue().entrySet().stream().map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build()).toList()).build())
                .toList();
    }
}
