package dev.netsim.simulation.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The network of one account in one region as of one committed version, immutable, with the
 * lookups every engine needs (a subnet's effective route table and ACL, the interface holding an
 * address, the members of a security group) worked out once when it is built. Resources are kept
 * in id order, so nothing an engine answers depends on the order they were created in.
 */
public final class NetworkSnapshot {

    private final long version;
    private final SortedMap<String, VpcNode> vpcs;
    private final SortedMap<String, SubnetNode> subnets;
    private final SortedMap<String, RouteTableNode> routeTables;
    private final SortedMap<String, SecurityGroupNode> securityGroups;
    private final SortedMap<String, NetworkAclNode> networkAcls;
    private final SortedMap<String, NetworkInterfaceNode> interfaces;
    private final SortedMap<String, InstanceNode> instances;
    private final SortedMap<String, InternetGatewayNode> internetGateways;
    private final SortedMap<String, NatGatewayNode> natGateways;
    private final SortedMap<String, VpcPeeringNode> peerings;
    private final SortedMap<String, PrefixListNode> prefixLists;
    private final SortedMap<String, VpcEndpointNode> endpoints;
    private final SortedMap<String, TransitGatewayNode> transitGateways;
    private final SortedMap<String, VpnGatewayNode> vpnGateways;
    private final SortedMap<String, TransitGatewayAttachmentNode> transitGatewayAttachments;
    private final SortedMap<String, TransitGatewayRouteTableNode> transitGatewayRouteTables;
    private final SortedMap<String, LoadBalancerNode> loadBalancers;

    private final Map<String, RouteTableNode> routeTableBySubnet = new HashMap<>();
    private final Map<String, RouteTableNode> routeTableByGateway = new HashMap<>();
    private final Map<String, NetworkAclNode> aclBySubnet = new HashMap<>();
    private final Map<Long, List<NetworkInterfaceNode>> interfacesByPrivateIp = new HashMap<>();
    private final Map<Long, NetworkInterfaceNode> interfaceByPublicIp = new HashMap<>();
    private final Map<String, List<Long>> groupMemberAddresses = new HashMap<>();
    private final Map<String, NatGatewayNode> natGatewayByInterface = new HashMap<>();
    private final Map<String, List<NetworkInterfaceNode>> interfacesByInstance = new HashMap<>();
    private final Map<String, LoadBalancerNode> loadBalancerByInterface = new HashMap<>();

    private NetworkSnapshot(Builder b) {
        this.version = b.version;
        this.vpcs = byId(b.vpcs, VpcNode::id);
        this.subnets = byId(b.subnets, SubnetNode::id);
        this.routeTables = byId(b.routeTables, RouteTableNode::id);
        this.securityGroups = byId(b.securityGroups, SecurityGroupNode::id);
        this.networkAcls = byId(b.networkAcls, NetworkAclNode::id);
        this.interfaces = byId(b.interfaces, NetworkInterfaceNode::id);
        this.instances = byId(b.instances, InstanceNode::id);
        this.internetGateways = byId(b.internetGateways, InternetGatewayNode::id);
        this.natGateways = byId(b.natGateways, NatGatewayNode::id);
        this.peerings = byId(b.peerings, VpcPeeringNode::id);
        this.prefixLists = byId(b.prefixLists, PrefixListNode::id);
        this.endpoints = byId(b.endpoints, VpcEndpointNode::id);
        this.transitGateways = byId(b.transitGateways, TransitGatewayNode::id);
        this.vpnGateways = byId(b.vpnGateways, VpnGatewayNode::id);
        this.transitGatewayAttachments = byId(b.transitGatewayAttachments, TransitGatewayAttachmentNode::id);
        this.transitGatewayRouteTables = byId(b.transitGatewayRouteTables, TransitGatewayRouteTableNode::id);
        this.loadBalancers = byId(b.loadBalancers, LoadBalancerNode::arn);
        index();
    }

    private static <T> SortedMap<String, T> byId(List<T> items, Function<T, String> id) {
        SortedMap<String, T> map = new TreeMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return java.util.Collections.unmodifiableSortedMap(map);
    }

