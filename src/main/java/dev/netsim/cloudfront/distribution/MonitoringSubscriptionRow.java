package dev.netsim.cloudfront.distribution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A distribution's monitoring subscription (additional CloudWatch metrics), as the XML of its shape. */
@Entity
@Table(name = "cloudfront_monitoring_subscription")
class MonitoringSubscriptionRow extends AssignedIdEntity<String> {

    @Id
    private String distributionId;
    private String bodyXml;

    protected MonitoringSubscriptionRow() {
    }

    MonitoringSubscriptionRow(String distributionId, String bodyXml) {
        this.distributionId = distributionId;
        this.bodyXml = bodyXml;
    }

    @Override
    public String getId() {
        return distributionId;
    }

    String getBodyXml() {
        return bodyXml;
    }
}
