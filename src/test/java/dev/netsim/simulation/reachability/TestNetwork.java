package dev.netsim.simulation.reachability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.Direction;
import dev.netsim.simulation.network.InstanceNode;
import dev.netsim.simulation.network.InternetGatewayNode;
import dev.netsim.simulation.network.IpProtocol;
import dev.netsim.simulation.network.NatGatewayNode;
import dev.netsim.simulation.network.NetworkAclEntryNode;
import dev.netsim.simulation.network.NetworkAclNode;
import dev.netsim.simulation.network.NetworkInterfaceNode;
import dev.netsim.simulation.network.NetworkSnapshot;
import dev.netsim.simulation.network.PortRange;
import dev.netsim.simulation.network.PrefixListNode;
import dev.netsim.simulation.network.RouteEntry;
import dev.netsim.simulation.network.RouteTableNode;
import dev.netsim.simulation.network.RuleAction;
import dev.netsim.simulation.network.SecurityGroupNode;
import dev.netsim.simulation.network.SecurityGroupRuleNode;
import dev.netsim.simulation.network.SubnetNode;
import dev.netsim.simulation.network.TransitGatewayAttachmentNode;
import dev.netsim.simulation.network.TransitGatewayNode;
import dev.netsim.simulation.network.VpnGatewayNode;
import dev.netsim.simulation.network.TransitGatewayRouteTableNode;
import dev.netsim.simulation.network.VpcEndpointNode;
import dev.netsim.simulation.network.VpcNode;
import dev.netsim.simulation.network.VpcPeeringNode;

/**
 * Small networks for engine scenarios, built as on AWS: a VPC comes with its main route table
 * ({@code rtb-<vpc>}, local route), default ACL ({@code acl-<vpc>}, allow all both ways) and default
 * group ({@code sg-<vpc>}); a new group allows all outbound and nothing inbound.
 */
final class TestNetwork {

    private final Map<String, VpcNode> vpcs = new LinkedHashMap<>();
    private final Map<String, SubnetNode> subnets = new LinkedHashMap<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Acl> acls = new LinkedHashMap<>();
    private final Map<String, NetworkInterfaceNode> interfaces = new LinkedHashMap<>();
    private final Map<String, InstanceNode> instances = new LinkedHashMap<>();
    private final List<InternetGatewayNode> gateways = new ArrayList<>();
    private final List<NatGatewayNode> nats = new ArrayList<>();
    private final List<VpcPeeringNode> peerings = new ArrayList<>();
    private final List<PrefixListNode> prefixLists = new ArrayList<>();
    private final List<VpcEndpointNode> endpoints = new ArrayList<>();
    private final Map<String, TransitGatewayAttachmentNode> attachments = new LinkedHashMap<>();
    private final Map<String, VpnGatewayNode> vpnGateways = new LinkedHashMap<>();
    private final List<dev.netsim.simulation.network.LoadBalancerNode> loadBalancers = new ArrayList<>();
    private final Map<String, List<TransitGatewayRouteTableNode.Route>> transitRoutes = new LinkedHashMap<>();
    private final Map<String, String> transitRouteTableGateway = new LinkedHashMap<>();
    private int ruleSequence;

    private static final class Table {
        final String id;
        final String vpcId;
        final boolean main;
        final List<String> subnets = new ArrayList<>();
        final List<String> gateways = new ArrayList<>();
        final List<RouteEntry> routes = new ArrayList<>();

        Table(String id, String vpcId, boolean main) {
            this.id = id;
            this.vpcId = vpcId;
            this.main = main;
        }
    }

    private static final class Group {
        final String id;
        final String vpcId;
        final List<SecurityGroupRuleNode> rules = new ArrayList<>();

        Group(String id, String vpcId) {
            this.id = id;
            this.vpcId = vpcId;
        }
    }

    private static final class Acl {
        final String id;
        final String vpcId;
        final boolean isDefault;
        final List<String> subnets = new ArrayList<>();
        final List<NetworkAclEntryNode> entries = new ArrayList<>();

        Acl(String id, String vpcId, boolean isDefault) {
            this.id = id;
            this.vpcId = vpcId;
            this.isDefault = isDefault;
        }
    }

