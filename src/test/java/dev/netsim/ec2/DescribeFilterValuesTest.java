package dev.netsim.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filters give the right answers, table-driven: on one small network, each row's filter with the
 * resource's own value finds it, and with another value does not.
 */
class DescribeFilterValuesTest extends NetsimIntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();

    /** One row: the action, where its ids are (dotted, through arrays), the filter, a matching value, the id it must find. */
    private record Row(String action, String idPath, String filter, String value, String id) {
    }

    @Test
    void everyRowFindsItsResourceAndOnlyWithItsValue() throws Exception {
        String vpc = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16").amazonProvidedIpv6CidrBlock(true)
                .tagSpecifications(t -> t.resourceType("vpc").tags(tag -> tag.key("Name").value("filters")))).vpc().vpcId();
        String v6 = ec2().describeVpcs(r -> r.vpcIds(vpc)).vpcs().get(0).ipv6CidrBlockAssociationSet().get(0).ipv6CidrBlock();
        String subnet = ec2().createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        String igw = ec2().createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        ec2().attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
        String table = ec2().createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
        ec2().createRoute(r -> r.routeTableId(table).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
        ec2().associateRouteTable(r -> r.routeTableId(table).subnetId(subnet));
        String group = ec2().createSecurityGroup(r -> r.vpcId(vpc).groupName("web").description("web tier")).groupId();
        ec2().authorizeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(443).toPort(443)
                .ipRanges(range -> range.cidrIp("0.0.0.0/0")).build()));
        var instance = ec2().runInstances(r -> r.imageId("ami-0123456789abcdef0").minCount(1).maxCount(1).subnetId(subnet).securityGroupIds(group)
                .tagSpecifications(t -> t.resourceType("instance").tags(tag -> tag.key("Name").value("web")))).instances().get(0);
        String eni = instance.networkInterfaces().get(0).networkInterfaceId();
        String endpoint = ec2().createVpcEndpoint(r -> r.vpcId(vpc).serviceName("com.amazonaws.us-east-1.s3").routeTableIds(table))
                .vpcEndpoint().vpcEndpointId();
        String tgw = ec2().createTransitGateway(r -> r.description("hub")).transitGateway().transitGatewayId();
        String acl = ec2().describeNetworkAcls(r -> r.filters(f -> f.name("vpc-id").values(vpc))).networkAcls().get(0).networkAclId();

        List<Row> rows = List.of(
                new Row("DescribeVpcs", "Vpcs.VpcId", "vpc-id", vpc, vpc),
                new Row("DescribeVpcs", "Vpcs.VpcId", "cidr", "10.0.0.0/16", vpc),
                new Row("DescribeVpcs", "Vpcs.VpcId", "cidr-block-association.cidr-block", "10.0.0.0/16", vpc),
                new Row("DescribeVpcs", "Vpcs.VpcId", "is-default", "false", vpc),
                new Row("DescribeVpcs", "Vpcs.VpcId", "dhcp-options-id", "default", vpc),
                new Row("DescribeVpcs", "Vpcs.VpcId", "ipv6-cidr-block-association.ipv6-cidr-block", v6, vpc),
                new Row("DescribeVpcs", "Vpcs.VpcId", "ipv6-cidr-block-association.ipv6-pool", "Amazon", vpc),
                new Row("DescribeVpcs", "Vpcs.VpcId", "tag:Name", "filt*", vpc),
                new Row("DescribeSubnets", "Subnets.SubnetId", "availability-zone-id", "use1-az1", subnet),
                new Row("DescribeSubnets", "Subnets.SubnetId", "cidr-block", "10.0.1.0/24", subnet),
                new Row("DescribeSubnets", "Subnets.SubnetId", "default-for-az", "false", subnet),
                new Row("DescribeSubnets", "Subnets.SubnetId", "available-ip-address-count", "250", subnet),
                new Row("DescribeRouteTables", "RouteTables.RouteTableId", "association.subnet-id", subnet, table),
                new Row("DescribeRouteTables", "RouteTables.RouteTableId", "route.gateway-id", igw, table),
                new Row("DescribeRouteTables", "RouteTables.RouteTableId", "route.destination-prefix-list-id", "pl-63a5400a", table),
                new Row("DescribeRouteTables", "RouteTables.RouteTableId", "association.main", "false", table),
                new Row("DescribeInternetGateways", "InternetGateways.InternetGatewayId", "attachment.vpc-id", vpc, igw),
                new Row("DescribeSecurityGroups", "SecurityGroups.GroupId", "ip-permission.from-port", "443", group),
                new Row("DescribeSecurityGroups", "SecurityGroups.GroupId", "ip-permission.cidr", "0.0.0.0/0", group),
                new Row("DescribeSecurityGroups", "SecurityGroups.GroupId", "description", "web tier", group),
                new Row("DescribeNetworkAcls", "NetworkAcls.NetworkAclId", "association.subnet-id", subnet, acl),
                new Row("DescribeNetworkAcls", "NetworkAcls.NetworkAclId", "default", "true", acl),
                new Row("DescribeInstances", "Reservations.Instances.InstanceId", "private-ip-address", instance.privateIpAddress(), instance.instanceId()),
                new Row("DescribeInstances", "Reservations.Instances.InstanceId", "instance-state-name", "running", instance.instanceId()),
                new Row("DescribeInstances", "Reservations.Instances.InstanceId", "tag:Name", "web", instance.instanceId()),
                new Row("DescribeInstances", "Reservations.Instances.InstanceId", "instance.group-name", "web", instance.instanceId()),
                new Row("DescribeInstances", "Reservations.Instances.InstanceId", "availability-zone-id", "use1-az1", instance.instanceId()),
                new Row("DescribeInstances", "Reservations.Instances.InstanceId", "network-interface.attachment.instance-id",
                        instance.instanceId(), instance.instanceId()),
                new Row("DescribeInstances", "Reservations.Instances.InstanceId", "platform-details", "Linux/UNIX", instance.instanceId()),
                new Row("DescribeNetworkInterfaces", "NetworkInterfaces.NetworkInterfaceId", "attachment.instance-id", instance.instanceId(), eni),
                new Row("DescribeNetworkInterfaces", "NetworkInterfaces.NetworkInterfaceId", "private-dns-name",
                        "ip-" + instance.privateIpAddress().replace('.', '-') + ".ec2.internal", eni),
                new Row("DescribeNetworkInterfaces", "NetworkInterfaces.NetworkInterfaceId", "group-id", group, eni),
                new Row("DescribeVpcEndpoints", "VpcEndpoints.VpcEndpointId", "vpc-endpoint-type", "Gateway", endpoint),
                new Row("DescribeVpcEndpoints", "VpcEndpoints.VpcEndpointId", "service-name", "com.amazonaws.us-east-1.s3", endpoint),
                new Row("DescribeTransitGateways", "TransitGateways.TransitGatewayId", "options.default-route-table-association", "enable", tgw),
                new Row("DescribeTransitGateways", "TransitGateways.TransitGatewayId", "state", "available", tgw));

        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            if (!ids(row, row.value()).contains(row.id())) {
                wrong.add(row + ": not found with its value");
            }
            if (ids(row, "no-such-value").contains(row.id())) {
                wrong.add(row + ": found with another value");
            }
        }
        assertThat(wrong).isEmpty();
    }

    private List<String> ids(Row row, String value) throws Exception {
        String body = "{\"Filters\": [{\"Name\": \"" + row.filter() + "\", \"Values\": [\"" + value + "\"]}]}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint().resolve("/api/ec2/actions/" + row.action()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(row + " " + response.body()).isEqualTo(200);
        List<String> found = new ArrayList<>();
        collect(json.readTree(response.body()), row.idPath().split("\\."), 0, found);
        return found;
    }

    private static void collect(JsonNode node, String[] path, int depth, List<String> found) {
        if (node.isArray()) {
            node.forEach(item -> collect(item, path, depth, found));
        } else if (depth == path.length) {
            found.add(node.asString());
        } else if (node.has(path[depth])) {
            collect(node.get(path[depth]), path, depth + 1, found);
        }
    }
}
