package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.PlacementStrategy;

class PlacementGroupWireTest extends NetsimIntegrationTest {

    private static final String AMI = "ami-0123456789abcdef0";
    private String subnetA;
    private String subnetB;

    @BeforeEach
    void subnets() {
        String vpc = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        subnetA = ec2().createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        subnetB = ec2().createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.2.0/24").availabilityZone("us-east-1b")).subnet().subnetId();
    }

    @Test
    void spreadGroupsHoldSevenRunningInstancesPerZone() {
        var group = ec2().createPlacementGroup(r -> r.groupName("db").strategy(PlacementStrategy.SPREAD)).placementGroup();
        assertThat(group.groupId()).matches("pg-[0-9a-f]{17}");
        assertThat(group.spreadLevelAsString()).isEqualTo("rack");
        assertThat(group.groupArn()).isEqualTo("arn:aws:ec2:us-east-1:000000000000:placement-group/db");

        List<Instance> first = run(subnetA, "db", 1, 9);
        assertThat(first).hasSize(7).allSatisfy(i -> assertThat(i.placement().groupName()).isEqualTo("db"));
        assertAwsError(() -> run(subnetA, "db", 1, 1), "InsufficientInstanceCapacity", 500);
        assertThat(run(subnetB, "db", 2, 2)).hasSize(2);

        // a stopped instance does not count as running; a terminated one frees the group
        ec2().stopInstances(r -> r.instanceIds(first.get(0).instanceId()));
        assertThat(run(subnetA, "db", 1, 1)).hasSize(1);
        // the zone is full again: the stopped instance cannot start
        assertAwsError(() -> ec2().startInstances(r -> r.instanceIds(first.get(0).instanceId())), "InsufficientInstanceCapacity", 500);
        assertAwsError(() -> ec2().deletePlacementGroup(r -> r.groupName("db")), "InvalidPlacementGroup.InUse", 400);
        assertThat(ec2().describeInstances(r -> r.filters(filter("placement-group-name", "db"))).reservations().stream()
                .mapToInt(res -> res.instances().size()).sum()).isEqualTo(10);
    }

    @Test
    void partitionGroupsSpreadOverPartitionsAndClusterGroupsStayInOneZone() {
        ec2().createPlacementGroup(r -> r.groupName("kafka").strategy(PlacementStrategy.PARTITION).partitionCount(3));
        assertThat(run(subnetA, "kafka", 6, 6)).extracting(i -> i.placement().partitionNumber()).containsExactlyInAnyOrder(1, 1, 2, 2, 3, 3);
        var pinned = ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(subnetA)
                .placement(p -> p.groupName("kafka").partitionNumber(2))).instances();
        assertThat(pinned.get(0).placement().partitionNumber()).isEqualTo(2);
        assertAwsError(() -> ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(subnetA)
                .placement(p -> p.groupName("kafka").partitionNumber(4))), "InvalidParameterValue", 400);
        assertThat(ec2().describeInstances(r -> r.filters(filter("placement-partition-number", "2"))).reservations().stream()
                .mapToInt(res -> res.instances().size()).sum()).isEqualTo(3);

        ec2().createPlacementGroup(r -> r.groupName("hpc").strategy(PlacementStrategy.CLUSTER));
        run(subnetA, "hpc", 2, 2);
        assertAwsError(() -> run(subnetB, "hpc", 1, 1), "InvalidParameterValue", 400);
    }

    @Test
    void groupRulesAndErrors() {
        ec2().createPlacementGroup(r -> r.groupName("web").strategy(PlacementStrategy.CLUSTER));
        assertAwsError(() -> ec2().createPlacementGroup(r -> r.groupName("web").strategy(PlacementStrategy.SPREAD)),
                "InvalidPlacementGroup.Duplicate", 400);
        assertAwsError(() -> ec2().createPlacementGroup(r -> r.groupName("p").strategy(PlacementStrategy.PARTITION).partitionCount(8)),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createPlacementGroup(r -> r.groupName("c").strategy(PlacementStrategy.CLUSTER).partitionCount(2)),
                "InvalidParameterValue", 400);
        assertAwsError(() -> run(subnetA, "nothing", 1, 1), "InvalidPlacementGroup.Unknown", 400);
        assertAwsError(() -> ec2().describePlacementGroups(r -> r.groupNames("nothing")), "InvalidPlacementGroup.Unknown", 400);
        assertThat(ec2().describePlacementGroups(r -> r.filters(filter("strategy", "cluster"))).placementGroups())
                .extracting(g -> g.groupName()).containsExactly("web");
        ec2().deletePlacementGroup(r -> r.groupName("web"));
        assertThat(ec2().describePlacementGroups().placementGroups()).isEmpty();
        assertThat(ec2().describeInstances().reservations()).isEmpty();
    }

    private List<Instance> run(String subnet, String group, int min, int max) {
        return ec2().runInstances(r -> r.imageId(AMI).minCount(min).maxCount(max).subnetId(subnet).placement(p -> p.groupName(group))).instances();
    }
}
