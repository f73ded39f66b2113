package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.common.net.Ipv4Cidr;
import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceAttributeName;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

class InstanceWireTest extends NetsimIntegrationTest {

    private static final String AMI = "ami-0abcdef1234567890";
    private String vpcId;
    private String subnetId;

    @BeforeEach
    void network() {
        vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        subnetId = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
    }

    private Instance runOne(String subnet) {
        return ec2().runInstances(r -> r.imageId(AMI).instanceType(InstanceType.T3_MICRO).minCount(1).maxCount(1).subnetId(subnet)).instances().get(0);
    }

    private Instance describe(String instanceId) {
        return ec2().describeInstances(r -> r.instanceIds(instanceId)).reservations().get(0).instances().get(0);
    }

    @Test
    void runInstancesIntoASubnet() {
        var response = ec2().runInstances(r -> r.imageId(AMI).instanceType(InstanceType.T3_MICRO).minCount(2).maxCount(2).subnetId(subnetId)
                .userData("ZWNobyBoaQ==").tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                        .tags(Tag.builder().key("Name").value("web").build()).build()));
        assertThat(response.reservationId()).matches("r-[0-9a-f]{17}");
        assertThat(response.ownerId()).isEqualTo("000000000000");
        assertThat(response.instances()).hasSize(2).allSatisfy(i -> {
            assertThat(i.instanceId()).matches("i-[0-9a-f]{17}");
            assertThat(i.state().nameAsString()).isEqualTo("pending");
            assertThat(i.state().code()).isZero();
            assertThat(i.subnetId()).isEqualTo(subnetId);
            assertThat(i.vpcId()).isEqualTo(vpcId);
            assertThat(i.placement().availabilityZone()).isEqualTo("us-east-1a");
            assertThat(i.publicIpAddress()).isNull();
            assertThat(i.securityGroups()).singleElement().satisfies(g -> assertThat(g.groupName()).isEqualTo("default"));
            assertThat(i.tags()).containsExactly(Tag.builder().key("Name").value("web").build());
            assertThat(i.networkInterfaces()).singleElement().satisfies(n -> {
                assertThat(n.networkInterfaceId()).startsWith("eni-");
                assertThat(n.macAddress()).matches("02(:[0-9a-f]{2}){5}");
                assertThat(n.attachment().deviceIndex()).isZero();
            });
        });
        assertThat(response.instances()).extracting(Instance::privateIpAddress).containsExactly("10.0.1.4", "10.0.1.5");
        assertThat(response.instances().get(0).privateDnsName()).isEqualTo("ip-10-0-1-4.ec2.internal");
        assertThat(ec2().describeSubnets(r -> r.subnetIds(subnetId)).subnets().get(0).availableIpAddressCount()).isEqualTo(249);

