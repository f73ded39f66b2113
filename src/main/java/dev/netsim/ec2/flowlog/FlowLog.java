package dev.netsim.ec2.flowlog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A flow log's configuration. Netsim keeps the control plane only: no records are delivered. */
@Entity
@Table(name = "flow_log")
public class FlowLog extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String region;
    private String resourceId;
    private String trafficType;
    private String logDestinationType;
    private String logDestination;
    private String logGroupName;
    private String deliverLogsPermissionArn;
    private int maxAggregationInterval;
    private String logFormat;
    private Instant createdAt;

    protected FlowLog() {
    }

    public FlowLog(String id, String account, String region, String resourceId, FlowLogSpec spec, Instant createdAt) {
        this.id = id;
        this.account = account;
        this.region = region;
        this.resourceId = resourceId;
        this.trafficType = spec.trafficType();
        this.logDestinationType = spec.logDestinationType();
        this.logDestination = spec.logDestination();
        this.logGroupName = spec.logGroupName();
        this.deliverLogsPermissionArn = spec.deliverLogsPermissionArn();
        this.maxAggregationInterval = spec.maxAggregationInterval();
        this.logFormat = spec.logFormat();
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getResourceId() { return resourceId; }
    public String getTrafficType() { return trafficType; }
    public String getLogDestinationType() { return logDestinationType; }
    public String getLogDestination() { return logDestination; }
    public String getLogGroupName() { return logGroupName; }
    public String getDeliverLogsPermissionArn() { return deliverLogsPermissionArn; }
    public int getMaxAggregationInterval() { return maxAggregationInterval; }
    public String getLogFormat() { return logFormat; }
    public Instant getCreatedAt() { return createdAt; }
}
