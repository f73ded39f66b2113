package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAttribute;
import software.amazon.awssdk.services.ec2.model.NetworkInterfacePrivateIpAddress;

class NetworkInterfaceWireTest extends NetsimIntegrationTest {

    private String vpcId;
    private String subnetId;

    @BeforeEach
    void network() {
        vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        subnetId = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
    }

    private NetworkInterface eni(String id) {
        return ec2().describeNetworkInterfaces(r -> r.networkInterfaceIds(id)).networkInterfaces().get(0);
    }

    @Test
    void createAssignAttachDetachDelete() {
        NetworkInterface created = ec2().createNetworkInterface(r -> r.subnetId(subnetId).description("appliance")
                .privateIpAddress("10.0.1.10").secondaryPrivateIpAddressCount(2)).networkInterface();
        String id = created.networkInterfaceId();
        assertThat(created.statusAsString()).isEqualTo("available");
        assertThat(created.privateIpAddress()).isEqualTo("10.0.1.10");
        assertThat(created.privateIpAddresses()).extracting(NetworkInterfacePrivateIpAddress::privateIpAddress)
                .containsExactly("10.0.1.10", "10.0.1.4", "10.0.1.5");
        assertThat(created.groups()).hasSize(1);
        assertThat(ec2().describeSubnets(r -> r.subnetIds(subnetId)).subnets().get(0).availableIpAddressCount()).isEqualTo(248);

        var assigned = ec2().assignPrivateIpAddresses(r -> r.networkInterfaceId(id).privateIpAddresses("10.0.1.20"));
        assertThat(assigned.assignedPrivateIpAddresses()).extracting(a -> a.privateIpAddress()).containsExactly("10.0.1.20");
        ec2().unassignPrivateIpAddresses(r -> r.networkInterfaceId(id).privateIpAddresses("10.0.1.4"));
        assertThat(eni(id).privateIpAddresses()).extracting(NetworkInterfacePrivateIpAddress::privateIpAddress)
                .containsExactly("10.0.1.10", "10.0.1.20", "10.0.1.5");
        assertAwsError(() -> ec2().unassignPrivateIpAddresses(r -> r.networkInterfaceId(id).privateIpAddresses("10.0.1.10")),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().assignPrivateIpAddresses(r -> r.networkInterfaceId(id).privateIpAddresses("10.0.1.20")),
                "InvalidIPAddress.InUse", 400);

        String instanceId = ec2().runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(subnetId))
                .instances().get(0).instanceId();
        String attachmentId = ec2().attachNetworkInterface(r -> r.networkInterfaceId(id).instanceId(instanceId).deviceIndex(1)).attachmentId();
        assertThat(attachmentId).startsWith("eni-attach-");
        assertThat(eni(id).statusAsString()).isEqualTo("in-use");
        var described = ec2().describeInstances(r -> r.instanceIds(instanceId)).reservations().get(0).instances().get(0);
        assertThat(described.networkInterfaces()).extracting(n -> n.attachment().deviceIndex()).containsExactly(0, 1);
        assertThat(ec2().describeNetworkInterfaces(r -> r.filters(filter("attachment.instance-id", instanceId))).networkInterfaces()).hasSize(2);

        assertAwsError(() -> ec2().deleteNetworkInterface(r -> r.networkInterfaceId(id)), "InvalidNetworkInterface.InUse", 400);
        String primaryAttachment = described.networkInterfaces().get(0).attachment().attachmentId();
        assertAwsError(() -> ec2().detachNetworkInterface(r -> r.attachmentId(primaryAttachment)), "OperationNotPermitted", 400);