    /** AWS's rule: a subnet uses the table explicitly associated with it, else its VPC's main table. */
    private void index() {
        Map<String, RouteTableNode> mainByVpc = new HashMap<>();
        for (RouteTableNode table : routeTables.values()) {
            if (table.main()) {
                mainByVpc.put(table.vpcId(), table);
            }
            table.subnetIds().forEach(s -> routeTableBySubnet.put(s, table));
            table.gatewayIds().forEach(g -> routeTableByGateway.put(g, table));
        }
        for (SubnetNode subnet : subnets.values()) {
            routeTableBySubnet.computeIfAbsent(subnet.id(), s -> mainByVpc.get(subnet.vpcId()));
        }
        Map<String, NetworkAclNode> defaultAclByVpc = new HashMap<>();
        for (NetworkAclNode acl : networkAcls.values()) {
            if (acl.isDefault()) {
                defaultAclByVpc.put(acl.vpcId(), acl);
            }
            acl.subnetIds().forEach(s -> aclBySubnet.put(s, acl));
        }
        for (SubnetNode subnet : subnets.values()) {
            aclBySubnet.computeIfAbsent(subnet.id(), s -> defaultAclByVpc.get(subnet.vpcId()));
        }
        for (NetworkInterfaceNode eni : interfaces.values()) {
            eni.privateIps().forEach(ip -> interfacesByPrivateIp.computeIfAbsent(ip, k -> new ArrayList<>()).add(eni));
            if (eni.publicIp() != null) {
                interfaceByPublicIp.put(eni.publicIp(), eni);
            }
            for (String group : eni.groupIds()) {
                groupMemberAddresses.computeIfAbsent(group, k -> new ArrayList<>()).addAll(eni.privateIps());
            }
            if (eni.attachedTo() != null && instances.containsKey(eni.attachedTo())) {
                interfacesByInstance.computeIfAbsent(eni.attachedTo(), k -> new ArrayList<>()).add(eni);
            }
        }
        interfacesByInstance.values().forEach(list -> list.sort(java.util.Comparator.comparing(
                (NetworkInterfaceNode e) -> e.deviceIndex() == null ? Integer.MAX_VALUE : e.deviceIndex()).thenComparing(NetworkInterfaceNode::id)));
        groupMemberAddresses.replaceAll((k, v) -> List.copyOf(v));
        natGateways.values().forEach(n -> natGatewayByInterface.put(n.networkInterfaceId(), n));
        loadBalancers.values().forEach(lb -> lb.zones().forEach(z -> loadBalancerByInterface.put(z.networkInterfaceId(), lb)));
    }

    public long version() { return version; }
    public Collection<VpcNode> vpcs() { return vpcs.values(); }
    public Collection<SubnetNode> subnets() { return subnets.values(); }
    public Collection<RouteTableNode> routeTables() { return routeTables.values(); }
    public Collection<SecurityGroupNode> securityGroups() { return securityGroups.values(); }
    public Collection<NetworkAclNode> networkAcls() { return networkAcls.values(); }
    public Collection<NetworkInterfaceNode> interfaces() { return interfaces.values(); }
    public Collection<InstanceNode> instances() { return instances.values(); }
    public Collection<InternetGatewayNode> internetGateways() { return internetGateways.values(); }
    public Collection<NatGatewayNode> natGateways() { return natGateways.values(); }
    public Collection<VpcPeeringNode> peerings() { return peerings.values(); }
    public Collection<PrefixListNode> prefixLists() { return prefixLists.values(); }
    public Collection<VpcEndpointNode> endpoints() { return endpoints.values(); }
    public Collection<TransitGatewayAttachmentNode> transitGatewayAttachments() { return transitGatewayAttachments.values(); }
    public Collection<TransitGatewayRouteTableNode> transitGatewayRouteTables() { return transitGatewayRouteTables.values(); }
    public Collection<LoadBalancerNode> loadBalancers() { return loadBalancers.values(); }

