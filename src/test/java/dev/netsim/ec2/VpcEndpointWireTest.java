package dev.netsim.ec2;

import static dev.netsim.ec2.VpcWireTest.filter;
import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.DnsEntry;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.VpcEndpointType;

class VpcEndpointWireTest extends NetsimIntegrationTest {

    private static final String S3 = "com.amazonaws.us-east-1.s3";
    private static final String S3_PREFIX_LIST = "pl-63a5400a";
    private String vpcId;
    private String tableA;
    private String tableB;

    @BeforeEach
    void network() {
        vpcId = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        tableA = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
        tableB = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
    }

    @Test
    void gatewayEndpointRoutesToThePrefixList() {
        var endpoint = ec2().createVpcEndpoint(r -> r.vpcId(vpcId).serviceName(S3).routeTableIds(tableA)).vpcEndpoint();
        String id = endpoint.vpcEndpointId();
        assertThat(id).matches("vpce-[0-9a-f]{17}");
        assertThat(endpoint.vpcEndpointType()).isEqualTo(VpcEndpointType.GATEWAY);
        assertThat(endpoint.stateAsString()).isEqualTo("available");
        assertThat(endpoint.routeTableIds()).containsExactly(tableA);
        assertThat(endpoint.policyDocument()).contains("\"Effect\":\"Allow\"");

        var route = routeTo(tableA, S3_PREFIX_LIST);
        assertThat(route.gatewayId()).isEqualTo(id);
        assertThat(route.stateAsString()).isEqualTo("active");
        assertAwsError(() -> ec2().deleteRoute(r -> r.routeTableId(tableA).destinationPrefixListId(S3_PREFIX_LIST)), "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(tableB).destinationCidrBlock("0.0.0.0/0").vpcEndpointId(id)),
                "InvalidParameterValue", 400);
        assertAwsError(() -> ec2().createRoute(r -> r.routeTableId(tableB).destinationCidrBlock("0.0.0.0/0").gatewayId(id)),
                "InvalidParameterValue", 400);

        ec2().modifyVpcEndpoint(r -> r.vpcEndpointId(id).addRouteTableIds(tableB).removeRouteTableIds(tableA));
        assertThat(ec2().describeVpcEndpoints(r -> r.vpcEndpointIds(id)).vpcEndpoints().get(0).routeTableIds()).containsExactly(tableB);
        assertThat(ec2().describeRouteTables(r -> r.routeTableIds(tableA)).routeTables().get(0).routes())
                .noneMatch(rt -> S3_PREFIX_LIST.equals(rt.destinationPrefixListId()));
        assertAwsError(() -> ec2().createVpcEndpoint(r -> r.vpcId(vpcId).serviceName(S3).routeTableIds(tableB)), "RouteAlreadyExists", 400);
        assertAwsError(() -> ec2().modifyVpcEndpoint(r -> r.vpcEndpointId(id).addSubnetIds("subnet-0123456789abcdef0")), "InvalidParameter", 400);

        assertAwsError(() -> ec2().deleteVpc(r -> r.vpcId(vpcId)), "DependencyViolation", 400);
        var deleted = ec2().deleteVpcEndpoints(r -> r.vpcEndpointIds(id, "vpce-0123456789abcdef0"));
        assertThat(deleted.unsuccessful()).singleElement().satisfies(u -> {
            assertThat(u.resourceId()).isEqualTo("vpce-0123456789abcdef0");
            assertThat(u.error().code()).isEqualTo("InvalidVpcEndpointId.NotFound");
        });
        assertThat(ec2().describeRouteTables(r -> r.routeTableIds(tableB)).routeTables().get(0).routes())
                .noneMatch(rt -> S3_PREFIX_LIST.equals(rt.destinationPrefixListId()));
        assertAwsError(() -> ec2().describeVpcEndpoints(r -> r.vpcEndpointIds(id)), "InvalidVpcEndpointId.NotFound", 400);
    }

    @Test
    void badRequestsChangeNothing() {
        assertAwsError(() -> ec2().createVpcEndpoint(r -> r.vpcId(vpcId).serviceName("com.amazonaws.us-east-1.nothing")), "InvalidServiceName", 400);
        assertAwsError(() -> ec2().createVpcEndpoint(r -> r.vpcId(vpcId).serviceName("com.amazonaws.us-east-1.ssm")), "InvalidServiceName", 400);
        assertAwsError(() -> ec2().createVpcEndpoint(r -> r.vpcId(vpcId).serviceName(S3).routeTableIds(tableA, "rtb-0123456789abcdef0")),
                "InvalidRouteTableID.NotFound", 400);
        assertAwsError(() -> ec2().createVpcEndpoint(r -> r.vpcId(vpcId).serviceName(S3).policyDocument("{not json")), "MalformedPolicy", 400);
        assertAwsError(() -> ec2().createVpcEndpoint(r -> r.vpcId("vpc-0123456789abcdef0").serviceName(S3)), "InvalidVpcID.NotFound", 400);
        assertThat(ec2().describeVpcEndpoints().vpcEndpoints()).isEmpty();
        assertThat(ec2().describeRouteTables(r -> r.routeTableIds(tableA)).routeTables().get(0).routes()).hasSize(1);
    }

