package dev.netsim.elbv2.targetgroup;

/**
 * Everything CreateTargetGroup sets, with AWS's defaults filled in. Two creates with the same
 * name and equal settings are the same target group; with different settings, a duplicate.
 */
public record TargetGroupSettings(String protocol, String protocolVersion, Integer port, String vpcId, String targetType,
                                  String ipAddressType, String healthCheckProtocol, String healthCheckPort,
                                  boolean healthCheckEnabled, String healthCheckPath, int healthCheckIntervalSeconds,
                                  int healthCheckTimeoutSeconds, int healthyThresholdCount, int unhealthyThresholdCount,
                                  String matcherHttpCode, String matcherGrpcCode) {
}