    public Optional<VpcNode> vpc(String id) { return Optional.ofNullable(vpcs.get(id)); }
    public Optional<SubnetNode> subnet(String id) { return Optional.ofNullable(subnets.get(id)); }
    public Optional<RouteTableNode> routeTable(String id) { return Optional.ofNullable(routeTables.get(id)); }
    public Optional<SecurityGroupNode> securityGroup(String id) { return Optional.ofNullable(securityGroups.get(id)); }
    public Optional<NetworkAclNode> networkAcl(String id) { return Optional.ofNullable(networkAcls.get(id)); }
    public Optional<NetworkInterfaceNode> networkInterface(String id) { return Optional.ofNullable(interfaces.get(id)); }
    public Optional<InstanceNode> instance(String id) { return Optional.ofNullable(instances.get(id)); }
    public Optional<InternetGatewayNode> internetGateway(String id) { return Optional.ofNullable(internetGateways.get(id)); }
    public Optional<NatGatewayNode> natGateway(String id) { return Optional.ofNullable(natGateways.get(id)); }
    public Optional<VpcPeeringNode> peering(String id) { return Optional.ofNullable(peerings.get(id)); }
    public Optional<PrefixListNode> prefixList(String id) { return Optional.ofNullable(prefixLists.get(id)); }
    public Optional<VpcEndpointNode> endpoint(String id) { return Optional.ofNullable(endpoints.get(id)); }
    public Optional<TransitGatewayNode> transitGateway(String id) { return Optional.ofNullable(transitGateways.get(id)); }
    public Optional<VpnGatewayNode> vpnGateway(String id) { return Optional.ofNullable(vpnGateways.get(id)); }
    public Optional<TransitGatewayAttachmentNode> transitGatewayAttachment(String id) {
        return Optional.ofNullable(transitGatewayAttachments.get(id));
    }
    public Optional<TransitGatewayRouteTableNode> transitGatewayRouteTable(String id) {
        return Optional.ofNullable(transitGatewayRouteTables.get(id));
    }

    /** The attachment of the VPC to the transit gateway, if the VPC is attached to it. */
    public Optional<TransitGatewayAttachmentNode> transitGatewayAttachment(String transitGatewayId, String vpcId) {
        return transitGatewayAttachments.values().stream().filter(a -> a.transitGatewayId().equals(transitGatewayId) && vpcId.equals(a.vpcId()))
                .findFirst();
    }

    /** The route table the subnet's traffic uses: its explicit association, else the VPC's main table. */
    public Optional<RouteTableNode> effectiveRouteTable(String subnetId) {
        return Optional.ofNullable(routeTableBySubnet.get(subnetId));
    }

    /** The gateway route table (edge association) that routes what an internet or virtual private gateway lets in, if it has one. */
    public Optional<RouteTableNode> gatewayRouteTable(String gatewayId) {
        return Optional.ofNullable(routeTableByGateway.get(gatewayId));
    }

    /** The network ACL of the subnet: its association, else the VPC's default ACL. */
    public Optional<NetworkAclNode> effectiveNetworkAcl(String subnetId) {
        return Optional.ofNullable(aclBySubnet.get(subnetId));
    }

    /** The interface of {@code vpcId} that holds the private address, if any. */
    public Optional<NetworkInterfaceNode> interfaceWithPrivateIp(String vpcId, long address) {
        return interfacesByPrivateIp.getOrDefault(address, List.of()).stream().filter(e -> e.vpcId().equals(vpcId)).findFirst();
    }

    /** The interface whose public address (auto-assigned or Elastic IP) this is, if any. */
    public Optional<NetworkInterfaceNode> interfaceWithPublicIp(long address) {
        return Optional.ofNullable(interfaceByPublicIp.get(address));
    }

    /** The interfaces attached to the instance, primary (device index 0) first; none once it is terminated. */
    public List<NetworkInterfaceNode> interfacesOf(String instanceId) {
        return interfacesByInstance.getOrDefault(instanceId, List.of());
    }

    public Optional<LoadBalancerNode> loadBalancer(String arn) { return Optional.ofNullable(loadBalancers.get(arn)); }