    @Test
    void interfaceEndpointPutsAnInterfaceInEachSubnet() {
        String subnetA = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        String subnetA2 = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.3.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        String subnetB = ec2().createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.2.0/24").availabilityZone("us-east-1b")).subnet().subnetId();
        String group = ec2().createSecurityGroup(r -> r.vpcId(vpcId).groupName("endpoints").description("endpoints")).groupId();

        // private DNS (the default) needs DNS hostnames in the VPC
        assertAwsError(() -> ec2().createVpcEndpoint(r -> r.vpcEndpointType(VpcEndpointType.INTERFACE).vpcId(vpcId)
                .serviceName("com.amazonaws.us-east-1.ssm").subnetIds(subnetA)), "InvalidParameter", 400);
        ec2().modifyVpcAttribute(r -> r.vpcId(vpcId).enableDnsHostnames(AttributeBooleanValue.builder().value(true).build()));
        assertAwsError(() -> ec2().createVpcEndpoint(r -> r.vpcEndpointType(VpcEndpointType.INTERFACE).vpcId(vpcId)
                .serviceName("com.amazonaws.us-east-1.ssm").subnetIds(subnetA, subnetA2)), "DuplicateSubnetsInSameZone", 400);
        assertThat(ec2().describeNetworkInterfaces().networkInterfaces()).isEmpty();

        var endpoint = ec2().createVpcEndpoint(r -> r.vpcEndpointType(VpcEndpointType.INTERFACE).vpcId(vpcId)
                .serviceName("com.amazonaws.us-east-1.ssm").subnetIds(subnetA, subnetB).securityGroupIds(group)).vpcEndpoint();
        assertThat(endpoint.networkInterfaceIds()).hasSize(2);
        assertThat(endpoint.privateDnsEnabled()).isTrue();
        assertThat(endpoint.groups()).extracting(g -> g.groupId()).containsExactly(group);
        assertThat(endpoint.dnsEntries()).extracting(DnsEntry::dnsName).contains("ssm.us-east-1.amazonaws.com")
                .anySatisfy(name -> assertThat(name).endsWith("-us-east-1b.ssm.us-east-1.vpce.amazonaws.com"));
        var enis = ec2().describeNetworkInterfaces(r -> r.networkInterfaceIds(endpoint.networkInterfaceIds())).networkInterfaces();
        assertThat(enis).allSatisfy(eni -> {
            assertThat(eni.interfaceTypeAsString()).isEqualTo("vpc_endpoint");
            assertThat(eni.requesterManaged()).isTrue();
            assertThat(eni.description()).isEqualTo("VPC Endpoint Interface " + endpoint.vpcEndpointId());
        });
        assertThat(ec2().describeSubnets(r -> r.subnetIds(subnetA)).subnets().get(0).availableIpAddressCount()).isEqualTo(250);
        assertAwsError(() -> ec2().deleteNetworkInterface(r -> r.networkInterfaceId(endpoint.networkInterfaceIds().get(0))),
                "OperationNotPermitted", 400);
        assertAwsError(() -> ec2().deleteSubnet(r -> r.subnetId(subnetA)), "DependencyViolation", 400);
        var inUse = assertAwsError(() -> ec2().deleteSecurityGroup(r -> r.groupId(group)), "DependencyViolation", 400);
        assertThat(inUse.awsErrorDetails().errorMessage()).contains(endpoint.networkInterfaceIds().get(0));
        assertAwsError(() -> ec2().createVpcEndpoint(r -> r.vpcEndpointType(VpcEndpointType.INTERFACE).vpcId(vpcId)
                .serviceName("com.amazonaws.us-east-1.ssm").subnetIds(subnetA2)), "InvalidParameter", 400);

        ec2().modifyVpcEndpoint(r -> r.vpcEndpointId(endpoint.vpcEndpointId()).removeSubnetIds(subnetA).addSubnetIds(subnetA2));
        var modified = ec2().describeVpcEndpoints(r -> r.filters(filter("vpc-endpoint-type", "Interface"), filter("service-name",
                "com.amazonaws.us-east-1.ssm"))).vpcEndpoints();
        assertThat(modified).singleElement().satisfies(e -> assertThat(e.subnetIds()).containsExactlyInAnyOrder(subnetA2, subnetB));
        ec2().deleteSubnet(r -> r.subnetId(subnetA));

        ec2().deleteVpcEndpoints(r -> r.vpcEndpointIds(endpoint.vpcEndpointId()));
        assertThat(ec2().describeNetworkInterfaces().networkInterfaces()).isEmpty();
    }

    @Test
    void endpointServicesAreListed() {
        var services = ec2().describeVpcEndpointServices(r -> r.serviceNames(S3));
        assertThat(services.serviceNames()).containsExactly(S3);
        assertThat(services.serviceDetails()).extracting(d -> d.serviceType().get(0).serviceTypeAsString()).containsExactlyInAnyOrder("Gateway", "Interface");
        assertThat(ec2().describeVpcEndpointServices(r -> r.filters(filter("service-type", "Gateway"))).serviceNames())
                .containsExactly("com.amazonaws.us-east-1.dynamodb", S3);
        assertAwsError(() -> ec2().describeVpcEndpointServices(r -> r.serviceNames("com.example.nothing")), "InvalidServiceName", 400);
    }

    private Route routeTo(String table, String prefixList) {
        return ec2().describeRouteTables(r -> r.routeTableIds(table)).routeTables().get(0).routes().stream()
                .filter(rt -> prefixList.equals(rt.destinationPrefixListId())).findFirst().orElseThrow();
    }
}