    TestNetwork vpc(String id, String... cidrs) {
        vpcs.put(id, new VpcNode(id, "111122223333", "us-east-1", List.of(cidrs).stream().map(AddressRange::parse).toList()));
        Table main = new Table("rtb-" + id, id, true);
        for (String cidr : cidrs) {
            main.routes.add(RouteEntry.toCidr(cidr, "local", "CreateRouteTable", true));
        }
        tables.put(main.id, main);
        Acl acl = new Acl("acl-" + id, id, true);
        acl.entries.add(entry(100, Direction.INGRESS, "-1", null, null, "0.0.0.0/0", RuleAction.ALLOW));
        acl.entries.add(entry(100, Direction.EGRESS, "-1", null, null, "0.0.0.0/0", RuleAction.ALLOW));
        acls.put(acl.id, acl);
        Group defaultGroup = new Group("sg-" + id, id);
        groups.put(defaultGroup.id, defaultGroup);
        rule(defaultGroup.id, Direction.INGRESS, "-1", null, null, null, defaultGroup.id, null);
        rule(defaultGroup.id, Direction.EGRESS, "-1", null, null, "0.0.0.0/0", null, null);
        return this;
    }

    TestNetwork subnet(String id, String vpcId, String cidr, String az) {
        subnets.put(id, new SubnetNode(id, vpcId, AddressRange.parse(cidr), az));
        return this;
    }

    /** A custom route table, explicitly associated with the given subnets; it starts with the VPC's local routes. */
    TestNetwork routeTable(String id, String vpcId, String... subnetIds) {
        Table table = new Table(id, vpcId, false);
        vpcs.get(vpcId).cidrs().forEach(c -> table.routes.add(RouteEntry.toCidr(c.toString(), "local", "CreateRouteTable", true)));
        table.subnets.addAll(List.of(subnetIds));
        tables.put(id, table);
        return this;
    }

    /** A gateway route table: associated with the internet or virtual private gateway (edge association), local routes included. */
    TestNetwork gatewayRouteTable(String id, String vpcId, String gatewayId) {
        routeTable(id, vpcId);
        tables.get(id).gateways.add(gatewayId);
        return this;
    }

    TestNetwork route(String tableId, String destination, String targetId) {
        return route(tableId, destination, targetId, true);
    }

    TestNetwork route(String tableId, String destination, String targetId, boolean active) {
        RouteEntry route = destination.startsWith("pl-") ? RouteEntry.toPrefixList(destination, targetId, "CreateRoute", active)
                : RouteEntry.toCidr(destination, targetId, "CreateRoute", active);
        tables.get(tableId).routes.add(route);
        return this;
    }

    TestNetwork internetGateway(String id, String vpcId) {
        gateways.add(new InternetGatewayNode(id, vpcId));
        return this;
    }

    /** A new security group: all outbound allowed, nothing inbound. */
    TestNetwork securityGroup(String id, String vpcId) {
        groups.put(id, new Group(id, vpcId));
        return rule(id, Direction.EGRESS, "-1", null, null, "0.0.0.0/0", null, null);
    }

    TestNetwork ingress(String groupId, String protocol, Integer from, Integer to, String peer) {
        return rule(groupId, Direction.INGRESS, protocol, from, to, peer.startsWith("sg-") || peer.startsWith("pl-") ? null : peer,
                peer.startsWith("sg-") ? peer : null, peer.startsWith("pl-") ? peer : null);
    }

    TestNetwork egress(String groupId, String protocol, Integer from, Integer to, String peer) {
        return rule(groupId, Direction.EGRESS, protocol, from, to, peer.startsWith("sg-") || peer.startsWith("pl-") ? null : peer,
                peer.startsWith("sg-") ? peer : null, peer.startsWith("pl-") ? peer : null);
    }

    TestNetwork revokeAllEgress(String groupId) {
        groups.get(groupId).rules.removeIf(r -> r.direction() == Direction.EGRESS);
        return this;
    }

    private TestNetwork rule(String groupId, Direction direction, String protocol, Integer from, Integer to, String cidr, String group,
                             String prefixList) {
        groups.get(groupId).rules.add(new SecurityGroupRuleNode(String.format("sgr-%04d", ++ruleSequence), direction,
                IpProtocol.parse(protocol), PortRange.ofNullable(from, to), cidr == null ? null : AddressRange.parse(cidr), group, prefixList));
        return this;
    }

