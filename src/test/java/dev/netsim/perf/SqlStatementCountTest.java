package dev.netsim.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.netsim.ops.SqlStatementCounter;
import dev.netsim.support.NetsimIntegrationTest;
import dev.netsim.support.TestStorage;
import dev.netsim.support.TwoTierNetwork;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Protocol;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * SQL statements per request for the hot actions: each stays within its bound and does not grow
 * with the number of resources already there. Counts are deterministic. Two are kept: the
 * statements the database executes (H2's own statistics, every row of a JDBC batch included; the
 * bounds apply to these), and those Netsim sends (the request log's {@code sql=}, a batch once).
 */
class SqlStatementCountTest extends NetsimIntegrationTest {

    @Autowired
    private SqlStatementCounter sent;

    @Autowired
    private JdbcTemplate jdbc;

    private Ec2Client ec2;
    private String vpcId;

    @BeforeEach
    void network() {
        // the bounds are counts of H2's own statistics; on PostgreSQL the rest of the suite runs, these do not
        Assumptions.assumeFalse(TestStorage.postgres(), "statement counts are read from H2's query statistics");
        jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        ec2 = ec2();
        vpcId = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    }

    /**
     * Statements the database executed for one call (the tests send one request at a time), checked
     * to be no fewer than Netsim sent: batches only ever make the sent count smaller.
     */
    private long statementsOf(Supplier<?> call) {
        long sentBefore = sent.total();
        long executedBefore = executed();
        call.get();
        long executed = executed() - executedBefore;
        assertThat(executed).isGreaterThanOrEqualTo(sent.total() - sentBefore);
        return executed;
    }

    private long executed() {
        // transaction control and this query itself are not the request's work; rand() keeps H2 from
        // answering from this query's cached result when no table changed since (a read-only request)
        return jdbc.queryForObject("select coalesce(sum(execution_count), 0) from information_schema.query_statistics "
                + "where sql_statement not in ('COMMIT', 'ROLLBACK') and sql_statement not like '%query_statistics%' and rand() < 2", Long.class);
    }

    private static TagSpecification tag(ResourceType type) {
        return TagSpecification.builder().resourceType(type).tags(Tag.builder().key("Name").value("x").build()).build();
    }

    private String subnet(int third) {
        return ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0." + third + ".0/24").availabilityZone("us-east-1a")).subnet().subnetId();
    }

    private long createAndDeleteSubnet(int third, long[] deleteCost) {
        String[] id = new String[1];
        long create = statementsOf(() -> id[0] = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0." + third + ".0/24")
                .availabilityZone("us-east-1b").tagSpecifications(tag(ResourceType.SUBNET))).subnet().subnetId());
        deleteCost[0] = statementsOf(() -> ec2.deleteSubnet(r -> r.subnetId(id[0])));
        return create;
    }

    @Test
    void createSubnetAndDeleteSubnetCostTheSameWithFiveAndWithAHundredSubnets() {
        IntStream.range(0, 5).forEach(this::subnet);
        long[] deleteWithFive = new long[1];
        long createWithFive = createAndDeleteSubnet(200, deleteWithFive);
        IntStream.range(5, 100).forEach(this::subnet);
        long[] deleteWithHundred = new long[1];
        long createWithHundred = createAndDeleteSubnet(200, deleteWithHundred);

        assertThat(createWithFive).isLessThanOrEqualTo(12).isEqualTo(createWithHundred);
        assertThat(deleteWithFive[0]).isLessThanOrEqualTo(12).isEqualTo(deleteWithHundred[0]);
    }

    /** A VPC is twelve rows with its main route table, default group and default ACL (and the quota's count); each tag is one more. */
    @Test
    void createVpcStaysWithinTwelveStatements() {
        assertThat(statementsOf(() -> ec2.createVpc(r -> r.cidrBlock("10.1.0.0/16")))).isLessThanOrEqualTo(12);
    }

    private long runOneInstance(String subnetId) {
        return statementsOf(() -> ec2.runInstances(r -> r.imageId("ami-0abcdef1234567890").instanceType(InstanceType.T3_MICRO)
                .minCount(1).maxCount(1).subnetId(subnetId).tagSpecifications(tag(ResourceType.INSTANCE))));
    }

    @Test
    void runInstancesCostsTheSameInAnEmptyAndInAFillingSubnet() {
        String subnetId = subnet(1);
        long intoEmpty = runOneInstance(subnetId);
        ec2.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(60).maxCount(60).subnetId(subnetId));
        long intoFilling = runOneInstance(subnetId);

        assertThat(intoEmpty).isLessThanOrEqualTo(12).isEqualTo(intoFilling);
    }

    @Test
    void describeTargetHealthCostsTheSameForFiveAndForFortyInstanceTargets() {
        String subnetId = subnet(1);
        String group = elbv2().createTargetGroup(r -> r.name("counted").protocol("HTTP").port(80).vpcId(vpcId)).targetGroups().get(0)
                .targetGroupArn();
        java.util.function.IntConsumer register = n -> {
            var launched = ec2.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(n).maxCount(n).subnetId(subnetId)).instances();
            elbv2().registerTargets(r -> r.targetGroupArn(group).targets(launched.stream()
                    .map(i -> software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription.builder().id(i.instanceId()).build())
                    .toList()));
        };
        register.accept(5);
        long withFive = statementsOf(() -> elbv2().describeTargetHealth(r -> r.targetGroupArn(group)));
        register.accept(35);
        long withForty = statementsOf(() -> elbv2().describeTargetHealth(r -> r.targetGroupArn(group)));

        assertThat(withFive).isLessThanOrEqualTo(12).isEqualTo(withForty);
    }

    private long describeInstancesOfTheVpc() {
        return statementsOf(() -> ec2.describeInstances(r -> r.filters(Filter.builder().name("vpc-id").values(vpcId).build())));
    }

    @Test
    void describeInstancesCostsTheSameForFiveAndForAHundredInstances() {
        String subnetId = subnet(1);
        ec2.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(5).maxCount(5).subnetId(subnetId)
                .tagSpecifications(tag(ResourceType.INSTANCE)));
        long five = describeInstancesOfTheVpc();
        ec2.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(95).maxCount(95).subnetId(subnetId)
                .tagSpecifications(tag(ResourceType.INSTANCE)));
        long hundred = describeInstancesOfTheVpc();

        assertThat(five).isLessThanOrEqualTo(10).isEqualTo(hundred);
    }

    private long authorizePort(String groupId, int port) {
        return statementsOf(() -> ec2.authorizeSecurityGroupIngress(r -> r.groupId(groupId).ipPermissions(IpPermission.builder()
                .ipProtocol("tcp").fromPort(port).toPort(port).ipRanges(IpRange.builder().cidrIp("10.1.0.0/16").build()).build())));
    }

    @Test
    void authorizeSecurityGroupIngressCostsTheSameWithTwoAndWithFortyRules() {
        String groupId = ec2.createSecurityGroup(r -> r.vpcId(vpcId).groupName("web").description("web")).groupId();
        authorizePort(groupId, 1);
        long withTwo = authorizePort(groupId, 2);
        List.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
                36, 37, 38, 39).forEach(port -> authorizePort(groupId, port));
        long withForty = authorizePort(groupId, 40);

        assertThat(withTwo).isLessThanOrEqualTo(5).isEqualTo(withForty);
    }

    /**
     * The network snapshot is read once and kept: a second analysis reads only the path and writes
     * its result; a write to the network makes the next one read the network again.
     */
    @Test
    void repeatedAnalysesDoNotReadTheNetworkAgain() {
        TwoTierNetwork net = TwoTierNetwork.build(ec2);
        String path = ec2.createNetworkInsightsPath(r -> r.source(net.internetGatewayId()).destination(net.webInstanceId())
                .protocol(Protocol.TCP).destinationPort(443)).networkInsightsPath().networkInsightsPathId();
        Supplier<Object> analyse = () -> ec2.startNetworkInsightsAnalysis(r -> r.networkInsightsPathId(path));

        long first = statementsOf(analyse);
        long second = statementsOf(analyse);
        long third = statementsOf(analyse);
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(net.webGroupId()).ipPermissions(IpPermission.builder().ipProtocol("tcp")
                .fromPort(22).toPort(22).ipRanges(IpRange.builder().cidrIp("203.0.113.0/24").build()).build()));
        long afterAWrite = statementsOf(analyse);

        // creating the path read the network; each analysis then reads the path and writes its result
        assertThat(first).isLessThanOrEqualTo(4).isEqualTo(second).isEqualTo(third);
        assertThat(afterAWrite).isGreaterThan(first + 10);
    }
}