    /** The load balancer whose node this interface is, if it is one's. */
    public Optional<LoadBalancerNode> loadBalancerWithInterface(String interfaceId) {
        return Optional.ofNullable(loadBalancerByInterface.get(interfaceId));
    }

    /** The NAT gateway whose interface this is, if it is one's. */
    public Optional<NatGatewayNode> natGatewayWithInterface(String interfaceId) {
        return Optional.ofNullable(natGatewayByInterface.get(interfaceId));
    }

    /** The private addresses of every interface that carries the group: what a rule referencing it matches. */
    public List<Long> groupMemberAddresses(String groupId) {
        return groupMemberAddresses.getOrDefault(groupId, List.of());
    }

    public static Builder builder(long version) {
        return new Builder(version);
    }

    /** Collects the slices the resource packages contribute; {@link #build()} freezes them. */
    public static final class Builder {
        private final long version;
        private final List<VpcNode> vpcs = new ArrayList<>();
        private final List<SubnetNode> subnets = new ArrayList<>();
        private final List<RouteTableNode> routeTables = new ArrayList<>();
        private final List<SecurityGroupNode> securityGroups = new ArrayList<>();
        private final List<NetworkAclNode> networkAcls = new ArrayList<>();
        private final List<NetworkInterfaceNode> interfaces = new ArrayList<>();
        private final List<InstanceNode> instances = new ArrayList<>();
        private final List<InternetGatewayNode> internetGateways = new ArrayList<>();
        private final List<NatGatewayNode> natGateways = new ArrayList<>();
        private final List<VpcPeeringNode> peerings = new ArrayList<>();
        private final List<PrefixListNode> prefixLists = new ArrayList<>();
        private final List<VpcEndpointNode> endpoints = new ArrayList<>();
        private final List<TransitGatewayNode> transitGateways = new ArrayList<>();
        private final List<VpnGatewayNode> vpnGateways = new ArrayList<>();
        private final List<TransitGatewayAttachmentNode> transitGatewayAttachments = new ArrayList<>();
        private final List<TransitGatewayRouteTableNode> transitGatewayRouteTables = new ArrayList<>();
        private final List<LoadBalancerNode> loadBalancers = new ArrayList<>();

        private Builder(long version) {
            this.version = version;
        }

        public Builder vpc(VpcNode node) { vpcs.add(node); return this; }
        public Builder subnet(SubnetNode node) { subnets.add(node); return this; }
        public Builder routeTable(RouteTableNode node) { routeTables.add(node); return this; }
        public Builder securityGroup(SecurityGroupNode node) { securityGroups.add(node); return this; }
        public Builder networkAcl(NetworkAclNode node) { networkAcls.add(node); return this; }
        public Builder networkInterface(NetworkInterfaceNode node) { interfaces.add(node); return this; }
        public Builder instance(InstanceNode node) { instances.add(node); return this; }
        public Builder internetGateway(InternetGatewayNode node) { internetGateways.add(node); return this; }
        public Builder natGateway(NatGatewayNode node) { natGateways.add(node); return this; }
        public Builder peering(VpcPeeringNode node) { peerings.add(node); return this; }
        public Builder prefixList(PrefixListNode node) { prefixLists.add(node); return this; }
        public Builder endpoint(VpcEndpointNode node) { endpoints.add(node); return this; }
        public Builder transitGateway(TransitGatewayNode node) { transitGateways.add(node); return this; }
        public Builder vpnGateway(VpnGatewayNode node) { vpnGateways.add(node); return this; }
        public Builder transitGatewayAttachment(TransitGatewayAttachmentNode node) { transitGatewayAttachments.add(node); return this; }
        public Builder transitGatewayRouteTable(TransitGatewayRouteTableNode node) { transitGatewayRouteTables.add(node); return this; }
        public Builder loadBalancer(LoadBalancerNode node) { loadBalancers.add(node); return this; }

        public NetworkSnapshot build() {
            return new NetworkSnapshot(this);
        }
    }
}
