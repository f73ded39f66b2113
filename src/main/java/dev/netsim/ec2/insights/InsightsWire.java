package dev.netsim.ec2.insights;

import java.util.List;
import java.util.Map;

import dev.netsim.common.Scope;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.simulation.network.ComponentType;
import dev.netsim.simulation.reachability.AclRuleMatch;
import dev.netsim.simulation.reachability.Explanation;
import dev.netsim.simulation.reachability.PacketHeader;
import dev.netsim.simulation.reachability.PathComponent;
import dev.netsim.simulation.reachability.ReachabilityQuery;
import dev.netsim.simulation.reachability.ReachabilityResult;
import dev.netsim.simulation.reachability.RouteMatch;
import dev.netsim.simulation.reachability.SecurityGroupRuleMatch;
import dev.netsim.simulation.reachability.TransitGatewayRouteMatch;
import software.amazon.awssdk.services.ec2.model.AnalysisAclRule;
import software.amazon.awssdk.services.ec2.model.AnalysisComponent;
import software.amazon.awssdk.services.ec2.model.AnalysisPacketHeader;
import software.amazon.awssdk.services.ec2.model.AnalysisRouteTableRoute;
import software.amazon.awssdk.services.ec2.model.AnalysisSecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.FilterPortRange;
import software.amazon.awssdk.services.ec2.model.PathFilter;
import software.amazon.awssdk.services.ec2.model.PortRange;
import software.amazon.awssdk.services.ec2.model.TransitGatewayRouteTableRoute;

/** Network Insights resources and analysis results in the EC2 model's shapes. */
final class InsightsWire {

    private final Scope scope;

    InsightsWire(Scope scope) {
        this.scope = scope;
    }

    /** {@code arn:aws:ec2:us-east-1:123456789012:instance/i-…} for a component id of this scope. */
    String arn(String id) {
        return arn(id, scope.account());
    }

    private static String resourceType(String id) {
        ComponentType type = ComponentType.ofId(id);
        return type != null ? type.arnResourceType() : id.startsWith("nip-") ? NetworkInsightsService.PATH_TYPE : NetworkInsightsService.ANALYSIS_TYPE;
    }

    private String arn(String id, String account) {
        ComponentType type = ComponentType.ofId(id);
        if (type != null && type.namedByArn()) {
            return id;
        }
        return "arn:aws:ec2:" + scope.region() + ":" + account + ":" + resourceType(id) + "/" + id;
    }

    software.amazon.awssdk.services.ec2.model.NetworkInsightsPath path(Tagged<NetworkInsightsPath> tagged) {
        NetworkInsightsPath p = tagged.resource();
        ReachabilityService.PathInput input = NetworkInsightsService.inputOf(p);
        return software.amazon.awssdk.services.ec2.model.NetworkInsightsPath.builder()
                .networkInsightsPathId(p.getId()).networkInsightsPathArn(arn(p.getId())).createdDate(p.getCreatedAt())
                .source(p.getSource()).sourceArn(arn(p.getSource()))
                .destination(p.getDestination()).destinationArn(p.getDestination() == null ? null : arn(p.getDestination()))
                .sourceIp(p.getSourceIp()).destinationIp(p.getDestinationIp()).protocol(p.getProtocol()).destinationPort(p.getDestinationPort())
                .filterAtSource(filter(input.filterAtSource())).filterAtDestination(filter(input.filterAtDestination()))
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }

    private static PathFilter filter(ReachabilityQuery.PathFilter filter) {
        if (filter == null) {
            return null;
        }
        return PathFilter.builder().sourceAddress(filter.sourceAddress()).destinationAddress(filter.destinationAddress())
                .sourcePortRange(ports(filter.sourcePortRange())).destinationPortRange(ports(filter.destinationPortRange())).build();
    }

    private static FilterPortRange ports(dev.netsim.simulation.network.PortRange range) {
        return range == null ? null : FilterPortRange.builder().fromPort(range.from()).toPort(range.to()).build();
    }

