package dev.netsim.cloudfront.invalidation;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.cloudfront.model.CreateInvalidationRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateInvalidationResponse;
import software.amazon.awssdk.services.cloudfront.model.GetInvalidationRequest;
import software.amazon.awssdk.services.cloudfront.model.GetInvalidationResponse;
import software.amazon.awssdk.services.cloudfront.model.ListInvalidationsRequest;
import software.amazon.awssdk.services.cloudfront.model.ListInvalidationsResponse;

/** CloudFront (restXml) handlers for invalidations. */
@Component
class InvalidationActions {

    private final InvalidationService invalidations;
    private final InvalidationShapes shapes;

    InvalidationActions(InvalidationService invalidations, InvalidationShapes shapes) {
        this.invalidations = invalidations;
        this.shapes = shapes;
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateInvalidationResponse createInvalidation(CreateInvalidationRequest r, Scope scope) {
        Invalidation created = invalidations.create(scope, r.distributionId(), r.invalidationBatch());
        return CreateInvalidationResponse.builder().invalidation(shapes.created(created))
                .location("https://cloudfront.amazonaws.com/2020-05-31/distribution/" + created.getDistributionId() + "/invalidation/"
                        + created.getId()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetInvalidationResponse getInvalidation(GetInvalidationRequest r, Scope scope) {
        return GetInvalidationResponse.builder().invalidation(shapes.current(scope, invalidations.get(scope, r.distributionId(), null, r.id())))
                .build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListInvalidationsResponse listInvalidations(ListInvalidationsRequest r, Scope scope) {
        return ListInvalidationsResponse.builder().invalidationList(shapes.list(scope, r.distributionId(), null, r.marker(), r.maxItems())).build();
    }
}
