package dev.netsim.support;

import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/**
 * A two-tier VPC built through the EC2 API as a user would: a public subnet routed to an internet
 * gateway with a web server (public address, HTTPS open to all), and a private subnet with a
 * database server that admits PostgreSQL from the web server's group only.
 */
public record TwoTierNetwork(String vpcId, String publicSubnetId, String privateSubnetId, String internetGatewayId,
                             String publicRouteTableId, String webGroupId, String dbGroupId, String webInstanceId, String dbInstanceId) {

    public static TwoTierNetwork build(Ec2Client ec2) {
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String publicSubnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        String privateSubnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.2.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        ec2.modifySubnetAttribute(r -> r.subnetId(publicSubnet).mapPublicIpOnLaunch(AttributeBooleanValue.builder().value(true).build()));
        String igw = ec2.createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
        String publicTable = ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
        ec2.createRoute(r -> r.routeTableId(publicTable).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
        ec2.associateRouteTable(r -> r.routeTableId(publicTable).subnetId(publicSubnet));
        String web = ec2.createSecurityGroup(r -> r.vpcId(vpc).groupName("web").description("web servers")).groupId();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(443).toPort(443)
                .ipRanges(i -> i.cidrIp("0.0.0.0/0")).build()));
        String db = ec2.createSecurityGroup(r -> r.vpcId(vpc).groupName("db").description("databases")).groupId();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(db).ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(5432).toPort(5432)
                .userIdGroupPairs(UserIdGroupPair.builder().groupId(web).build()).build()));
        String webInstance = ec2.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(publicSubnet)
                .securityGroupIds(web)).instances().get(0).instanceId();
        String dbInstance = ec2.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(1).maxCount(1).subnetId(privateSubnet)
                .securityGroupIds(db)).instances().get(0).instanceId();
        return new TwoTierNetwork(vpc, publicSubnet, privateSubnet, igw, publicTable, web, db, webInstance, dbInstance);
    }
}