    software.amazon.awssdk.services.ec2.model.NetworkInsightsAnalysis analysis(Tagged<NetworkInsightsService.AnalysisView> tagged) {
        NetworkInsightsService.AnalysisView view = tagged.resource();
        NetworkInsightsAnalysis a = view.analysis();
        var builder = software.amazon.awssdk.services.ec2.model.NetworkInsightsAnalysis.builder()
                .networkInsightsAnalysisId(a.getId()).networkInsightsAnalysisArn(arn(a.getId())).networkInsightsPathId(a.getPathId())
                .filterInArns(NetworkInsightsService.lines(a.getFilterInArns()))
                .filterOutArns(NetworkInsightsService.lines(a.getFilterOutArns()))
                .additionalAccounts(NetworkInsightsService.lines(a.getAdditionalAccounts()))
                .startDate(a.getStartedAt()).status(view.status()).statusMessage(a.getStatusMessage())
                .tags(Ec2Wire.tags(tagged.tags()));
        ReachabilityResult result = view.result();
        if (result != null) {
            Map<String, String> owners = result.vpcAccounts();
            builder.networkPathFound(result.pathFound())
                    .forwardPathComponents(result.forwardPath().stream().map(c -> component(c, owners)).toList())
                    .returnPathComponents(result.returnPath().stream().map(c -> component(c, owners)).toList())
                    .explanations(result.explanations().stream().map(e -> explanation(e, owners)).toList());
        }
        return builder.build();
    }

    private AnalysisComponent ref(String id) {
        return id == null ? null : AnalysisComponent.builder().id(id).arn(arn(id)).build();
    }

    /** A component in a VPC, in the ARN of the VPC's owner (the far side of a peering connection may be another account). */
    private AnalysisComponent ref(String id, String vpcId, Map<String, String> owners) {
        String account = vpcId == null ? scope.account() : owners.getOrDefault(vpcId, scope.account());
        return id == null ? null : AnalysisComponent.builder().id(id).arn(arn(id, account)).build();
    }

    private software.amazon.awssdk.services.ec2.model.PathComponent component(PathComponent c, Map<String, String> owners) {
        return software.amazon.awssdk.services.ec2.model.PathComponent.builder()
                .sequenceNumber(c.sequenceNumber()).component(ref(c.componentId(), c.vpcId(), owners))
                .attachedTo(ref(c.attachedToId(), c.vpcId(), owners)).subnet(ref(c.subnetId(), c.vpcId(), owners))
                .vpc(ref(c.vpcId(), c.vpcId(), owners))
                .inboundHeader(header(c.inboundHeader())).outboundHeader(header(c.outboundHeader()))
                .aclRule(aclRule(c.aclRule())).securityGroupRule(securityGroupRule(c.securityGroupRule()))
                .routeTableRoute(route(c.route()))
                .transitGateway(c.transitGatewayRoute() == null ? null : ref(c.transitGatewayRoute().transitGatewayId()))
                .transitGatewayRouteTableRoute(transitGatewayRoute(c.transitGatewayRoute()))
                .explanations(c.additionalDetails().stream().map(code -> software.amazon.awssdk.services.ec2.model.Explanation.builder()
                        .explanationCode(code).build()).toList())
                .build();
    }

    private static AnalysisPacketHeader header(PacketHeader h) {
        if (h == null) {
            return null;
        }
        return AnalysisPacketHeader.builder().sourceAddresses(h.sourceAddresses()).destinationAddresses(h.destinationAddresses())
                .sourcePortRanges(h.sourcePortRanges().stream().map(InsightsWire::range).toList())
                .destinationPortRanges(h.destinationPortRanges().stream().map(InsightsWire::range).toList())
                .protocol(Integer.toString(h.protocol())).build();
    }

    private static PortRange range(dev.netsim.simulation.network.PortRange r) {
        return r == null ? null : PortRange.builder().from(r.from()).to(r.to()).build();
    }

