package dev.netsim.cloudfront.invalidation;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.resource.PageSizes;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.cloudfront.model.CreateInvalidationRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateInvalidationResponse;
import software.amazon.awssdk.services.cloudfront.model.GetInvalidationRequest;
import software.amazon.awssdk.services.cloudfront.model.GetInvalidationResponse;
import software.amazon.awssdk.services.cloudfront.model.InvalidationList;
import software.amazon.awssdk.services.cloudfront.model.InvalidationSummary;
import software.amazon.awssdk.services.cloudfront.model.ListInvalidationsRequest;
import software.amazon.awssdk.services.cloudfront.model.ListInvalidationsResponse;

/** CloudFront (restXml) handlers for invalidations. */
@Component
class InvalidationActions {

    private final InvalidationService invalidations;

    InvalidationActions(InvalidationService invalidations) {
        this.invalidations = invalidations;
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateInvalidationResponse createInvalidation(CreateInvalidationRequest r, Scope scope) {
        Invalidation created = invalidations.create(scope, r.distributionId(), r.invalidationBatch());
        return CreateInvalidationResponse.builder().invalidation(toSdk(scope, created, Invalidation.IN_PROGRESS))
                .location("https://cloudfront.amazonaws.com/2020-05-31/distribution/" + created.getDistributionId() + "/invalidation/"
                        + created.getId()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetInvalidationResponse getInvalidation(GetInvalidationRequest r, Scope scope) {
        return GetInvalidationResponse.builder().invalidation(toSdk(scope, invalidations.get(scope, r.distributionId(), r.id()), null)).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListInvalidationsResponse listInvalidations(ListInvalidationsRequest r, Scope scope) {
        int max = PageSizes.maxItems(r.maxItems());
        Page<Invalidation> page = invalidations.list(scope, r.distributionId(), r.marker(), max);
        var items = page.items().stream().map(i -> InvalidationSummary.builder().id(i.getId()).createTime(i.getCreated())
                .status(invalidations.status(scope, i)).build()).toList();
        return ListInvalidationsResponse.builder().invalidationList(InvalidationList.builder().marker(r.marker() == null ? "" : r.marker())
                .nextMarker(page.nextToken()).maxItems(max).isTruncated(page.nextToken() != null).quantity(items.size())
                .items(items.isEmpty() ? null : items).build()).build();
    }

    /** The invalidation with {@code status}, or its own when that is null (the answer to its creation says InProgress, as CloudFront's does). */
    private software.amazon.awssdk.services.cloudfront.model.Invalidation toSdk(Scope scope, Invalidation i, String status) {
        return software.amazon.awssdk.services.cloudfront.model.Invalidation.builder().id(i.getId())
                .status(status != null ? status : invalidations.status(scope, i))
                .createTime(i.getCreated()).invalidationBatch(InvalidationService.batch(i)).build();
    }
}
