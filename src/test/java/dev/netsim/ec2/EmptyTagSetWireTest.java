package dev.netsim.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;

/**
 * An untagged resource's empty tagSet, call by call as AWS renders it: DescribeVpcs, DescribeSubnets,
 * CreateSubnet and DescribeInstances leave it out (boto3 users see no Tags key), while internet
 * gateways, network ACLs, route tables and peering connections show it empty.
 */
class EmptyTagSetWireTest extends NetsimIntegrationTest {

    private HttpResponse<String> ec2(String body) throws Exception {
        return send(HttpRequest.newBuilder(endpoint().resolve("/")).header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("Version=2016-11-15&" + body)));
    }

    @Test
    void untaggedResourcesShowTheirTagSetAsAwsDoes() throws Exception {
        String vpc = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String peer = ec2().createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        HttpResponse<String> subnet = ec2("Action=CreateSubnet&VpcId=" + vpc + "&CidrBlock=10.0.1.0/24");
        assertThat(subnet.body()).contains("<subnetId>").doesNotContain("tagSet");
        String subnetId = ec2().describeSubnets(r -> r.filters(VpcWireTest.filter("vpc-id", vpc))).subnets().get(0).subnetId();
        ec2().runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(subnetId));
        ec2().createInternetGateway();
        ec2().createVpcPeeringConnection(r -> r.vpcId(vpc).peerVpcId(peer));

        assertThat(ec2("Action=DescribeVpcs&VpcId.1=" + vpc).body()).contains("<vpcId>" + vpc).doesNotContain("tagSet");
        assertThat(ec2("Action=DescribeSubnets&SubnetId.1=" + subnetId).body()).contains("<subnetId>").doesNotContain("tagSet");
        String instances = ec2("Action=DescribeInstances").body();
        assertThat(instances).contains("<instanceId>");
        assertThat(instances.substring(instances.indexOf("<instancesSet>"))).doesNotContain("<tagSet");
        assertThat(ec2("Action=DescribeInternetGateways").body()).contains("<tagSet/>");
        assertThat(ec2("Action=DescribeNetworkAcls").body()).contains("<tagSet/>");
        assertThat(ec2("Action=DescribeRouteTables").body()).contains("<tagSet/>");
        assertThat(ec2("Action=DescribeVpcPeeringConnections").body()).contains("<tagSet/>");

        // a tagged one shows its tags everywhere
        ec2().createTags(r -> r.resources(vpc).tags(t -> t.key("Name").value("app")));
        assertThat(ec2("Action=DescribeVpcs&VpcId.1=" + vpc).body()).contains("<tagSet><item><key>Name</key><value>app</value></item></tagSet>");
    }
}
