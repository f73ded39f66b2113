package dev.netsim.cloudfront.distribution;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import dev.netsim.protocol.restxml.RestXmlBinder;
import dev.netsim.protocol.restxml.RestXmlEnvelopes;
import software.amazon.awssdk.services.cloudfront.model.CreateMonitoringSubscriptionRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateMonitoringSubscriptionResponse;
import software.amazon.awssdk.services.cloudfront.model.DeleteMonitoringSubscriptionRequest;
import software.amazon.awssdk.services.cloudfront.model.DeleteMonitoringSubscriptionResponse;
import software.amazon.awssdk.services.cloudfront.model.GetMonitoringSubscriptionRequest;
import software.amazon.awssdk.services.cloudfront.model.GetMonitoringSubscriptionResponse;
import software.amazon.awssdk.services.cloudfront.model.MonitoringSubscription;

/**
 * CloudFront (restXml) handlers for a distribution's monitoring subscription: one per distribution
 * ({@code MonitoringSubscriptionAlreadyExists}), gone with it. Netsim keeps it; it publishes no metrics.
 */
@Component
class MonitoringSubscriptionActions {

    private static final RestXmlBinder READER = new RestXmlBinder("InvalidArgument");

    private final DistributionService distributions;
    private final MonitoringSubscriptionRepository subscriptions;

    MonitoringSubscriptionActions(DistributionService distributions, MonitoringSubscriptionRepository subscriptions) {
        this.distributions = distributions;
        this.subscriptions = subscriptions;
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateMonitoringSubscriptionResponse createMonitoringSubscription(CreateMonitoringSubscriptionRequest r, Scope scope) {
        Distribution d = distributions.lockForChange(scope, r.distributionId());
        if (r.monitoringSubscription() == null || r.monitoringSubscription().realtimeMetricsSubscriptionConfig() == null) {
            throw new AwsException("InvalidArgument", "The monitoring subscription needs its RealtimeMetricsSubscriptionConfig.");
        }
        if (subscriptions.existsById(d.getId())) {
            throw new AwsException("MonitoringSubscriptionAlreadyExists", "The distribution " + d.getId() + " has a monitoring subscription already.",
                    409);
        }
        subscriptions.save(new MonitoringSubscriptionRow(d.getId(), RestXmlEnvelopes.storedDocument("MonitoringSubscription",
                r.monitoringSubscription())));
        return CreateMonitoringSubscriptionResponse.builder().monitoringSubscription(r.monitoringSubscription()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetMonitoringSubscriptionResponse getMonitoringSubscription(GetMonitoringSubscriptionRequest r, Scope scope) {
        MonitoringSubscriptionRow row = row(scope, r.distributionId());
        return GetMonitoringSubscriptionResponse.builder()
                .monitoringSubscription((MonitoringSubscription) READER.readDocument(MonitoringSubscription.builder(), row.getBodyXml())).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DeleteMonitoringSubscriptionResponse deleteMonitoringSubscription(DeleteMonitoringSubscriptionRequest r, Scope scope) {
        subscriptions.delete(row(scope, r.distributionId()));
        return DeleteMonitoringSubscriptionResponse.builder().build();
    }

    private MonitoringSubscriptionRow row(Scope scope, String distributionId) {
        Distribution d = distributions.get(scope, distributionId);
        return subscriptions.findById(d.getId()).orElseThrow(() -> new AwsException("NoSuchMonitoringSubscription",
                "The distribution " + d.getId() + " has no monitoring subscription.", 404));
    }
}
