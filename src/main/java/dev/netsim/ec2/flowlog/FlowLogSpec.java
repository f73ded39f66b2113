package dev.netsim.ec2.flowlog;

/** The settings CreateFlowLogs applies to each resource, with AWS's defaults filled in. */
public record FlowLogSpec(String trafficType, String logDestinationType, String logDestination, String logGroupName,
                          String deliverLogsPermissionArn, int maxAggregationInterval, String logFormat) {

    /** AWS's default record format (version 2). */
    public static final String DEFAULT_FORMAT = "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} "
            + "${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}";
}
