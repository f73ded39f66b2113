package dev.netsim.cloudfront.distribution;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.protocol.restxml.RestXmlBinder;
import dev.netsim.protocol.restxml.RestXmlEnvelopes;
import software.amazon.awssdk.services.cloudfront.model.MonitoringSubscription;

/**
 * A distribution's monitoring subscription: one per distribution ({@code MonitoringSubscriptionAlreadyExists}),
 * gone with it. Netsim keeps it; it publishes no metrics.
 */
@Service
@Transactional
public class MonitoringSubscriptionService {

    private static final RestXmlBinder READER = new RestXmlBinder("InvalidArgument");

    private final DistributionService distributions;
    private final MonitoringSubscriptionRepository subscriptions;

    MonitoringSubscriptionService(DistributionService distributions, MonitoringSubscriptionRepository subscriptions) {
        this.distributions = distributions;
        this.subscriptions = subscriptions;
    }

    public MonitoringSubscription create(Scope scope, String distributionId, MonitoringSubscription subscription) {
        Distribution d = distributions.lockForChange(scope, distributionId);
        if (subscription == null || subscription.realtimeMetricsSubscriptionConfig() == null) {
            throw new AwsException("InvalidArgument", "The monitoring subscription needs its RealtimeMetricsSubscriptionConfig.");
        }
        if (subscriptions.existsById(d.getId())) {
            throw new AwsException("MonitoringSubscriptionAlreadyExists", "The distribution " + d.getId() + " has a monitoring subscription already.",
                    409);
        }
        subscriptions.save(new MonitoringSubscriptionRow(d.getId(), RestXmlEnvelopes.storedDocument("MonitoringSubscription", subscription)));
        return subscription;
    }

    @Transactional(readOnly = true)
    public MonitoringSubscription get(Scope scope, String distributionId) {
        return (MonitoringSubscription) READER.readDocument(MonitoringSubscription.builder(), row(scope, distributionId).getBodyXml());
    }

    public void delete(Scope scope, String distributionId) {
        subscriptions.delete(row(scope, distributionId));
    }

    private MonitoringSubscriptionRow row(Scope scope, String distributionId) {
        Distribution d = distributions.get(scope, distributionId);
        return subscriptions.findById(d.getId()).orElseThrow(() -> new AwsException("NoSuchMonitoringSubscription",
                "The distribution " + d.getId() + " has no monitoring subscription.", 404));
    }
}
