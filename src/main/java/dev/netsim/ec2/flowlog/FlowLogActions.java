package dev.netsim.ec2.flowlog;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.CreateFlowLogsRequest;
import software.amazon.awssdk.services.ec2.model.CreateFlowLogsResponse;
import software.amazon.awssdk.services.ec2.model.DeleteFlowLogsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteFlowLogsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeFlowLogsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeFlowLogsResponse;

/** EC2 wire handlers for flow logs. */
@Component
class FlowLogActions {

    private final FlowLogService flowLogs;

    FlowLogActions(FlowLogService flowLogs) {
        this.flowLogs = flowLogs;
    }

    @AwsAction(WireService.EC2)
    CreateFlowLogsResponse createFlowLogs(CreateFlowLogsRequest r, Scope scope) {
        FlowLogSpec spec = new FlowLogSpec(r.trafficTypeAsString(),
                r.logDestinationTypeAsString() == null ? "cloud-watch-logs" : r.logDestinationTypeAsString(),
                r.logDestination(), r.logGroupName(), r.deliverLogsPermissionArn(),
                r.maxAggregationInterval() == null ? 600 : r.maxAggregationInterval(),
                r.logFormat() == null ? FlowLogSpec.DEFAULT_FORMAT : r.logFormat());
        FlowLogService.Created created = flowLogs.create(scope, r.resourceTypeAsString(), r.resourceIds(), spec,
                Ec2Wire.tagsFor(r.tagSpecifications(), "vpc-flow-log"));
        return CreateFlowLogsResponse.builder().flowLogIds(created.flowLogIds()).clientToken(r.clientToken())
                .unsuccessful(Ec2Wire.unsuccessful(created.unsuccessful())).build();
    }

    @AwsAction(WireService.EC2)
    DeleteFlowLogsResponse deleteFlowLogs(DeleteFlowLogsRequest r, Scope scope) {
        return DeleteFlowLogsResponse.builder().unsuccessful(Ec2Wire.unsuccessful(flowLogs.delete(scope, r.flowLogIds()))).build();
    }

    @AwsAction(WireService.EC2)
    DescribeFlowLogsResponse describeFlowLogs(DescribeFlowLogsRequest r, Scope scope) {
        Page<Tagged<FlowLog>> page = flowLogs.describe(scope, Ec2Wire.query(r.flowLogIds(), r.filter(), r.maxResults(), r.nextToken()));
        return DescribeFlowLogsResponse.builder().flowLogs(page.items().stream().map(FlowLogActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    static software.amazon.awssdk.services.ec2.model.FlowLog toSdk(Tagged<FlowLog> tagged) {
        FlowLog f = tagged.resource();
        return software.amazon.awssdk.services.ec2.model.FlowLog.builder()
                .flowLogId(f.getId()).resourceId(f.getResourceId()).trafficType(f.getTrafficType())
                .logDestinationType(f.getLogDestinationType()).logDestination(f.getLogDestination()).logGroupName(f.getLogGroupName())
                .deliverLogsPermissionArn(f.getDeliverLogsPermissionArn()).maxAggregationInterval(f.getMaxAggregationInterval())
                .logFormat(f.getLogFormat()).flowLogStatus("ACTIVE").deliverLogsStatus("SUCCESS").creationTime(f.getCreatedAt())
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }
}