    /** A custom network ACL (denies everything until entries are added), associated with the given subnets. */
    TestNetwork networkAcl(String id, String vpcId, String... subnetIds) {
        Acl acl = new Acl(id, vpcId, false);
        acl.subnets.addAll(List.of(subnetIds));
        acls.put(id, acl);
        return this;
    }

    TestNetwork aclEntry(String aclId, int number, Direction direction, String protocol, Integer from, Integer to, String cidr, RuleAction action) {
        acls.get(aclId).entries.add(entry(number, direction, protocol, from, to, cidr, action));
        return this;
    }

    private static NetworkAclEntryNode entry(int number, Direction direction, String protocol, Integer from, Integer to, String cidr,
                                             RuleAction action) {
        return new NetworkAclEntryNode(number, direction, IpProtocol.parse(protocol), PortRange.ofNullable(from, to),
                AddressRange.parse(cidr), action);
    }

    /** A running instance with one interface {@code eni-<instance>}; {@code publicIp} may be null. */
    TestNetwork instance(String id, String subnetId, String privateIp, String publicIp, String... groupIds) {
        return instance(id, "running", subnetId, privateIp, publicIp, true, groupIds);
    }

    TestNetwork instance(String id, String state, String subnetId, String privateIp, String publicIp, boolean sourceDestCheck,
                         String... groupIds) {
        SubnetNode subnet = subnets.get(subnetId);
        String eniId = "eni-" + id.substring(2);
        interfaces.put(eniId, new NetworkInterfaceNode(eniId, subnet.vpcId(), subnetId, subnet.availabilityZone(),
                List.of(AddressRange.address(privateIp)), publicIp == null ? null : AddressRange.address(publicIp),
                groupIds.length == 0 ? List.of("sg-" + subnet.vpcId()) : List.of(groupIds), sourceDestCheck, id, 0, "interface"));
        instances.put(id, new InstanceNode(id, state));
        return this;
    }

    /** A load balancer node's interface (owned by the load balancer, not an instance); {@code publicIp} may be null. */
    TestNetwork loadBalancerInterface(String eniId, String subnetId, String privateIp, String publicIp, String... groupIds) {
        SubnetNode subnet = subnets.get(subnetId);
        interfaces.put(eniId, new NetworkInterfaceNode(eniId, subnet.vpcId(), subnetId, subnet.availabilityZone(),
                List.of(AddressRange.address(privateIp)), publicIp == null ? null : AddressRange.address(publicIp), List.of(groupIds), true,
                null, 1, "interface"));
        return this;
    }

    /** A load balancer whose zones name interfaces added with {@link #loadBalancerInterface}. */
    TestNetwork loadBalancer(dev.netsim.simulation.network.LoadBalancerNode lb) {
        loadBalancers.add(lb);
        return this;
    }

    /** A public NAT gateway with its interface {@code eni-<nat>}. */
    TestNetwork natGateway(String id, String subnetId, String privateIp, String publicIp) {
        return natGateway(id, "available", subnetId, privateIp, publicIp);
    }

    TestNetwork natGateway(String id, String state, String subnetId, String privateIp, String publicIp) {
        SubnetNode subnet = subnets.get(subnetId);
        String eniId = "eni-" + id.substring(4);
        interfaces.put(eniId, new NetworkInterfaceNode(eniId, subnet.vpcId(), subnetId, subnet.availabilityZone(),
                List.of(AddressRange.address(privateIp)), publicIp == null ? null : AddressRange.address(publicIp), List.of(), false, id,
                null, "nat_gateway"));
        nats.add(new NatGatewayNode(id, subnet.vpcId(), subnetId, state, publicIp != null, AddressRange.address(privateIp),
                publicIp == null ? null : AddressRange.address(publicIp), eniId));
        return this;
    }

    TestNetwork peering(String id, String requesterVpc, String accepterVpc, String status) {
        peerings.add(new VpcPeeringNode(id, requesterVpc, accepterVpc, status));
        return this;
    }

    TestNetwork prefixList(String id, String name, String... cidrs) {
        prefixLists.add(new PrefixListNode(id, name, List.of(cidrs).stream().map(AddressRange::parse).toList()));
        return this;
    }

    TestNetwork interfaceEndpoint(String id, String vpcId, String serviceName) {
        endpoints.add(new VpcEndpointNode(id, vpcId, "Interface", serviceName, null));
        return this;
    }

