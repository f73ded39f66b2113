package dev.netsim.cloudfront.distribution;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.cloudfront.model.CreateMonitoringSubscriptionRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateMonitoringSubscriptionResponse;
import software.amazon.awssdk.services.cloudfront.model.DeleteMonitoringSubscriptionRequest;
import software.amazon.awssdk.services.cloudfront.model.DeleteMonitoringSubscriptionResponse;
import software.amazon.awssdk.services.cloudfront.model.GetMonitoringSubscriptionRequest;
import software.amazon.awssdk.services.cloudfront.model.GetMonitoringSubscriptionResponse;

/** CloudFront (restXml) handlers for a distribution's monitoring subscription. */
@Component
class MonitoringSubscriptionActions {

    private final MonitoringSubscriptionService subscriptions;

    MonitoringSubscriptionActions(MonitoringSubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateMonitoringSubscriptionResponse createMonitoringSubscription(CreateMonitoringSubscriptionRequest r, Scope scope) {
        return CreateMonitoringSubscriptionResponse.builder()
                .monitoringSubscription(subscriptions.create(scope, r.distributionId(), r.monitoringSubscription())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetMonitoringSubscriptionResponse getMonitoringSubscription(GetMonitoringSubscriptionRequest r, Scope scope) {
        return GetMonitoringSubscriptionResponse.builder().monitoringSubscription(subscriptions.get(scope, r.distributionId())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DeleteMonitoringSubscriptionResponse deleteMonitoringSubscription(DeleteMonitoringSubscriptionRequest r, Scope scope) {
        subscriptions.delete(scope, r.distributionId());
        return DeleteMonitoringSubscriptionResponse.builder().build();
    }
}