        ec2().terminateInstances(r -> r.instanceIds(instanceId));
        assertThat(eni(id).statusAsString()).isEqualTo("available"); // a secondary interface outlives its instance
        ec2().deleteNetworkInterface(r -> r.networkInterfaceId(id));
        assertAwsError(() -> ec2().describeNetworkInterfaces(r -> r.networkInterfaceIds(id)), "InvalidNetworkInterfaceID.NotFound", 400);
        assertThat(ec2().describeSubnets(r -> r.subnetIds(subnetId)).subnets().get(0).availableIpAddressCount()).isEqualTo(251);
    }

    /** DescribeNetworkInterfaceAttribute answers one attribute; groups carry their names, as everywhere AWS lists them. */
    @Test
    void attributesAreDescribedOneAtATime() {
        String web = ec2().createSecurityGroup(r -> r.groupName("web").description("web tier").vpcId(vpcId)).groupId();
        String id = ec2().createNetworkInterface(r -> r.subnetId(subnetId).description("appliance").groups(web)).networkInterface()
                .networkInterfaceId();
        assertThat(eni(id).groups()).singleElement().satisfies(g -> assertThat(g.groupName()).isEqualTo("web"))
                .satisfies(g -> assertThat(g.groupId()).isEqualTo(web));

        assertThat(ec2().describeNetworkInterfaceAttribute(r -> r.networkInterfaceId(id).attribute(NetworkInterfaceAttribute.DESCRIPTION))
                .description().value()).isEqualTo("appliance");
        var groupSet = ec2().describeNetworkInterfaceAttribute(r -> r.networkInterfaceId(id).attribute(NetworkInterfaceAttribute.GROUP_SET));
        assertThat(groupSet.networkInterfaceId()).isEqualTo(id);
        assertThat(groupSet.groups()).singleElement().satisfies(g -> assertThat(g.groupName()).isEqualTo("web"));
        assertThat(groupSet.description()).isNull();
        ec2().modifyNetworkInterfaceAttribute(r -> r.networkInterfaceId(id).sourceDestCheck(v -> v.value(false)));
        assertThat(ec2().describeNetworkInterfaceAttribute(r -> r.networkInterfaceId(id).attribute(NetworkInterfaceAttribute.SOURCE_DEST_CHECK))
                .sourceDestCheck().value()).isFalse();
        assertThat(ec2().describeNetworkInterfaceAttribute(r -> r.networkInterfaceId(id).attribute(NetworkInterfaceAttribute.ATTACHMENT))
                .attachment()).isNull();

        String instance = ec2().runInstances(r -> r.imageId("ami-0abcdef1234567890").instanceType("t3.micro").minCount(1).maxCount(1)
                .subnetId(subnetId)).instances().get(0).instanceId();
        ec2().attachNetworkInterface(r -> r.networkInterfaceId(id).instanceId(instance).deviceIndex(1));
        assertThat(ec2().describeNetworkInterfaceAttribute(r -> r.networkInterfaceId(id).attribute(NetworkInterfaceAttribute.ATTACHMENT))
                .attachment()).satisfies(a -> assertThat(a.instanceId()).isEqualTo(instance)).satisfies(a -> assertThat(a.deviceIndex()).isEqualTo(1));
        assertAwsError(() -> ec2().describeNetworkInterfaceAttribute(r -> r.networkInterfaceId("eni-0123456789abcdef0")
                .attribute(NetworkInterfaceAttribute.DESCRIPTION)), "InvalidNetworkInterfaceID.NotFound", 400);
        assertAwsError(() -> ec2().describeNetworkInterfaceAttribute(r -> r.networkInterfaceId(id).attribute("color")), "InvalidParameterValue",
                400);
    }

    @Test
    void attachmentRules() {
        String id = ec2().createNetworkInterface(r -> r.subnetId(subnetId)).networkInterface().networkInterfaceId();
        String otherZone = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.2.0/24").availabilityZone("us-east-1b")).subnet().subnetId();
        String elsewhere = ec2().runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(otherZone))
                .instances().get(0).instanceId();
        String here = ec2().runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(subnetId))
                .instances().get(0).instanceId();
        assertAwsError(() -> ec2().attachNetworkInterface(r -> r.networkInterfaceId(id).instanceId(elsewhere).deviceIndex(1)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().attachNetworkInterface(r -> r.networkInterfaceId(id).instanceId(here).deviceIndex(0)), "InvalidParameterValue", 400);
        String attachment = ec2().attachNetworkInterface(r -> r.networkInterfaceId(id).instanceId(here).deviceIndex(1)).attachmentId();
        assertAwsError(() -> ec2().attachNetworkInterface(r -> r.networkInterfaceId(id).instanceId(here).deviceIndex(2)), "InvalidNetworkInterface.InUse", 400);
        ec2().detachNetworkInterface(r -> r.attachmentId(attachment));
        assertAwsError(() -> ec2().detachNetworkInterface(r -> r.attachmentId(attachment)), "InvalidAttachmentID.NotFound", 400);
        assertAwsError(() -> ec2().createNetworkInterface(r -> r.subnetId("subnet-0123456789abcdef0")), "InvalidSubnetID.NotFound", 400);
    }
}
