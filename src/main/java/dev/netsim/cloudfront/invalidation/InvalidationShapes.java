package dev.netsim.cloudfront.invalidation;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.resource.PageSizes;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import software.amazon.awssdk.services.cloudfront.model.InvalidationList;
import software.amazon.awssdk.services.cloudfront.model.InvalidationSummary;

/** Invalidations as CloudFront answers them, for a distribution's operations and a tenant's alike. */
@Component
public class InvalidationShapes {

    private final InvalidationService invalidations;

    InvalidationShapes(InvalidationService invalidations) {
        this.invalidations = invalidations;
    }

    /** The answer to a creation says InProgress, as CloudFront's does, however short the delay. */
    public software.amazon.awssdk.services.cloudfront.model.Invalidation created(Invalidation i) {
        return shape(i, Invalidation.IN_PROGRESS);
    }

    public software.amazon.awssdk.services.cloudfront.model.Invalidation current(Scope scope, Invalidation i) {
        return shape(i, invalidations.status(scope, i));
    }

    /** One page of the distribution's own invalidations (tenantId null) or of the tenant's. */
    public InvalidationList list(Scope scope, String distributionId, String tenantId, String marker, String maxItems) {
        int max = PageSizes.maxItems(maxItems);
        Page<Invalidation> page = invalidations.list(scope, distributionId, tenantId, marker, max);
        var items = page.items().stream().map(i -> InvalidationSummary.builder().id(i.getId()).createTime(i.getCreated())
                .status(invalidations.status(scope, i)).build()).toList();
        return InvalidationList.builder().marker(marker == null ? "" : marker).nextMarker(page.nextToken()).maxItems(max)
                .isTruncated(page.nextToken() != null).quantity(items.size()).items(items.isEmpty() ? null : items).build();
    }

    private static software.amazon.awssdk.services.cloudfront.model.Invalidation shape(Invalidation i, String status) {
        return software.amazon.awssdk.services.cloudfront.model.Invalidation.builder().id(i.getId()).status(status).createTime(i.getCreated())
                .invalidationBatch(InvalidationService.batch(i)).build();
    }
}
