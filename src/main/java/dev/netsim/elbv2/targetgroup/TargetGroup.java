package dev.netsim.elbv2.targetgroup;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;
import dev.netsim.common.persistence.StoredJson;

@Entity
@Table(name = "target_group")
public class TargetGroup extends AssignedIdEntity<String> {

    @Id
    private String arn;
    private String account;
    private String region;
    private String name;
    private String protocol;
    private String protocolVersion;
    private Integer port;
    private String vpcId;
    private String targetType;
    private String ipAddressType;
    private String healthCheckProtocol;
    private String healthCheckPort;
    private boolean healthCheckEnabled;
    private String healthCheckPath;
    private int healthCheckIntervalSeconds;
    private int healthCheckTimeoutSeconds;
    private int healthyThresholdCount;
    private int unhealthyThresholdCount;
    private String matcherHttpCode;
    private String matcherGrpcCode;
    private Instant createdAt;
    private String attributes;

    protected TargetGroup() {
    }

    public TargetGroup(String arn, String account, String region, String name, TargetGroupSettings s, Instant createdAt) {
        this.arn = arn;
        this.account = account;
        this.region = region;
        this.name = name;
        this.protocol = s.protocol();
        this.protocolVersion = s.protocolVersion();
        this.port = s.port();
        this.vpcId = s.vpcId();
        this.targetType = s.targetType();
        this.ipAddressType = s.ipAddressType();
        setHealthCheck(s);
        this.createdAt = createdAt;
    }

    /** The health check part of the settings: ModifyTargetGroup changes only that. */
    final void setHealthCheck(TargetGroupSettings s) {
        this.healthCheckProtocol = s.healthCheckProtocol();
        this.healthCheckPort = s.healthCheckPort();
        this.healthCheckEnabled = s.healthCheckEnabled();
        this.healthCheckPath = s.healthCheckPath();
        this.healthCheckIntervalSeconds = s.healthCheckIntervalSeconds();
        this.healthCheckTimeoutSeconds = s.healthCheckTimeoutSeconds();
        this.healthyThresholdCount = s.healthyThresholdCount();
        this.unhealthyThresholdCount = s.unhealthyThresholdCount();
        this.matcherHttpCode = s.matcherHttpCode();
        this.matcherGrpcCode = s.matcherGrpcCode();
    }

    public TargetGroupSettings settings() {
        return new TargetGroupSettings(protocol, protocolVersion, port, vpcId, targetType, ipAddressType, healthCheckProtocol,
                healthCheckPort, healthCheckEnabled, healthCheckPath, healthCheckIntervalSeconds, healthCheckTimeoutSeconds,
                healthyThresholdCount, unhealthyThresholdCount, matcherHttpCode, matcherGrpcCode);
    }

    public String getArn() { return arn; }
    public String getAccount() { return account; }
    public String getRegion() { return region; }
    public String getName() { return name; }
    public Instant getCreatedAt() { return createdAt; }

    /** The group's attributes; a group created before they were stored has AWS's defaults. */
    public Map<String, String> attributes() {
        return attributes == null ? TargetGroupAttributes.defaults(settings()) : StoredJson.readStringMap(attributes);
    }

    void setAttributes(Map<String, String> attributes) {
        this.attributes = StoredJson.write(attributes);
    }

    @Override
    public String getId() {
        return arn;
    }
}
