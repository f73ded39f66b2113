package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.LogDestinationType;
import software.amazon.awssdk.services.ec2.model.TrafficType;

class FlowLogWireTest extends NetsimIntegrationTest {

    @Test
    void flowLogsGoWithTheirResource() {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String subnetId = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24")).subnet().subnetId();
        String eniId = ec2().createNetworkInterface(r -> r.subnetId(subnetId)).networkInterface().networkInterfaceId();
        for (var type : new FlowLogsResourceType[] {FlowLogsResourceType.VPC, FlowLogsResourceType.SUBNET, FlowLogsResourceType.NETWORK_INTERFACE}) {
            String resource = type == FlowLogsResourceType.VPC ? vpcId : type == FlowLogsResourceType.SUBNET ? subnetId : eniId;
            ec2().createFlowLogs(r -> r.resourceType(type).resourceIds(resource).trafficType(TrafficType.ALL)
                    .logDestinationType(LogDestinationType.S3).logDestination("arn:aws:s3:::flow-logs"));
        }
        assertThat(ec2().describeFlowLogs().flowLogs()).hasSize(3);
        ec2().deleteNetworkInterface(r -> r.networkInterfaceId(eniId));
        ec2().deleteSubnet(r -> r.subnetId(subnetId));
        assertThat(ec2().describeFlowLogs().flowLogs()).extracting(f -> f.resourceId()).containsExactly(vpcId);
        ec2().deleteVpc(r -> r.vpcId(vpcId));
        assertThat(ec2().describeFlowLogs().flowLogs()).isEmpty();
    }

    @Test
    void createDescribeDeleteWithPartialFailures() {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        var created = ec2().createFlowLogs(r -> r.resourceType(FlowLogsResourceType.VPC).resourceIds(vpcId, "vpc-0123456789abcdef0")
                .trafficType(TrafficType.ALL).logDestinationType(LogDestinationType.S3).logDestination("arn:aws:s3:::flow-logs"));
        assertThat(created.flowLogIds()).singleElement().satisfies(id -> assertThat(id).matches("fl-[0-9a-f]{17}"));
        assertThat(created.unsuccessful()).singleElement().satisfies(u -> {
            assertThat(u.resourceId()).isEqualTo("vpc-0123456789abcdef0");
            assertThat(u.error().code()).isEqualTo("InvalidVpcID.NotFound");
        });
        String flowLogId = created.flowLogIds().get(0);

        var described = ec2().describeFlowLogs(r -> r.filter(filter("resource-id", vpcId))).flowLogs();
        assertThat(described).singleElement().satisfies(f -> {
            assertThat(f.trafficTypeAsString()).isEqualTo("ALL");
            assertThat(f.logDestination()).isEqualTo("arn:aws:s3:::flow-logs");
            assertThat(f.maxAggregationInterval()).isEqualTo(600);
            assertThat(f.logFormat()).startsWith("${version} ${account-id}");
        });
        var again = ec2().createFlowLogs(r -> r.resourceType(FlowLogsResourceType.VPC).resourceIds(vpcId)
                .trafficType(TrafficType.ALL).logDestinationType(LogDestinationType.S3).logDestination("arn:aws:s3:::flow-logs"));
        assertThat(again.unsuccessful()).singleElement().satisfies(u -> assertThat(u.error().code()).isEqualTo("FlowLogAlreadyExists"));

        assertAwsError(() -> ec2().createFlowLogs(r -> r.resourceType(FlowLogsResourceType.VPC).resourceIds(vpcId).trafficType(TrafficType.ALL)
                .logGroupName("group")), "InvalidParameter", 400);
        assertAwsError(() -> ec2().createFlowLogs(r -> r.resourceType(FlowLogsResourceType.VPC).resourceIds(vpcId).trafficType(TrafficType.ALL)
                .logDestinationType(LogDestinationType.S3).logDestination("arn:aws:s3:::b").maxAggregationInterval(30)), "InvalidParameterValue", 400);

        var deleted = ec2().deleteFlowLogs(r -> r.flowLogIds(flowLogId, "fl-0123456789abcdef0"));
        assertThat(deleted.unsuccessful()).singleElement().satisfies(u -> assertThat(u.error().code()).isEqualTo("InvalidFlowLogId.NotFound"));
        assertThat(ec2().describeFlowLogs().flowLogs()).isEmpty();
    }
}