        String id = response.instances().get(0).instanceId();
        ec2().waiter().waitUntilInstanceRunning(r -> r.instanceIds(id), o -> o.waitTimeout(Duration.ofSeconds(30)));
        assertThat(describe(id).state().nameAsString()).isEqualTo("running");
        assertThat(ec2().describeInstanceStatus(r -> r.instanceIds(id)).instanceStatuses()).singleElement()
                .satisfies(s -> assertThat(s.instanceStatus().statusAsString()).isEqualTo("ok"));
    }

    @Test
    void withoutASubnetInstancesGoToTheDefaultVpcWithAPublicAddress() {
        Instance instance = ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1)).instances().get(0);
        assertThat(instance.instanceTypeAsString()).isEqualTo("m1.small");
        assertThat(instance.placement().availabilityZone()).isEqualTo("us-east-1a");
        assertThat(instance.publicIpAddress()).startsWith("3.");
        assertThat(instance.publicDnsName()).startsWith("ec2-3-").endsWith(".compute-1.amazonaws.com");
        assertThat(instance.privateIpAddress()).startsWith("172.31.");
    }

    @Test
    void theCliFormWithAssociatePublicIpAddressWorks() {
        String sg = ec2().createSecurityGroup(r -> r.groupName("web").description("web").vpcId(vpcId)).groupId();
        Instance instance = ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).networkInterfaces(n -> n.deviceIndex(0)
                .associatePublicIpAddress(true).subnetId(subnetId).groups(sg))).instances().get(0);
        assertThat(instance.subnetId()).isEqualTo(subnetId);
        assertThat(instance.publicIpAddress()).isNotNull();
        assertThat(instance.securityGroups()).extracting(g -> g.groupId()).containsExactly(sg);
        assertThat(ec2().describeNetworkInterfaces(r -> r.filters(filter("attachment.instance-id", instance.instanceId()))).networkInterfaces())
                .singleElement().satisfies(n -> assertThat(n.association().publicIp()).isEqualTo(instance.publicIpAddress()));
    }

    @Test
    void stopStartTerminate() {
        Instance instance = ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(subnetId)
                .networkInterfaces(List.of())).instances().get(0);
        String id = instance.instanceId();
        var stopped = ec2().stopInstances(r -> r.instanceIds(id)).stoppingInstances().get(0);
        assertThat(stopped.previousState().nameAsString()).isEqualTo("running");
        assertThat(stopped.currentState().nameAsString()).isEqualTo("stopping");
        ec2().waiter().waitUntilInstanceStopped(r -> r.instanceIds(id), o -> o.waitTimeout(Duration.ofSeconds(30)));
        assertThat(describe(id).privateIpAddress()).isEqualTo(instance.privateIpAddress()); // kept across stop/start

        assertThat(ec2().startInstances(r -> r.instanceIds(id)).startingInstances().get(0).currentState().nameAsString()).isEqualTo("pending");
        ec2().rebootInstances(r -> r.instanceIds(id));

        var terminated = ec2().terminateInstances(r -> r.instanceIds(id)).terminatingInstances().get(0);
        assertThat(terminated.currentState().nameAsString()).isEqualTo("shutting-down");
        assertThat(terminated.currentState().code()).isEqualTo(32);
        ec2().waiter().waitUntilInstanceTerminated(r -> r.instanceIds(id), o -> o.waitTimeout(Duration.ofSeconds(30)));
        assertThat(describe(id).state().code()).isEqualTo(48);
        assertAwsError(() -> ec2().startInstances(r -> r.instanceIds(id)), "IncorrectInstanceState", 400);
        assertAwsError(() -> ec2().rebootInstances(r -> r.instanceIds(id)), "IncorrectInstanceState", 400);
        assertThat(ec2().describeSubnets(r -> r.subnetIds(subnetId)).subnets().get(0).availableIpAddressCount()).isEqualTo(251);
        ec2().deleteSubnet(r -> r.subnetId(subnetId));
    }

    /** A user's stop and termination leave AWS's StateReason and StateTransitionReason; a start clears them. */
    @Test
    void stoppedAndTerminatedInstancesSayWhy() {
        String id = runOne(subnetId).instanceId();
        assertThat(describe(id).stateReason()).isNull();
        assertThat(describe(id).stateTransitionReason()).isEmpty();
        ec2().stopInstances(r -> r.instanceIds(id));
        Instance stopped = describe(id);
        assertThat(stopped.stateReason().code()).isEqualTo("Client.UserInitiatedShutdown");
        assertThat(stopped.stateReason().message()).isEqualTo("Client.UserInitiatedShutdown: User initiated shutdown");
        assertThat(stopped.stateTransitionReason()).matches("User initiated \\(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} GMT\\)");
        assertThat(ec2().describeInstances(r -> r.filters(filter("state-reason-code", "Client.UserInitiatedShutdown"))).reservations())
                .singleElement().satisfies(res -> assertThat(res.instances().get(0).instanceId()).isEqualTo(id));
        ec2().startInstances(r -> r.instanceIds(id));
        assertThat(describe(id).stateReason()).isNull();
        ec2().terminateInstances(r -> r.instanceIds(id));
        assertThat(describe(id).stateReason().code()).isEqualTo("Client.UserInitiatedShutdown");
    }

    /** DisableApiTermination at launch or later protects an instance from TerminateInstances, the whole call refused. */
    @Test
    void terminationProtectionRefusesTermination() {
        String protectedId = ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(subnetId).disableApiTermination(true))
                .instances().get(0).instanceId();
        String other = runOne(subnetId).instanceId();
        var refused = assertAwsError(() -> ec2().terminateInstances(r -> r.instanceIds(other, protectedId)), "OperationNotPermitted", 400);
        assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo("The instance '" + protectedId + "' may not be terminated. Modify its "
                + "'disableApiTermination' instance attribute and try again.");
        assertThat(describe(other).state().nameAsString()).isEqualTo("running"); // nothing changed
        assertThat(ec2().describeInstanceAttribute(r -> r.instanceId(protectedId).attribute(InstanceAttributeName.DISABLE_API_TERMINATION))
                .disableApiTermination().value()).isTrue();
        ec2().modifyInstanceAttribute(r -> r.instanceId(protectedId).disableApiTermination(v -> v.value(false)));
        ec2().terminateInstances(r -> r.instanceIds(other, protectedId));
        ec2().modifyInstanceAttribute(r -> r.instanceId(runOne(subnetId).instanceId()).disableApiTermination(v -> v.value(true)));
    }

    /** Monitoring, EBS optimization and hibernation from RunInstances show in DescribeInstances; EBS optimization changes when stopped. */
    @Test
    void launchOptionsAreKeptAndShown() {
        Instance launched = ec2().runInstances(r -> r.imageId(AMI).instanceType("m5.large").minCount(1).maxCount(1).subnetId(subnetId)
                .monitoring(m -> m.enabled(true)).ebsOptimized(true).hibernationOptions(h -> h.configured(true))).instances().get(0);
        Instance described = describe(launched.instanceId());
        assertThat(described.monitoring().stateAsString()).isEqualTo("enabled");
        assertThat(described.ebsOptimized()).isTrue();
        assertThat(described.hibernationOptions().configured()).isTrue();
        assertThat(ec2().describeInstances(r -> r.filters(filter("monitoring-state", "enabled"))).reservations()).hasSize(1);
        String id = launched.instanceId();
        assertAwsError(() -> ec2().modifyInstanceAttribute(r -> r.instanceId(id).ebsOptimized(v -> v.value(false))), "IncorrectInstanceState", 400);
        ec2().stopInstances(r -> r.instanceIds(id));
        ec2().waiter().waitUntilInstanceStopped(r -> r.instanceIds(id), o -> o.waitTimeout(Duration.ofSeconds(30)));
        ec2().modifyInstanceAttribute(r -> r.instanceId(id).ebsOptimized(v -> v.value(false)));
        assertThat(ec2().describeInstanceAttribute(r -> r.instanceId(id).attribute(InstanceAttributeName.EBS_OPTIMIZED)).ebsOptimized().value())
                .isFalse();
    }

    /** Burstable types report AWS's default credits (t2 standard, t3 unlimited) until changed; others have none. */
    @Test
    void burstableInstancesHaveCreditSpecifications() {
        String t2 = ec2().runInstances(r -> r.imageId(AMI).instanceType("t2.micro").minCount(1).maxCount(1).subnetId(subnetId)).instances().get(0)
                .instanceId();
        String t3 = runOne(subnetId).instanceId();
        String t3Standard = ec2().runInstances(r -> r.imageId(AMI).instanceType("t3.small").minCount(1).maxCount(1).subnetId(subnetId)
                .creditSpecification(c -> c.cpuCredits("standard"))).instances().get(0).instanceId();
        String m5 = ec2().runInstances(r -> r.imageId(AMI).instanceType("m5.large").minCount(1).maxCount(1).subnetId(subnetId)).instances().get(0)
                .instanceId();
        assertAwsError(() -> ec2().runInstances(r -> r.imageId(AMI).instanceType("m5.large").minCount(1).maxCount(1).subnetId(subnetId)
                .creditSpecification(c -> c.cpuCredits("unlimited"))), "InvalidParameterCombination", 400);

        var all = ec2().describeInstanceCreditSpecifications(r -> { }).instanceCreditSpecifications();
        assertThat(all).extracting(c -> c.instanceId() + " " + c.cpuCredits())
                .containsExactlyInAnyOrder(t2 + " standard", t3 + " unlimited", t3Standard + " standard");
        assertAwsError(() -> ec2().describeInstanceCreditSpecifications(r -> r.instanceIds(m5)), "InvalidParameterValue", 400);

        var modified = ec2().modifyInstanceCreditSpecification(r -> r.instanceCreditSpecifications(c -> c.instanceId(t2).cpuCredits("unlimited"),
                c -> c.instanceId(m5).cpuCredits("unlimited"), c -> c.instanceId(t3).cpuCredits("lots")));
        assertThat(modified.successfulInstanceCreditSpecifications()).extracting(c -> c.instanceId()).containsExactly(t2);
        assertThat(modified.unsuccessfulInstanceCreditSpecifications()).extracting(c -> c.instanceId()).containsExactly(m5, t3);
        assertThat(ec2().describeInstanceCreditSpecifications(r -> r.instanceIds(t2)).instanceCreditSpecifications().get(0).cpuCredits())
                .isEqualTo("unlimited");
    }

    /** NetworkInterfaces[].PrivateIpAddresses sets the primary and secondary addresses; taken ones and mixed forms are refused. */
    @Test
    void launchInterfacesTakeTheirPrivateAddresses() {
        Instance instance = ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).networkInterfaces(n -> n.deviceIndex(0)
                .subnetId(subnetId).privateIpAddresses(a -> a.privateIpAddress("10.0.1.50").primary(true),
                        a -> a.privateIpAddress("10.0.1.51").primary(false)))).instances().get(0);
        assertThat(instance.privateIpAddress()).isEqualTo("10.0.1.50");
        assertThat(instance.networkInterfaces().get(0).privateIpAddresses()).extracting(a -> a.privateIpAddress())
                .containsExactly("10.0.1.50", "10.0.1.51");
        assertAwsError(() -> ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).networkInterfaces(n -> n.deviceIndex(0)
                .subnetId(subnetId).privateIpAddresses(a -> a.privateIpAddress("10.0.1.50").primary(true)))), "InvalidIPAddress.InUse", 400);
        assertAwsError(() -> ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).networkInterfaces(n -> n.deviceIndex(0)
                .subnetId(subnetId).privateIpAddresses(a -> a.privateIpAddress("10.0.1.2").primary(true)))), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(subnetId).networkInterfaces(n -> n
                .deviceIndex(0).associatePublicIpAddress(true))), "InvalidParameterCombination", 400);
        Instance counted = ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).networkInterfaces(n -> n.deviceIndex(0)
                .subnetId(subnetId).secondaryPrivateIpAddressCount(2))).instances().get(0);
        assertThat(counted.networkInterfaces().get(0).privateIpAddresses()).hasSize(3);
        assertThat(ec2().describeInstances(r -> r.instanceIds(instance.instanceId())).reservations()).hasSize(1);
    }

    /**
     * More tagged candidates than are checked at once: paging through them in small pages gives
     * exactly the running tagged instances, in id order, terminated ones left out.
     */
    @Test
    void pagingThroughManyTaggedInstancesGivesEachOnce() {
        String big = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.8.0/22").availabilityZone("us-east-1a")).subnet().subnetId();
        List<String> tagged = ec2().runInstances(r -> r.imageId(AMI).minCount(600).maxCount(600).subnetId(big)
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE).tags(Tag.builder().key("Tier").value("web").build())
                        .build())).instances().stream().map(Instance::instanceId).sorted().toList();
        ec2().terminateInstances(r -> r.instanceIds(tagged.get(1), tagged.get(300)));
        List<String> expected = new ArrayList<>(tagged);
        expected.removeAll(List.of(tagged.get(1), tagged.get(300)));

        List<String> paged = new ArrayList<>();
        String token = null;
        for (int page = 0; page < 200; page++) {
            String next = token;
            var response = ec2().describeInstances(r -> r.filters(filter("tag:Tier", "web"), filter("instance-state-name", "running"))
                    .maxResults(7).nextToken(next));
            response.reservations().forEach(res -> res.instances().forEach(i -> paged.add(i.instanceId())));
            token = response.nextToken();
            if (token == null) {
                break;
            }
        }
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void describeInstancesFilters() {
        Instance a = runOne(subnetId);
        Instance b = runOne(subnetId);
        ec2().createTags(r -> r.resources(b.instanceId()).tags(Tag.builder().key("Tier").value("db").build()));
        ec2().stopInstances(r -> r.instanceIds(b.instanceId()));

        assertThat(ids(filter("vpc-id", vpcId))).containsExactlyInAnyOrder(a.instanceId(), b.instanceId());
        assertThat(ids(filter("instance-state-name", "running"), filter("vpc-id", vpcId))).containsExactly(a.instanceId());
        assertThat(ids(filter("instance-state-name", "stopped"))).containsExactly(b.instanceId());
        assertThat(ids(filter("private-ip-address", a.privateIpAddress()))).containsExactly(a.instanceId());
        assertThat(ids(filter("tag:Tier", "db"))).containsExactly(b.instanceId());
        assertThat(ids(filter("subnet-id", subnetId), filter("instance-type", "t3.micro"))).hasSize(2);
        assertThat(ids(filter("network-interface.subnet-id", subnetId))).hasSize(2);
        assertThat(ids(filter("instance.group-name", "default"))).hasSize(2);
        assertAwsError(() -> ec2().describeInstances(r -> r.filters(filter("colour", "red"))), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().describeInstances(r -> r.instanceIds("i-0123456789abcdef0")), "InvalidInstanceID.NotFound", 400);
        assertAwsError(() -> ec2().describeInstances(r -> r.instanceIds("i-xyz")), "InvalidInstanceID.Malformed", 400);
    }

    @Test
    void badLaunchesAreRefusedAndLeaveNothingBehind() {
        assertAwsError(() -> ec2().runInstances(r -> r.minCount(1).maxCount(1).subnetId(subnetId)), "MissingParameter", 400);
        assertAwsError(() -> ec2().runInstances(r -> r.imageId("image-1").minCount(1).maxCount(1).subnetId(subnetId)), "InvalidAMIID.Malformed", 400);
        assertAwsError(() -> ec2().runInstances(r -> r.imageId(AMI).minCount(2).maxCount(1).subnetId(subnetId)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId("subnet-0123456789abcdef0")),
                "InvalidSubnetID.NotFound", 400);
        assertAwsError(() -> ec2().runInstances(r -> r.imageId(AMI).minCount(2).maxCount(2).subnetId(subnetId).privateIpAddress("10.0.1.50")),
                "InvalidParameterCombination", 400);
        assertAwsError(() -> ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(subnetId).privateIpAddress("10.0.2.50")),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(subnetId).securityGroupIds("sg-0123456789abcdef0")),
                "InvalidGroup.NotFound", 400);
        assertAwsError(() -> ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(subnetId).placement(p -> p.availabilityZone("us-east-1b"))),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(subnetId).placement(p -> p.groupName("cluster"))),
                "InvalidPlacementGroup.Unknown", 400);
        assertThat(ec2().describeInstances().reservations()).isEmpty();
        assertThat(ec2().describeSubnets(r -> r.subnetIds(subnetId)).subnets().get(0).availableIpAddressCount()).isEqualTo(251);
        assertAwsError(() -> ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(subnetId).dryRun(true)), "DryRunOperation", 412);
        assertThat(ec2().describeInstances().reservations()).isEmpty();
    }

    @Test
    void aFullSubnetLaunchesWhatFitsOrRefuses() {
        String small = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.2.0/28")).subnet().subnetId();
        var launched = ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(20).subnetId(small)).instances();
        assertThat(launched).hasSize(11);
        assertAwsError(() -> runOne(small), "InsufficientFreeAddressesInSubnet", 400);
        assertThat(ec2().describeSubnets(r -> r.subnetIds(small)).subnets().get(0).availableIpAddressCount()).isZero();
    }

    @Test
    void theSameClientTokenReturnsTheSameReservation() {
        var first = ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(subnetId).clientToken("launch-1"));
        var again = ec2().runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(subnetId).clientToken("launch-1"));
        assertThat(again.reservationId()).isEqualTo(first.reservationId());
        assertThat(again.instances().get(0).instanceId()).isEqualTo(first.instances().get(0).instanceId());
        assertThat(ec2().describeInstances().reservations()).hasSize(1);
    }

    @Test
    void concurrentLaunchesGetDistinctValidAddresses() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    Ec2Client client = ec2();
                    List<String> ips = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        ips.add(client.runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(subnetId)).instances().get(0).privateIpAddress());
                    }
                    return ips;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : results) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(200).doesNotHaveDuplicates();
            Ipv4Cidr subnet = Ipv4Cidr.parseOrNull("10.0.1.0/24");
            Set<String> reserved = new HashSet<>(List.of("10.0.1.0", "10.0.1.1", "10.0.1.2", "10.0.1.3", "10.0.1.255"));
            assertThat(all).allSatisfy(ip -> {
                assertThat(subnet.contains(Ipv4Cidr.parseOrNull(ip + "/32"))).isTrue();
                assertThat(reserved).doesNotContain(ip);
            });
        } finally {
            pool.shutdownNow();
        }
        assertThat(ec2().describeSubnets(r -> r.subnetIds(subnetId)).subnets().get(0).availableIpAddressCount()).isEqualTo(51);
    }

    @Test
    void sixteenThreadsFillingASmallSubnetGetAddressesOrInsufficientFreeAddressesNeverAServerError() throws Exception {
        String small = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.2.0/28").availabilityZone("us-east-1a")).subnet().subnetId();
        // no retries: a 500 must show, not be retried away
        Ec2Client client = Ec2Client.builder().endpointOverride(endpoint()).region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(credentials("AKIAIOSFODNN7EXAMPLE")).httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(software.amazon.awssdk.awscore.retry.AwsRetryStrategy.doNotRetry())).build();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < 16; t++) {
                results.add(pool.submit(() -> {
                    List<String> outcomes = new ArrayList<>();
                    for (int i = 0; i < 6; i++) {
                        try {
                            String id = client.runInstances(r -> r.imageId(AMI).minCount(1).maxCount(1).subnetId(small)).instances().get(0).instanceId();
                            outcomes.add("launched");
                            if (i % 2 == 1) {
                                client.terminateInstances(r -> r.instanceIds(id)); // churn: addresses are freed while others allocate
                            }
                        } catch (software.amazon.awssdk.awscore.exception.AwsServiceException e) {
                            outcomes.add(e.statusCode() + " " + e.awsErrorDetails().errorCode());
                        }
                    }
                    return outcomes;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : results) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(96).allMatch(o -> o.equals("launched") || o.equals("400 InsufficientFreeAddressesInSubnet"));
        } finally {
            pool.shutdownNow();
        }
        List<String> addresses = ec2().describeInstances(r -> r.filters(f -> f.name("subnet-id").values(small),
                f -> f.name("instance-state-name").values("pending", "running"))).reservations().stream()
                .flatMap(res -> res.instances().stream()).map(Instance::privateIpAddress).toList();
        assertThat(addresses).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(11);
        assertThat(ec2().describeSubnets(r -> r.subnetIds(small)).subnets().get(0).availableIpAddressCount()).isEqualTo(11 - addresses.size());
    }

    @Test
    void elasticIpsMoveBetweenInstancesAndSurviveAStop() {
        Instance first = runOne(subnetId);
        Instance second = runOne(subnetId);
        String allocationId = ec2().allocateAddress(r -> { }).allocationId();
        String publicIp = ec2().describeAddresses(r -> r.allocationIds(allocationId)).addresses().get(0).publicIp();
        assertAwsError(() -> ec2().associateAddress(r -> r.allocationId(allocationId).instanceId(first.instanceId())), "Gateway.NotAttached", 400);

        String igw = ec2().createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        ec2().attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpcId));
        String associationId = ec2().associateAddress(r -> r.allocationId(allocationId).instanceId(first.instanceId())).associationId();
        assertThat(associationId).startsWith("eipassoc-");
        assertThat(describe(first.instanceId()).publicIpAddress()).isEqualTo(publicIp);
        assertThat(ec2().describeAddresses(r -> r.filters(filter("instance-id", first.instanceId()))).addresses()).singleElement()
                .satisfies(a -> assertThat(a.privateIpAddress()).isEqualTo(first.privateIpAddress()));
        assertAwsError(() -> ec2().detachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpcId)), "DependencyViolation", 400);

        ec2().stopInstances(r -> r.instanceIds(first.instanceId()));
        assertThat(describe(first.instanceId()).publicIpAddress()).isEqualTo(publicIp);

        assertAwsError(() -> ec2().associateAddress(r -> r.allocationId(allocationId).instanceId(second.instanceId())), "Resource.AlreadyAssociated", 400);
        ec2().associateAddress(r -> r.allocationId(allocationId).instanceId(second.instanceId()).allowReassociation(true));
        assertThat(describe(second.instanceId()).publicIpAddress()).isEqualTo(publicIp);
        assertThat(describe(first.instanceId()).publicIpAddress()).isNull();

        ec2().terminateInstances(r -> r.instanceIds(second.instanceId()));
        assertThat(ec2().describeAddresses(r -> r.allocationIds(allocationId)).addresses().get(0).associationId()).isNull();
        ec2().releaseAddress(r -> r.allocationId(allocationId));
        ec2().detachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpcId));
        assertAwsError(() -> ec2().disassociateAddress(r -> r.associationId("eipassoc-0123456789abcdef0")), "InvalidAssociationID.NotFound", 400);
    }

    @Test
    void removingAnElasticIpGivesAnAutoAssignedAddressBack() {
        String igw = ec2().createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        ec2().attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpcId));
        Instance withPublic = ec2().runInstances(r -> r.imageId("ami-0123456789abcdef0").minCount(1).maxCount(1)
                .networkInterfaces(n -> n.deviceIndex(0).subnetId(subnetId).associatePublicIpAddress(true))).instances().get(0);
        Instance privateOnly = runOne(subnetId);
        String autoAssigned = describe(withPublic.instanceId()).publicIpAddress();
        assertThat(autoAssigned).isNotNull();

        String allocationId = ec2().allocateAddress(r -> { }).allocationId();
        String elasticIp = ec2().describeAddresses(r -> r.allocationIds(allocationId)).addresses().get(0).publicIp();
        String association = ec2().associateAddress(r -> r.allocationId(allocationId).instanceId(withPublic.instanceId())).associationId();
        assertThat(describe(withPublic.instanceId()).publicIpAddress()).isEqualTo(elasticIp);
        ec2().disassociateAddress(r -> r.associationId(association));
        assertThat(describe(withPublic.instanceId()).publicIpAddress()).isNotNull().isNotEqualTo(elasticIp);

        String again = ec2().associateAddress(r -> r.allocationId(allocationId).instanceId(privateOnly.instanceId())).associationId();
        ec2().disassociateAddress(r -> r.associationId(again));
        assertThat(describe(privateOnly.instanceId()).publicIpAddress()).isNull();
    }

    @Test
    void aNatInstanceRouteFollowsTheInstance() {
        Instance nat = runOne(subnetId);
        String tableId = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
        ec2().createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").instanceId(nat.instanceId()));
        var route = ec2().describeRouteTables(r -> r.routeTableIds(tableId)).routeTables().get(0).routes().get(1);
        assertThat(route.instanceId()).isEqualTo(nat.instanceId());
        assertThat(route.stateAsString()).isEqualTo("active");
        String otherVpc = ec2().createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        String otherTable = ec2().createRouteTable(r -> r.vpcId(otherVpc)).routeTable().routeTableId();
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(otherTable).destinationCidrBlock("0.0.0.0/0").instanceId(nat.instanceId())),
                "InvalidParameterValue", 400);

        ec2().terminateInstances(r -> r.instanceIds(nat.instanceId()));
        assertThat(ec2().describeRouteTables(r -> r.routeTableIds(tableId)).routeTables().get(0).routes().get(1).stateAsString())
                .isEqualTo("blackhole");
    }

    @Test
    void instanceAttributes() {
        Instance instance = runOne(subnetId);
        String id = instance.instanceId();
        String sg = ec2().createSecurityGroup(r -> r.groupName("app").description("app").vpcId(vpcId)).groupId();

        ec2().modifyInstanceAttribute(r -> r.instanceId(id).groups(sg));
        assertThat(describe(id).securityGroups()).extracting(g -> g.groupId()).containsExactly(sg);
        ec2().modifyInstanceAttribute(r -> r.instanceId(id).sourceDestCheck(b -> b.value(false)));
        assertThat(ec2().describeInstanceAttribute(r -> r.instanceId(id).attribute("sourceDestCheck")).sourceDestCheck().value()).isFalse();
        assertThat(describe(id).sourceDestCheck()).isFalse();
        assertThat(ec2().describeInstanceAttribute(r -> r.instanceId(id).attribute("groupSet")).groups()).extracting(g -> g.groupName())
                .containsExactly("app");

        assertAwsError(() -> ec2().modifyInstanceAttribute(r -> r.instanceId(id).instanceType(v -> v.value("t3.large"))), "IncorrectInstanceState", 400);
        ec2().stopInstances(r -> r.instanceIds(id));
        ec2().modifyInstanceAttribute(r -> r.instanceId(id).instanceType(v -> v.value("t3.large")));
        assertThat(ec2().describeInstanceAttribute(r -> r.instanceId(id).attribute("instanceType")).instanceType().value()).isEqualTo("t3.large");
        assertAwsError(() -> ec2().describeInstanceAttribute(r -> r.instanceId(id).attribute("colour")), "InvalidParameterValue", 400);

        var options = ec2().modifyInstanceMetadataOptions(r -> r.instanceId(id).httpTokens("required")).instanceMetadataOptions();
        assertThat(options.httpTokensAsString()).isEqualTo("required");
        assertThat(describe(id).metadataOptions().httpTokensAsString()).isEqualTo("required");
        assertAwsError(() -> ec2().modifyInstanceMetadataOptions(r -> r.instanceId(id).httpPutResponseHopLimit(65)), "InvalidParameterValue", 400);

        String eni = describe(id).networkInterfaces().get(0).networkInterfaceId();
        ec2().modifyNetworkInterfaceAttribute(r -> r.networkInterfaceId(eni).description(d -> d.value("primary")));
        assertThat(ec2().describeNetworkInterfaces(r -> r.networkInterfaceIds(eni)).networkInterfaces().get(0).description()).isEqualTo("primary");
        assertAwsError(() -> ec2().modifyNetworkInterfaceAttribute(r -> r.networkInterfaceId(eni).groups("sg-0123456789abcdef0")),
                "InvalidGroup.NotFound", 400);
    }

    private List<String> ids(software.amazon.awssdk.services.ec2.model.Filter... filters) {
        return ec2().describeInstances(r -> r.filters(filters)).reservations().stream()
                .flatMap(res -> res.instances().stream()).map(Instance::instanceId).toList();
    }
}