    private static AnalysisAclRule aclRule(AclRuleMatch r) {
        return r == null ? null : AnalysisAclRule.builder().cidr(r.cidr()).egress(r.egress()).portRange(range(r.portRange()))
                .protocol(r.protocol()).ruleAction(r.ruleAction()).ruleNumber(r.ruleNumber()).build();
    }

    private static AnalysisSecurityGroupRule securityGroupRule(SecurityGroupRuleMatch r) {
        return r == null ? null : AnalysisSecurityGroupRule.builder().cidr(r.cidr()).direction(r.direction())
                .securityGroupId(r.securityGroupId()).portRange(range(r.portRange())).prefixListId(r.prefixListId()).protocol(r.protocol())
                .build();
    }

    private static AnalysisRouteTableRoute route(RouteMatch r) {
        if (r == null) {
            return null;
        }
        var route = AnalysisRouteTableRoute.builder().destinationCidr(r.destinationCidr()).destinationPrefixListId(r.destinationPrefixListId())
                .origin(r.origin()).state(r.state());
        if (r.targetType() == null) {
            // the local route, as EC2 shows it: GatewayId "local"
            return route.gatewayId(r.targetId()).build();
        }
        switch (r.targetType()) {
            case NAT_GATEWAY -> route.natGatewayId(r.targetId());
            case VPC_PEERING_CONNECTION -> route.vpcPeeringConnectionId(r.targetId());
            case TRANSIT_GATEWAY -> route.transitGatewayId(r.targetId());
            case NETWORK_INTERFACE -> route.networkInterfaceId(r.targetId());
            case INSTANCE -> route.instanceId(r.targetId());
            case EGRESS_ONLY_INTERNET_GATEWAY -> route.egressOnlyInternetGatewayId(r.targetId());
            default -> route.gatewayId(r.targetId());
        }
        return route.build();
    }

    private static TransitGatewayRouteTableRoute transitGatewayRoute(TransitGatewayRouteMatch r) {
        return r == null ? null : TransitGatewayRouteTableRoute.builder().destinationCidr(r.destinationCidr()).attachmentId(r.attachmentId())
                .routeOrigin(r.routeOrigin()).state(r.state()).build();
    }

    private software.amazon.awssdk.services.ec2.model.Explanation explanation(Explanation e, Map<String, String> owners) {
        var builder = software.amazon.awssdk.services.ec2.model.Explanation.builder()
                .explanationCode(e.code()).direction(e.direction() == null ? null : e.direction().awsName())
                .component(ref(e.componentId(), e.vpcId(), owners)).networkInterface(ref(e.networkInterfaceId(), e.vpcId(), owners))
                .acl(ref(e.aclId(), e.vpcId(), owners)).aclRule(aclRule(e.aclRule())).routeTable(ref(e.routeTableId(), e.vpcId(), owners))
                .routeTableRoute(route(e.route())).subnet(ref(e.subnetId(), e.vpcId(), owners)).vpc(ref(e.vpcId(), e.vpcId(), owners));
        List<AnalysisComponent> groups = e.securityGroupIds().stream().map(g -> ref(g, e.vpcId(), owners)).toList();
        if (!groups.isEmpty()) {
            builder.securityGroups(groups);
        }
        if (!e.addresses().isEmpty()) {
            builder.addresses(e.addresses());
        }
        if (e.componentType() != null) {
            AnalysisComponent component = ref(e.componentId(), e.vpcId(), owners);
            switch (e.componentType()) {
                case SECURITY_GROUP -> builder.securityGroup(component);
                case INTERNET_GATEWAY -> builder.internetGateway(component);
                case NAT_GATEWAY -> builder.natGateway(component);
                case VPC_PEERING_CONNECTION -> builder.vpcPeeringConnection(component);
                case VPC_ENDPOINT -> builder.vpcEndpoint(component);
                case TRANSIT_GATEWAY -> builder.transitGateway(component);
                case TRANSIT_GATEWAY_ATTACHMENT -> builder.transitGatewayAttachment(component);
                case TRANSIT_GATEWAY_ROUTE_TABLE -> builder.transitGatewayRouteTable(component);
                default -> { }
            }
        }
        return builder.build();
    }
}
