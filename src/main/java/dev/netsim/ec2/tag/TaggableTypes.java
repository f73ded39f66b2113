package dev.netsim.ec2.tag;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.address.ElasticIpService;
import dev.netsim.ec2.endpoint.VpcEndpointService;
import dev.netsim.ec2.eni.NetworkInterfaceService;
import dev.netsim.ec2.dhcp.DhcpOptionsService;
import dev.netsim.ec2.flowlog.FlowLogService;
import dev.netsim.ec2.gateway.EgressOnlyInternetGatewayService;
import dev.netsim.ec2.gateway.InternetGatewayService;
import dev.netsim.ec2.instance.InstanceService;
import dev.netsim.ec2.nat.NatGatewayService;
import dev.netsim.ec2.peering.VpcPeeringService;
import dev.netsim.ec2.placement.PlacementGroupService;
import dev.netsim.ec2.prefixlist.PrefixListService;
import dev.netsim.ec2.routing.RouteTableService;
import dev.netsim.ec2.security.NetworkAclService;
import dev.netsim.ec2.security.SecurityGroupService;
import dev.netsim.ec2.subnet.SubnetService;
import dev.netsim.ec2.transit.TransitGatewayRoutingService;
import dev.netsim.ec2.transit.TransitGatewayService;
import dev.netsim.ec2.vpc.VpcService;
import dev.netsim.ec2.vpn.VpnConnectionService;
import dev.netsim.ec2.vpn.VpnGatewayService;

/** The resource types CreateTags and DeleteTags accept so far, each with its existence check. */
@Configuration
class TaggableTypes {

    @Bean
    TaggableType vpcTaggable(VpcService vpcs) {
        return new TaggableType("vpc", "vpc", "InvalidVpcID", "vpc", vpcs::exists);
    }

    @Bean
    TaggableType subnetTaggable(SubnetService subnets) {
        return new TaggableType("subnet", "subnet", "InvalidSubnetID", "subnet", subnets::exists);
    }

    @Bean
    TaggableType routeTableTaggable(RouteTableService routeTables) {
        return new TaggableType("rtb", "route-table", "InvalidRouteTableID", "route table", routeTables::exists);
    }

    @Bean
    TaggableType securityGroupTaggable(SecurityGroupService groups) {
        return new TaggableType("sg", "security-group", "InvalidGroup", "security group", groups::exists);
    }

    @Bean
    TaggableType securityGroupRuleTaggable(SecurityGroupService groups) {
        return new TaggableType("sgr", "security-group-rule", "InvalidSecurityGroupRuleId", "security group rule", groups::ruleExists);
    }

    @Bean
    TaggableType networkAclTaggable(NetworkAclService acls) {
        return new TaggableType("acl", "network-acl", "InvalidNetworkAclID", "network ACL", acls::exists);
    }

    @Bean
    TaggableType elasticIpTaggable(ElasticIpService addresses) {
        return new TaggableType("eipalloc", "elastic-ip", "InvalidAllocationID", "allocation", addresses::exists);
    }

    @Bean
    TaggableType natGatewayTaggable(NatGatewayService gateways) {
        return new TaggableType("nat", "natgateway", "InvalidNatGatewayID", "nat gateway", gateways::exists);
    }

    @Bean
    TaggableType instanceTaggable(InstanceService instances) {
        return new TaggableType("i", "instance", "InvalidInstanceID", "instance", instances::exists);
    }

    @Bean
    TaggableType networkInterfaceTaggable(NetworkInterfaceService interfaces) {
        return new TaggableType("eni", "network-interface", "InvalidNetworkInterfaceID", "network interface", interfaces::exists);
    }

    @Bean
    TaggableType egressOnlyInternetGatewayTaggable(EgressOnlyInternetGatewayService gateways) {
        return new TaggableType("eigw", "egress-only-internet-gateway", "InvalidEgressOnlyInternetGatewayId", "egress only internet gateway",
                gateways::exists);
    }

    @Bean
    TaggableType dhcpOptionsTaggable(DhcpOptionsService options) {
        return new TaggableType("dopt", "dhcp-options", "InvalidDhcpOptionID", "dhcpOption", options::exists);
    }

    @Bean
    TaggableType vpcPeeringTaggable(VpcPeeringService peerings) {
        return new TaggableType("pcx", "vpc-peering-connection", "InvalidVpcPeeringConnectionID", "vpcPeeringConnection", peerings::exists);
    }

    @Bean
    TaggableType flowLogTaggable(FlowLogService flowLogs) {
        return new TaggableType("fl", "vpc-flow-log", "InvalidFlowLogId", "flow log", flowLogs::exists);
    }

    @Bean
    TaggableType internetGatewayTaggable(InternetGatewayService gateways) {
        return new TaggableType("igw", "internet-gateway", "InvalidInternetGatewayID", "internet gateway", gateways::exists);
    }

    @Bean
    TaggableType prefixListTaggable(PrefixListService prefixLists) {
        return new TaggableType("pl", "prefix-list", "InvalidPrefixListID", "prefix list", prefixLists::customerListExists);
    }

    @Bean
    TaggableType vpcEndpointTaggable(VpcEndpointService endpoints) {
        return new TaggableType("vpce", "vpc-endpoint", "InvalidVpcEndpointId", "vpc endpoint", endpoints::exists);
    }

    @Bean
    TaggableType transitGatewayTaggable(TransitGatewayService gateways) {
        return new TaggableType("tgw", "transit-gateway", "InvalidTransitGatewayID", "transit gateway", gateways::exists);
    }

    @Bean
    TaggableType transitGatewayAttachmentTaggable(TransitGatewayService gateways) {
        return new TaggableType("tgw-attach", "transit-gateway-attachment", "InvalidTransitGatewayAttachmentID", "transit gateway attachment",
                gateways::attachmentExists);
    }

    @Bean
    TaggableType transitGatewayRouteTableTaggable(TransitGatewayRoutingService routing) {
        return new TaggableType("tgw-rtb", "transit-gateway-route-table", "InvalidRouteTableID", "transit gateway route table", routing::exists);
    }

    @Bean
    TaggableType customerGatewayTaggable(VpnConnectionService connections) {
        return new TaggableType("cgw", "customer-gateway", "InvalidCustomerGatewayID", "customer gateway", connections::customerGatewayExists);
    }

    @Bean
    TaggableType vpnGatewayTaggable(VpnGatewayService gateways) {
        return new TaggableType("vgw", "vpn-gateway", "InvalidVpnGatewayID", "vpn gateway", gateways::exists);
    }

    @Bean
    TaggableType vpnConnectionTaggable(VpnConnectionService connections) {
        return new TaggableType("vpn", "vpn-connection", "InvalidVpnConnectionID", "vpn connection", connections::exists);
    }

    @Bean
    TaggableType placementGroupTaggable(PlacementGroupService groups) {
        return new TaggableType("pg", "placement-group", "InvalidPlacementGroupId", "placement group", groups::exists);
    }
}
