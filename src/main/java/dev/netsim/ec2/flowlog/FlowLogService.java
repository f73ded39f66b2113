package dev.netsim.ec2.flowlog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.ResourceDeletedEvent;
import dev.netsim.ec2.Unsuccessful;
import dev.netsim.ec2.eni.NetworkInterfaceService;
import dev.netsim.ec2.subnet.SubnetLookup;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.VpcLookup;

/**
 * Flow logs, control plane only: which resources log where. Like AWS, a create or delete that
 * fails for one resource or id reports it in {@code Unsuccessful} and still does the rest.
 */
@Service
@Transactional
public class FlowLogService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("fl", "InvalidFlowLogId", "InvalidFlowLogId.NotFound", "flow log", 5, 1000);
    private static final Set<String> TRAFFIC_TYPES = Set.of("ACCEPT", "REJECT", "ALL");
    private static final Set<String> DESTINATION_TYPES = Set.of("cloud-watch-logs", "s3", "kinesis-data-firehose");

    private static final FilterSpec<Tagged<FlowLog>> FILTERS = FilterSpec.<Tagged<FlowLog>>builder(Tagged::tags)
            .on("flow-log-id", t -> t.resource().getId())
            .on("resource-id", t -> t.resource().getResourceId())
            .on("traffic-type", t -> t.resource().getTrafficType())
            .on("log-destination-type", t -> t.resource().getLogDestinationType())
            .on("log-group-name", t -> t.resource().getLogGroupName())
            .on("deliver-log-status", t -> "SUCCESS")
            .build();

    public record Created(List<String> flowLogIds, List<Unsuccessful> unsuccessful) {
    }

    private final FlowLogRepository flowLogs;
    private final VpcLookup vpcs;
    private final SubnetLookup subnets;
    private final NetworkInterfaceService interfaces;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;

    public FlowLogService(FlowLogRepository flowLogs, VpcLookup vpcs, SubnetLookup subnets, NetworkInterfaceService interfaces, TagService tags,
                          IdGenerator ids, Clock clock) {
        this.flowLogs = flowLogs;
        this.vpcs = vpcs;
        this.subnets = subnets;
        this.interfaces = interfaces;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
    }

    public Created create(Scope scope, String resourceType, List<String> resourceIds, FlowLogSpec spec, Map<String, String> newTags) {
        if (resourceIds.isEmpty()) {
            throw Ec2Errors.missing("ResourceId");
        }
        if (resourceType == null) {
            throw Ec2Errors.missing("ResourceType");
        }
        validate(spec);
        List<String> created = new ArrayList<>();
        List<Unsuccessful> failed = new ArrayList<>();
        for (String resourceId : resourceIds) {
            String missing = missingCode(scope, resourceType, resourceId);
            if (missing != null) {
                failed.add(new Unsuccessful(resourceId, missing, "The " + resourceType + " '" + resourceId + "' does not exist"));
                continue;
            }
            boolean duplicate = flowLogs.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                    .anyMatch(f -> f.getResourceId().equals(resourceId) && f.getTrafficType().equals(spec.trafficType())
                            && f.getLogDestinationType().equals(spec.logDestinationType())
                            && java.util.Objects.equals(f.getLogDestination(), spec.logDestination())
                            && java.util.Objects.equals(f.getLogGroupName(), spec.logGroupName()));
            if (duplicate) {
                failed.add(new Unsuccessful(resourceId, "FlowLogAlreadyExists", "There is an existing Flow Log with the same configuration and log destination."));
                continue;
            }
            FlowLog flowLog = flowLogs.save(new FlowLog(ids.ec2Id("fl"), scope.account(), scope.region(), resourceId, spec, clock.instant()));
            tags.tagNew(scope, flowLog.getId(), "vpc-flow-log", newTags);
            created.add(flowLog.getId());
        }
        return new Created(created, failed);
    }

    private static void validate(FlowLogSpec spec) {
        if (spec.trafficType() == null) {
            throw Ec2Errors.missing("TrafficType");
        }
        if (!TRAFFIC_TYPES.contains(spec.trafficType())) {
            throw Ec2Errors.invalidValue("TrafficType", spec.trafficType(), "Valid values are ACCEPT, REJECT and ALL.");
        }
        if (!DESTINATION_TYPES.contains(spec.logDestinationType())) {
            throw Ec2Errors.invalidValue("LogDestinationType", spec.logDestinationType(), "Valid values are cloud-watch-logs, s3 and kinesis-data-firehose.");
        }
        if (spec.maxAggregationInterval() != 60 && spec.maxAggregationInterval() != 600) {
            throw Ec2Errors.invalidValue("MaxAggregationInterval", String.valueOf(spec.maxAggregationInterval()), "Valid values are 60 and 600.");
        }
        switch (spec.logDestinationType()) {
            case "cloud-watch-logs" -> {
                if (spec.logGroupName() == null && spec.logDestination() == null || spec.deliverLogsPermissionArn() == null) {
                    throw new AwsException("InvalidParameter", "Logging to CloudWatch Logs needs LogGroupName (or LogDestination) and DeliverLogsPermissionArn.");
                }
            }
            default -> {
                if (spec.logDestination() == null) {
                    throw Ec2Errors.missing("LogDestination");
                }
                if (spec.logGroupName() != null) {
                    throw new AwsException("InvalidParameter", "LogGroupName only applies to CloudWatch Logs destinations.");
                }
            }
        }
    }

    /** The NotFound code for a resource that does not exist, or null when it does. */
    private String missingCode(Scope scope, String resourceType, String resourceId) {
        return switch (resourceType) {
            case "VPC" -> vpcs.exists(scope, resourceId) ? null : "InvalidVpcID.NotFound";
            case "Subnet" -> subnets.exists(scope, resourceId) ? null : "InvalidSubnetID.NotFound";
            case "NetworkInterface" -> interfaces.exists(scope, resourceId) ? null : "InvalidNetworkInterfaceID.NotFound";
            default -> throw Ec2Errors.invalidValue("ResourceType", resourceType, "Netsim supports VPC, Subnet and NetworkInterface flow logs.");
        };
    }

    /** DeleteFlowLogs: unknown ids are reported, the others deleted. */
    public List<Unsuccessful> delete(Scope scope, List<String> flowLogIds) {
        if (flowLogIds.isEmpty()) {
            throw Ec2Errors.missing("FlowLogId");
        }
        List<Unsuccessful> failed = new ArrayList<>();
        for (String id : flowLogIds) {
            flowLogs.findByIdAndAccountAndRegion(id, scope.account(), scope.region()).ifPresentOrElse(flowLog -> {
                tags.forget(id);
                flowLogs.delete(flowLog);
            }, () -> failed.add(new Unsuccessful(id, "InvalidFlowLogId.NotFound", "flow log " + id + " does not exist")));
        }
        return failed;
    }

    @Transactional(readOnly = true)
    public Page<Tagged<FlowLog>> describe(Scope scope, DescribeQuery query) {
        return query.apply(KIND, tags.withTags(scope, flowLogs.findByAccountAndRegionOrderById(scope.account(), scope.region()), FlowLog::getId),
                FlowLog::getId, FILTERS);
    }

    /** AWS deletes a resource's flow logs with it. */
    @EventListener
    public void resourceDeleted(ResourceDeletedEvent event) {
        flowLogs.findByResourceId(event.resourceId()).forEach(flowLog -> {
            tags.forget(flowLog.getId());
            flowLogs.delete(flowLog);
        });
    }

    public boolean exists(Scope scope, String id) {
        return flowLogs.findByIdAndAccountAndRegion(id, scope.account(), scope.region()).isPresent();
    }
}