    TestNetwork gatewayEndpoint(String id, String vpcId, String serviceName, String prefixListId) {
        endpoints.add(new VpcEndpointNode(id, vpcId, "Gateway", serviceName, prefixListId));
        return this;
    }

    /** A VPC attachment with an interface {@code eni-<attachment>-<n>} in each given subnet (address .250 of the subnet). */
    TestNetwork transitAttachment(String id, String transitGatewayId, String vpcId, String routeTableId, String... subnetIds) {
        List<TransitGatewayAttachmentNode.Subnet> in = new ArrayList<>();
        for (int i = 0; i < subnetIds.length; i++) {
            SubnetNode subnet = subnets.get(subnetIds[i]);
            String eniId = "eni-" + id + "-" + i;
            long address = subnet.cidr().first() + 250;
            interfaces.put(eniId, new NetworkInterfaceNode(eniId, vpcId, subnet.id(), subnet.availabilityZone(), List.of(address), null, List.of(),
                    false, id, null, "transit_gateway"));
            in.add(new TransitGatewayAttachmentNode.Subnet(subnet.id(), subnet.availabilityZone(), eniId));
        }
        attachments.put(id, new TransitGatewayAttachmentNode(id, transitGatewayId, vpcId, "vpc", routeTableId, in));
        return this;
    }

    TestNetwork vpnGateway(String id, String attachedVpcId) {
        vpnGateways.put(id, new VpnGatewayNode(id, attachedVpcId));
        return this;
    }

    TestNetwork transitRouteTable(String id, String transitGatewayId) {
        transitRoutes.put(id, new ArrayList<>());
        transitRouteTableGateway.put(id, transitGatewayId);
        return this;
    }

    /** A route of a transit gateway route table; a null attachment is a blackhole. */
    TestNetwork transitRoute(String tableId, String cidr, String attachmentId, String type) {
        transitRoutes.get(tableId).add(new TransitGatewayRouteTableNode.Route(AddressRange.parse(cidr), attachmentId, type, attachmentId != null));
        return this;
    }

    NetworkSnapshot build() {
        return build(false);
    }

    /** The same network, its resources handed to the snapshot in reverse order. */
    NetworkSnapshot buildReversed() {
        return build(true);
    }

    private NetworkSnapshot build(boolean reversed) {
        NetworkSnapshot.Builder b = NetworkSnapshot.builder(1);
        order(vpcs.values(), reversed).forEach(b::vpc);
        order(subnets.values(), reversed).forEach(b::subnet);
        order(tables.values(), reversed).forEach(t -> b.routeTable(new RouteTableNode(t.id, t.vpcId, t.main, t.subnets, t.gateways,
                order(t.routes, reversed))));
        order(groups.values(), reversed).forEach(g -> b.securityGroup(new SecurityGroupNode(g.id, g.vpcId, g.id, order(g.rules, reversed))));
        order(acls.values(), reversed).forEach(a -> b.networkAcl(new NetworkAclNode(a.id, a.vpcId, a.isDefault, a.subnets,
                order(a.entries, reversed))));
        order(interfaces.values(), reversed).forEach(b::networkInterface);
        order(instances.values(), reversed).forEach(b::instance);
        order(gateways, reversed).forEach(b::internetGateway);
        order(nats, reversed).forEach(b::natGateway);
        order(peerings, reversed).forEach(b::peering);
        order(prefixLists, reversed).forEach(b::prefixList);
        order(endpoints, reversed).forEach(b::endpoint);
        order(attachments.values(), reversed).forEach(b::transitGatewayAttachment);
        order(transitRouteTableGateway.values().stream().distinct().toList(), reversed).forEach(t -> b.transitGateway(new TransitGatewayNode(t)));
        order(vpnGateways.values(), reversed).forEach(b::vpnGateway);
        order(loadBalancers, reversed).forEach(b::loadBalancer);
        order(transitRoutes.keySet(), reversed).forEach(t -> b.transitGatewayRouteTable(new TransitGatewayRouteTableNode(t,
                transitRouteTableGateway.get(t), order(transitRoutes.get(t), reversed))));
        return b.build();
    }

    private static <T> List<T> order(java.util.Collection<T> items, boolean reversed) {
        List<T> list = new ArrayList<>(items);
        if (reversed) {
            java.util.Collections.reverse(list);
        }
        return list;
    }
}
