package dev.netsim.simulation.reachability;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.ComponentType;
import dev.netsim.simulation.network.Direction;
import dev.netsim.simulation.network.InstanceNode;
import dev.netsim.simulation.network.InternetGatewayNode;
import dev.netsim.simulation.network.IpProtocol;
import dev.netsim.simulation.network.LoadBalancerNode;
import dev.netsim.simulation.network.NatGatewayNode;
import dev.netsim.simulation.network.NetworkAclNode;
import dev.netsim.simulation.network.NetworkInterfaceNode;
import dev.netsim.simulation.network.NetworkSnapshot;
import dev.netsim.simulation.network.PortRange;
import dev.netsim.simulation.network.RouteEntry;
import dev.netsim.simulation.network.RouteTableNode;
import dev.netsim.simulation.network.SubnetNode;
import dev.netsim.simulation.network.TransitGatewayAttachmentNode;
import dev.netsim.simulation.network.TransitGatewayRouteTableNode;
import dev.netsim.simulation.network.VpcEndpointNode;
import dev.netsim.simulation.network.VpcPeeringNode;

/**
 * Walks packets through the network one hop at a time, in AWS's hop order: security group out,
 * subnet ACL out, route table, the gateway or connection the route leads to (with its address
 * translation), subnet ACL in, security group in, interface, instance. It stops at the first hop that
 * lets nothing through and says why. One tracer walks one direction: the forward path, or the
 * return path, where security groups are stateful (the reply of an allowed flow passes, with no rule)
 * and NAT gateways undo the translations the forward path recorded.
 */
final class PathTracer {

    /** Beyond this many hops the packets are going round in circles (an appliance routing back to itself). */
    private static final int MAX_HOPS = 64;

    private static final List<AddressRange> NOT_ON_THE_INTERNET = List.of(
            AddressRange.parse("10.0.0.0/8"), AddressRange.parse("172.16.0.0/12"),
            AddressRange.parse("192.168.0.0/16"), AddressRange.parse("100.64.0.0/10"));

    private final NetworkSnapshot network;
    private final PathEnd end;
    private final boolean returning;
    private final List<NatSession> sessions;
    private final List<LoadBalancerSession> balancerSessions;
    private final List<PathComponent> hops = new ArrayList<>();
    private final List<Explanation> explanations = new ArrayList<>();
    /** Route, gateway and connection explanations are about packets leaving where they are. */
    private static final Direction OUT = Direction.EGRESS;
    private HeaderSpace arrived;

    PathTracer(NetworkSnapshot network, PathEnd end, boolean returning, List<NatSession> sessions, List<LoadBalancerSession> balancerSessions) {
        this.network = network;
        this.end = end;
        this.returning = returning;
        this.sessions = sessions;
        this.balancerSessions = balancerSessions;
    }

    List<PathComponent> hops() {
        return hops;
    }

    List<Explanation> explanations() {
        return explanations;
    }

    List<NatSession> sessions() {
        return sessions;
    }

    List<LoadBalancerSession> balancerSessions() {
        return balancerSessions;
    }

    /** The packets as they arrived at the end; null while they have not. */
    HeaderSpace arrived() {
        return arrived;
    }

    /** The addresses of everything beyond the internet gateway: every IPv4 address but the private and shared ranges. */
    static HeaderSpace onTheInternet(HeaderSpace space, boolean sources) {
        HeaderSpace rest = space;
        for (AddressRange range : NOT_ON_THE_INTERNET) {
            rest = rest.minus(sources ? PacketBox.fromSource(range) : PacketBox.toDestination(range));
        }
        return rest;
    }

    // ---- starting points

    /**
     * Packets an interface sends; when the path starts at its instance ({@code fromInstance}) the
     * instance is the first hop. Only a running instance's interfaces send.
     */
    boolean startAtInterface(NetworkInterfaceNode eni, HeaderSpace space, boolean fromInstance) {
        Optional<InstanceNode> instance = instanceOf(eni);
        if (instance.isPresent()) {
            if (!instance.get().isRunning()) {
                return notRunning(instance.get(), null, "only a running instance sends or receives traffic");
            }
            if (fromInstance) {
                hop(instance.get().id(), ComponentType.INSTANCE, null, eni.subnetId(), eni.vpcId(), null, PacketHeader.of(space), null, null,
                        null, List.of(), instance.get().id() + " sends " + describe(space) + ".");
            }
        }
        hop(eni.id(), ComponentType.NETWORK_INTERFACE, eni.attachedTo(), eni.subnetId(), eni.vpcId(), null, fromInstance ? null
                : PacketHeader.of(space), null, null, null, List.of(), eni.id() + " (" + AddressRange.format(eni.primaryPrivateIp()) + ") in "
                + eni.subnetId() + " sends " + (fromInstance ? "them" : describe(space)) + ".");
        return sendFromInterface(eni, space);
    }

    /** Replies coming back into the VPC from where the forward path left it (gateway endpoint, peering, VPN, transit gateway). */
    boolean startAtExit(String exitId, ComponentType type, String vpcId, String subnetId, HeaderSpace space) {
        if (type == ComponentType.TRANSIT_GATEWAY_ATTACHMENT) {
            TransitGatewayAttachmentNode attachment = network.transitGatewayAttachment(exitId).orElseThrow();
            return intoVpcThrough(attachment, attachment.subnets().stream().filter(s -> s.subnetId().equals(subnetId)).findFirst()
                    .orElse(attachment.subnets().get(0)), space);
        }
        hop(exitId, type, null, null, vpcId, null, null, null, null, null, List.of(), exitId + " sends the replies back into " + vpcId + ".");
        return deliverInVpc(vpcId, space, exitId);
    }

    /**
     * Packets entering a VPC from where a path may start outside it: a peering connection (from the
     * other VPC's addresses), a virtual private gateway (from on-premises), a gateway endpoint (from
     * the service), a transit gateway or one of its attachments; the VPC is the one that holds their
     * destination.
     */
    boolean startAtEntry(String entryId, HeaderSpace space) {
        long destination = space.singleDestination();
        switch (ComponentType.ofId(entryId)) {
            case VPC_PEERING_CONNECTION -> {
                VpcPeeringNode peering = network.peering(entryId).orElseThrow();
                if (!peering.isActive()) {
                    return block(Explanation.of("BAD_STATE", Direction.INGRESS, peering.id(), peering.id() + " is " + peering.status()
                            + ", not active."));
                }
                String vpcId = destination >= 0 && within(peering.accepterVpcId(), AddressRange.single(destination)) ? peering.accepterVpcId()
                        : peering.requesterVpcId();
                String from = peering.peerOf(vpcId);
                if (!space.sources().stream().allMatch(s -> within(from, s))) {
                    return block(Explanation.of("PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", Direction.INGRESS, peering.id(), peering.id()
                            + " carries only packets from addresses of " + from + "."));
                }
                hop(peering.id(), ComponentType.VPC_PEERING_CONNECTION, null, null, vpcId, null, null, null, null, null, List.of(),
                        peering.id() + " carries the packets from " + from + " into " + vpcId + ".");
                return deliverInVpc(vpcId, space, peering.id());
            }
            case VIRTUAL_PRIVATE_GATEWAY -> {
                var gateway = network.vpnGateway(entryId).orElseThrow();
                if (gateway.attachedVpcId() == null) {
                    return block(Explanation.of("BAD_STATE", Direction.INGRESS, gateway.id(), gateway.id() + " is not attached to a VPC."));
                }
                hop(gateway.id(), ComponentType.VIRTUAL_PRIVATE_GATEWAY, null, null, gateway.attachedVpcId(), null, null, null, null, null,
                        List.of(), gateway.id() + " brings the packets from the VPN into " + gateway.attachedVpcId() + ".");
                return enterVpc(gateway.id(), gateway.attachedVpcId(), space);
            }
            case VPC_ENDPOINT -> {
                VpcEndpointNode endpoint = network.endpoint(entryId).orElseThrow();
                if (!space.protocol().equals(IpProtocol.TCP)) {
                    return onlyTcp(endpoint, Direction.INGRESS, space);
                }
                hop(endpoint.id(), ComponentType.VPC_ENDPOINT, null, null, endpoint.vpcId(), null, null, null, null, null, List.of(),
                        endpoint.id() + " brings the packets from " + endpoint.serviceName() + " into " + endpoint.vpcId() + ".");
                return deliverInVpc(endpoint.vpcId(), space, endpoint.id());
            }
            case TRANSIT_GATEWAY, TRANSIT_GATEWAY_ATTACHMENT -> {
                Optional<TransitGatewayAttachmentNode> attachment = ComponentType.ofId(entryId) == ComponentType.TRANSIT_GATEWAY_ATTACHMENT
                        ? network.transitGatewayAttachment(entryId)
                        : network.transitGatewayAttachments().stream().filter(a -> a.transitGatewayId().equals(entryId) && a.vpcId() != null
                                && destination >= 0 && within(a.vpcId(), AddressRange.single(destination))).findFirst();
                if (attachment.isEmpty() || attachment.get().vpcId() == null) {
                    return block(Explanation.of("NO_PATH", Direction.INGRESS, entryId, entryId + " has no VPC attachment to the VPC of "
                            + String.join(", ", addresses(space.destinations())) + "."));
                }
                return intoVpcThrough(attachment.get(), attachment.get().subnets().get(0), space);
            }
            default -> throw new IllegalArgumentException("not an entry into a VPC: " + entryId);
        }
    }

    // ---- leaving an interface and its subnet

    private boolean sendFromInterface(NetworkInterfaceNode eni, HeaderSpace space) {
        HeaderSpace current = space;
        if (!eni.groupIds().isEmpty()) {
            current = securityGroups(eni, Direction.EGRESS, current);
            if (current == null) {
                return false;
            }
        }
        return leaveSubnet(eni, current);
    }

    private boolean leaveSubnet(NetworkInterfaceNode from, HeaderSpace space) {
        if (hops.size() > MAX_HOPS) {
            return block(Explanation.of("NO_PATH", null, from.id(), "The packets loop through the network without arriving."));
        }
        SubnetNode subnet = network.subnet(from.subnetId()).orElseThrow();
        Optional<LoadBalancerSession> preserved = returning ? balancerSessions.stream()
                .filter(s -> s.preservesClients() && from.hasPrivateIp(s.targetAddress())).findFirst() : Optional.empty();
        if (preserved.isPresent()) {
            return backToLoadBalancerNode(subnet, network.networkInterface(preserved.get().nodeInterfaceId()).orElseThrow(), space);
        }
        long destination = space.singleDestination();
        if (destination >= 0 && subnet.cidr().contains(destination)) {
            // same subnet: delivered on the link, without route table or network ACL
            Optional<NetworkInterfaceNode> neighbour = network.interfaceWithPrivateIp(subnet.vpcId(), destination);
            if (neighbour.isPresent() && !neighbour.get().id().equals(from.id())) {
                return arriveAtInterface(neighbour.get(), space, false);
            }
        }
        HeaderSpace current = networkAcl(subnet, Direction.EGRESS, space);
        if (current == null) {
            return false;
        }
        RouteTableNode table = network.effectiveRouteTable(subnet.id()).orElse(null);
        if (table == null) {
            return block(Explanation.of("NO_ROUTE_TO_DESTINATION", OUT, subnet.id(), subnet.id() + " has no route table."));
        }
        return route(table, subnet, from, current);
    }

    private boolean route(RouteTableNode table, SubnetNode subnet, NetworkInterfaceNode from, HeaderSpace space) {
        List<RouteLeg> legs = RouteLeg.partition(table, network, space);
        RouteLeg chosen = legs.stream().filter(l -> end.routeTarget() != null && end.routeTarget().equals(l.route().targetId()))
                .findFirst().orElse(legs.isEmpty() ? null : legs.get(0));
        if (chosen == null) {
            return noRoute(table, OUT, subnet.id(), subnet.vpcId(), space, table.id());
        }
        RouteMatch match = RouteMatch.of(chosen.route());
        hop(table.id(), ComponentType.ROUTE_TABLE, null, subnet.id(), subnet.vpcId(), null, null, null, null, match, List.of(),
                table.id() + " sends " + String.join(", ", addresses(chosen.space().destinations())) + " by route " + match.text()
                        + " (" + match.state() + ").");
        if (!chosen.route().active()) {
            return blackhole(table, match, OUT, subnet.id(), subnet.vpcId());
        }
        return follow(chosen.route(), subnet, from, chosen.space());
    }

    private boolean follow(RouteEntry route, SubnetNode subnet, NetworkInterfaceNode from, HeaderSpace space) {
        if (route.isLocal()) {
            return deliverInVpc(subnet.vpcId(), space, route.targetId());
        }
        if (route.targetType() == null) {
            return unsupportedTarget(route);
        }
        return switch (route.targetType()) {
            case INTERNET_GATEWAY -> leaveToInternet(network.internetGateway(route.targetId()).orElseThrow(), subnet, space);
            case NAT_GATEWAY -> toNatGateway(network.natGateway(route.targetId()).orElseThrow(), space);
            case VPC_PEERING_CONNECTION -> acrossPeering(network.peering(route.targetId()).orElseThrow(), subnet.vpcId(), space);
            case VPC_ENDPOINT -> toEndpoint(network.endpoint(route.targetId()).orElseThrow(), subnet.vpcId(), space);
            case NETWORK_INTERFACE -> toAppliance(network.networkInterface(route.targetId()).orElseThrow(), subnet, space);
            case INSTANCE -> toAppliance(primaryInterface(route.targetId()), subnet, space);
            case VIRTUAL_PRIVATE_GATEWAY -> leaveThrough(route.targetId(), ComponentType.VIRTUAL_PRIVATE_GATEWAY, subnet.vpcId(), space);
            case TRANSIT_GATEWAY -> acrossTransitGateway(route.targetId(), subnet, space);
            default -> unsupportedTarget(route);
        };
    }

    private boolean unsupportedTarget(RouteEntry route) {
        return block(Explanation.of("UNSUPPORTED_COMPONENT", OUT, route.targetId(), "Netsim does not yet trace packets through "
                + route.targetId() + "."));
    }

    // ---- inside a VPC

    /** The local route: packets go to the interface in the VPC that holds their destination address. */
    private boolean deliverInVpc(String vpcId, HeaderSpace space, String via) {
        long destination = space.singleDestination();
        Optional<NetworkInterfaceNode> target = destination < 0 ? Optional.empty() : network.interfaceWithPrivateIp(vpcId, destination);
        if (target.isEmpty()) {
            return block(Explanation.of("NO_PATH", OUT, via, "No network interface in " + vpcId + " holds "
                    + String.join(", ", addresses(space.destinations())) + "."));
        }
        return arriveAtInterface(target.get(), space, true);
    }

    private boolean arriveAtInterface(NetworkInterfaceNode eni, HeaderSpace space, boolean crossesSubnet) {
        HeaderSpace current = space;
        if (crossesSubnet) {
            current = networkAcl(network.subnet(eni.subnetId()).orElseThrow(), Direction.INGRESS, current);
            if (current == null) {
                return false;
            }
        }
        Optional<NatGatewayNode> nat = natGatewayOf(eni);
        if (nat.isPresent()) {
            return throughNatGateway(nat.get(), eni, current);
        }
        if (!eni.groupIds().isEmpty()) {
            current = securityGroups(eni, Direction.INGRESS, current);
            if (current == null) {
                return false;
            }
        }
        Optional<LoadBalancerNode> balancer = network.loadBalancerWithInterface(eni.id());
        if (balancer.isPresent()) {
            return returning ? answerFromLoadBalancer(balancer.get(), eni, current) : throughLoadBalancer(balancer.get(), eni, current);
        }
        hop(eni.id(), ComponentType.NETWORK_INTERFACE, eni.attachedTo(), eni.subnetId(), eni.vpcId(), null, null, null, null, null, List.of(),
                eni.id() + " (" + AddressRange.format(eni.primaryPrivateIp()) + ") in " + eni.subnetId() + " receives them.");
        Optional<InstanceNode> instance = instanceOf(eni);
        if (end.isInterface(eni)) {
            if (instance.isPresent() && !instance.get().isRunning()) {
                return notRunning(instance.get(), Direction.INGRESS, "only a running instance sends or receives traffic");
            }
            if (instance.isPresent() && !eni.id().equals(end.componentId())) {
                hop(instance.get().id(), ComponentType.INSTANCE, null, eni.subnetId(), eni.vpcId(), PacketHeader.of(current), null, null, null,
                        null, List.of(), instance.get().id() + " receives " + describe(current) + ".");
            }
            arrived = current;
            return true;
        }
        long destination = current.singleDestination();
        if (destination >= 0 && eni.hasPrivateIp(destination)) {
            return block(Explanation.of("NO_PATH", Direction.INGRESS, eni.id(), eni.id() + " holds the destination address but is not the "
                    + "path's destination."));
        }
        // an appliance: it forwards packets addressed to others only with its source/destination check off
        if (eni.sourceDestCheck()) {
            Explanation e = new Explanation("ENI_SOURCE_DEST_CHECK_RESTRICTION", Direction.INGRESS, eni.id(), ComponentType.NETWORK_INTERFACE,
                    eni.id(), eni.groupIds(), null, null, null, null, eni.subnetId(), eni.vpcId(), List.of(),
                    eni.id() + " drops packets addressed to others: its source/destination check is on.");
            return block(e);
        }
        if (instance.isPresent()) {
            if (!instance.get().isRunning()) {
                return notRunning(instance.get(), Direction.INGRESS, "an appliance that is not running forwards nothing");
            }
            hop(instance.get().id(), ComponentType.INSTANCE, null, eni.subnetId(), eni.vpcId(), null, null, null, null, null, List.of(),
                    instance.get().id() + " forwards them (source/destination check off).");
        }
        return sendFromInterface(eni, current);
    }

    private boolean toAppliance(NetworkInterfaceNode appliance, SubnetNode from, HeaderSpace space) {
        if (appliance == null) {
            return block(Explanation.of("NO_PATH", OUT, null, "The route's instance has no network interface."));
        }
        return arriveAtInterface(appliance, space, !appliance.subnetId().equals(from.id()));
    }

    // ---- internet gateways

    private boolean leaveToInternet(InternetGatewayNode igw, SubnetNode subnet, HeaderSpace space) {
        long source = singleSource(space);
        Long publicIp = source < 0 ? null : publicAddressOf(subnet.vpcId(), source);
        if (publicIp == null) {
            return block(new Explanation("IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS", OUT, igw.id(), ComponentType.INTERNET_GATEWAY, null, List.of(),
                    null, null, null, null, subnet.id(), subnet.vpcId(), addresses(space.sources()),
                    igw.id() + " drops the packets: their source " + String.join(", ", addresses(space.sources()))
                            + " has no public IPv4 address or Elastic IP."));
        }
        HeaderSpace internet = onTheInternet(space, false);
        if (internet.isEmpty()) {
            return block(new Explanation("IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS", OUT, igw.id(), ComponentType.INTERNET_GATEWAY,
                    null, List.of(), null, null, null, null, subnet.id(), subnet.vpcId(), addresses(space.destinations()),
                    igw.id() + " does not send packets to private (RFC 1918) or shared (100.64.0.0/10) addresses."));
        }
        HeaderSpace translated = internet.map(b -> b.withSource(AddressRange.single(publicIp)));
        hop(igw.id(), ComponentType.INTERNET_GATEWAY, null, null, subnet.vpcId(), PacketHeader.of(internet), PacketHeader.of(translated), null, null,
                null, List.of(), igw.id() + " translates the source " + AddressRange.format(source) + " to its public address "
                        + AddressRange.format(publicIp) + " and sends the packets to the internet.");
        long destination = translated.singleDestination();
        if (destination >= 0 && network.interfaceWithPublicIp(destination).isPresent()) {
            return block(Explanation.of("IGW_NAT_REFLECTION", OUT, igw.id(), "Netsim, like Reachability Analyzer, does not trace a "
                    + "path that leaves through an internet gateway and comes back in through one (" + AddressRange.format(destination) + ")."));
        }
        if (!end.isExit(igw.id())) {
            return block(Explanation.of("NO_PATH", OUT, igw.id(), "The path leaves through " + igw.id() + " but its destination is not on "
                    + "the internet."));
        }
        arrived = translated;
        return true;
    }

    /** Packets arriving from the internet through an internet gateway. */
    boolean startAtInternetGateway(InternetGatewayNode igw, HeaderSpace space) {
        if (igw.attachedVpcId() == null) {
            return block(Explanation.of("BAD_STATE", Direction.INGRESS, igw.id(), igw.id() + " is not attached to a VPC."));
        }
        HeaderSpace fromInternet = onTheInternet(space, true);
        if (fromInternet.isEmpty()) {
            return block(Explanation.of("IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS", Direction.INGRESS, igw.id(),
                    igw.id() + " does not let in packets from private (RFC 1918) or shared addresses."));
        }
        long destination = fromInternet.singleDestination();
        Optional<Long> privateIp = destination < 0 ? Optional.empty() : privateAddressBehind(igw.attachedVpcId(), destination);
        if (privateIp.isEmpty()) {
            return block(new Explanation("IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", Direction.INGRESS, igw.id(), ComponentType.INTERNET_GATEWAY,
                    null, List.of(), null, null, null, null, null, igw.attachedVpcId(), addresses(fromInternet.destinations()),
                    igw.id() + " lets in only packets addressed to a public IPv4 address or Elastic IP of an interface in "
                            + igw.attachedVpcId() + "; " + String.join(", ", addresses(fromInternet.destinations())) + " is none."));
        }
        HeaderSpace translated = fromInternet.map(b -> b.withDestination(AddressRange.single(privateIp.get())));
        hop(igw.id(), ComponentType.INTERNET_GATEWAY, null, null, igw.attachedVpcId(), PacketHeader.of(fromInternet), PacketHeader.of(translated),
                null, null, null, List.of(), igw.id() + " translates the destination " + AddressRange.format(destination) + " to the private address "
                        + AddressRange.format(privateIp.get()) + ".");
        return enterVpc(igw.id(), igw.attachedVpcId(), translated);
    }

    /**
     * Packets a gateway lets into its VPC: its gateway route table (edge association) routes them when
     * it has one — to the local route, or to a middlebox interface — else the local route does.
     */
    private boolean enterVpc(String gatewayId, String vpcId, HeaderSpace space) {
        Optional<RouteTableNode> edge = network.gatewayRouteTable(gatewayId);
        if (edge.isEmpty()) {
            return deliverInVpc(vpcId, space, gatewayId);
        }
        RouteTableNode table = edge.get();
        List<RouteLeg> legs = RouteLeg.partition(table, network, space);
        if (legs.isEmpty()) {
            return noRoute(table, Direction.INGRESS, null, vpcId, space, table.id() + " (the gateway route table of " + gatewayId + ")");
        }
        RouteLeg leg = legs.get(0);
        RouteMatch match = RouteMatch.of(leg.route());
        hop(table.id(), ComponentType.ROUTE_TABLE, gatewayId, null, vpcId, null, null, null, null, match, List.of(),
                table.id() + " (the gateway route table of " + gatewayId + ") sends them by route " + match.text() + " (" + match.state() + ").");
        if (!leg.route().active()) {
            return blackhole(table, match, Direction.INGRESS, null, vpcId);
        }
        if (leg.route().isLocal()) {
            return deliverInVpc(vpcId, leg.space(), table.id());
        }
        NetworkInterfaceNode middlebox = leg.route().targetType() == ComponentType.NETWORK_INTERFACE
                ? network.networkInterface(leg.route().targetId()).orElse(null)
                : leg.route().targetType() == ComponentType.INSTANCE ? primaryInterface(leg.route().targetId()) : null;
        if (middlebox == null) {
            return block(Explanation.of("UNSUPPORTED_COMPONENT", Direction.INGRESS, leg.route().targetId(), "A gateway route table routes "
                    + "only to the VPC (local) or to a network interface, not to " + leg.route().targetId() + "."));
        }
        return arriveAtInterface(middlebox, leg.space(), true);
    }

    /** The public address (auto-assigned, Elastic IP, or a public NAT gateway's) that stands for a private address of the VPC. */
    private Long publicAddressOf(String vpcId, long privateIp) {
        Optional<NetworkInterfaceNode> eni = network.interfaceWithPrivateIp(vpcId, privateIp);
        if (eni.isEmpty()) {
            return null;
        }
        if (eni.get().publicIp() != null) {
            return eni.get().publicIp();
        }
        return natGatewayOf(eni.get()).filter(NatGatewayNode::isPublic).map(NatGatewayNode::publicIp).orElse(null);
    }

    private Optional<Long> privateAddressBehind(String vpcId, long publicIp) {
        Optional<NetworkInterfaceNode> eni = network.interfaceWithPublicIp(publicIp).filter(e -> e.vpcId().equals(vpcId));
        if (eni.isPresent()) {
            return Optional.of(eni.get().primaryPrivateIp());
        }
        return network.natGateways().stream().filter(n -> n.vpcId().equals(vpcId) && n.publicIp() != null && n.publicIp() == publicIp)
                .findFirst().map(NatGatewayNode::privateIp);
    }

    // ---- NAT gateways

    private boolean toNatGateway(NatGatewayNode nat, HeaderSpace space) {
        NetworkInterfaceNode eni = network.networkInterface(nat.networkInterfaceId()).orElse(null);
        if (eni == null || !nat.isAvailable()) {
            return natUnavailable(nat);
        }
        return arriveAtInterface(eni, space, true);
    }

    private boolean throughNatGateway(NatGatewayNode nat, NetworkInterfaceNode eni, HeaderSpace space) {
        if (!nat.isAvailable()) {
            return natUnavailable(nat);
        }
        if (returning) {
            return undoNat(nat, eni, space);
        }
        // a request: the NAT gateway translates it only when it comes from its own VPC
        Optional<AddressRange> outsider = space.sources().stream().filter(s -> !within(nat.vpcId(), s)).findFirst();
        if (outsider.isPresent()) {
            AddressRange source = outsider.get();
            return block(Explanation.of("NGW_REQUIRES_SOURCE_IN_VPC", OUT, nat.id(), nat.id() + " translates only traffic from its own VPC "
                    + nat.vpcId() + "; " + source + " is outside it."));
        }
        HeaderSpace translated = space.map(b -> b.withSource(AddressRange.single(nat.privateIp())).withSourcePorts(PortRange.EPHEMERAL));
        sessions.add(new NatSession(nat.id(), space.sources(), space.sourcePorts(), nat.privateIp(), PortRange.EPHEMERAL));
        hop(nat.id(), ComponentType.NAT_GATEWAY, null, nat.subnetId(), nat.vpcId(), PacketHeader.of(space), PacketHeader.of(translated), null, null,
                null, List.of("NGW_SOURCE_ADDRESS_REASSIGN", "REMAP_EPHEMERAL_PORT"), nat.id() + " translates the source "
                        + String.join(", ", addresses(space.sources())) + " to " + AddressRange.format(nat.privateIp())
                        + " and the source port to one of 1024-65535.");
        return leaveSubnet(eni, translated);
    }

    private boolean undoNat(NatGatewayNode nat, NetworkInterfaceNode eni, HeaderSpace space) {
        Optional<NatSession> session = sessions.stream().filter(s -> s.natGatewayId().equals(nat.id())).findFirst();
        if (session.isEmpty()) {
            // replies routed to a NAT gateway that never saw the request: it would translate them as a new connection
            return block(Explanation.of("NO_PATH", Direction.INGRESS, nat.id(), nat.id() + " has no connection these replies belong to: they "
                    + "are routed to it instead of back the way the request came, so their source would be translated and the client drop them."));
        }
        HeaderSpace back = backTo(space, session.get().originalSources(), session.get().originalSourcePorts());
        hop(nat.id(), ComponentType.NAT_GATEWAY, null, nat.subnetId(), nat.vpcId(), PacketHeader.of(space), PacketHeader.of(back), null, null, null,
                List.of(), nat.id() + " translates the replies back to " + String.join(", ", addresses(back.destinations())) + ".");
        return leaveSubnet(eni, back);
    }

    // ---- load balancers

    /**
     * A load balancer node takes the packets on a listener and opens its own connection to a target
     * of a group the listener forwards to: from its address and an ephemeral port (or, for an NLB
     * group that preserves client addresses, from the client's), to the target's address and port.
     */
    private boolean throughLoadBalancer(LoadBalancerNode lb, NetworkInterfaceNode node, HeaderSpace space) {
        if (lb.type().equals("gateway")) {
            return block(Explanation.of("UNSUPPORTED_COMPONENT", Direction.INGRESS, lb.arn(), "Netsim does not yet trace packets through "
                    + "gateway load balancers (" + lb.name() + ")."));
        }
        LoadBalancerRoute.Outcome outcome = LoadBalancerRoute.choose(network, lb, node, space, end);
        if (outcome.blocked() != null) {
            return block(outcome.blocked());
        }
        LoadBalancerRoute.Choice choice = outcome.choice();
        LoadBalancerNode.Listener listener = choice.listener();
        HeaderSpace taken = LoadBalancerRoute.toListener(space, listener.port());
        boolean preserve = lb.type().equals("network") && choice.group().preservesClientIp();
        HeaderSpace translated = taken.map(b -> {
            PacketBox to = b.withDestination(AddressRange.single(choice.targetAddress())).withDestinationPorts(PortRange.single(choice.target().port()));
            return preserve ? to : to.withSource(AddressRange.single(node.primaryPrivateIp())).withSourcePorts(PortRange.EPHEMERAL);
        });
        balancerSessions.add(new LoadBalancerSession(lb.arn(), node.id(), taken.sources(), taken.sourcePorts(), node.primaryPrivateIp(),
                listener.port(), choice.targetAddress(), preserve));
        hop(lb.arn(), ComponentType.LOAD_BALANCER, null, node.subnetId(), node.vpcId(), PacketHeader.of(taken), null, null, null, null, List.of(),
                "The node of " + lb.name() + " in " + node.subnetId() + " (" + AddressRange.format(node.primaryPrivateIp()) + ") takes them.");
        hop(listener.arn(), ComponentType.LOAD_BALANCER_LISTENER, lb.arn(), node.subnetId(), node.vpcId(), null, null, null, null, null, List.of(),
                "Listener " + listener.protocol() + ":" + listener.port() + " forwards them to target group " + choice.group().name() + ".");
        hop(choice.group().arn(), ComponentType.LOAD_BALANCER_TARGET_GROUP, lb.arn(), node.subnetId(), node.vpcId(), null,
                PacketHeader.of(translated), null, null, null, preserve ? List.of() : List.of("REMAP_EPHEMERAL_PORT"),
                "Target group " + choice.group().name() + " sends them to " + choice.target().id() + " port " + choice.target().port()
                        + (preserve ? ", keeping the client's address" : " from " + AddressRange.format(node.primaryPrivateIp())
                        + " and an ephemeral port") + ".");
        return sendFromInterface(node, translated);
    }

    /**
     * A target that saw the client's own address answers it, and the VPC hands the replies to the NLB
     * node that holds the flow whatever the target's routes say: out through the target subnet's ACL
     * and into the node's.
     */
    private boolean backToLoadBalancerNode(SubnetNode targetSubnet, NetworkInterfaceNode node, HeaderSpace space) {
        if (node.subnetId().equals(targetSubnet.id())) {
            return arriveAtInterface(node, space, false);
        }
        HeaderSpace current = networkAcl(targetSubnet, Direction.EGRESS, space);
        return current != null && arriveAtInterface(node, current, true);
    }

    /** Replies reach the node that opened the connection, which answers the client from the address and port it was sent to. */
    private boolean answerFromLoadBalancer(LoadBalancerNode lb, NetworkInterfaceNode node, HeaderSpace space) {
        Optional<LoadBalancerSession> session = balancerSessions.stream().filter(s -> s.loadBalancerArn().equals(lb.arn())).findFirst();
        if (session.isEmpty()) {
            return block(Explanation.of("NO_PATH", Direction.INGRESS, lb.arn(), lb.name() + " took no connection these replies belong to."));
        }
        LoadBalancerSession s = session.get();
        HeaderSpace back = backTo(space, s.clients(), s.clientPorts())
                .map(b -> b.withSource(AddressRange.single(s.nodeAddress())).withSourcePorts(PortRange.single(s.listenerPort())));
        hop(lb.arn(), ComponentType.LOAD_BALANCER, null, node.subnetId(), node.vpcId(), PacketHeader.of(space), PacketHeader.of(back), null, null,
                null, List.of(), lb.name() + " answers the clients from " + AddressRange.format(s.nodeAddress()) + " port " + s.listenerPort() + ".");
        return leaveSubnet(node, back);
    }

    // ---- transit gateways

    /**
     * Into the transit gateway through the VPC's attachment subnet in the packets' zone, by the route
     * table the attachment is associated with, and out through the destination attachment's subnet,
     * whose route table delivers in its VPC. ACLs as AWS applies them to transit gateway traffic: the
     * attachment subnet's inbound rules on the way in, its outbound rules on the way out, none when
     * the packets start or end in the attachment subnet itself.
     */
    private boolean acrossTransitGateway(String transitGatewayId, SubnetNode from, HeaderSpace space) {
        Optional<TransitGatewayAttachmentNode> entry = network.transitGatewayAttachment(transitGatewayId, from.vpcId());
        if (entry.isEmpty()) {
            return block(Explanation.of("BAD_STATE_ATTACHMENT", OUT, transitGatewayId, from.vpcId() + " has no attachment to " + transitGatewayId
                    + "."));
        }
        TransitGatewayAttachmentNode in = entry.get();
        Optional<TransitGatewayAttachmentNode.Subnet> inSubnet = in.subnetIn(from.availabilityZone());
        if (inSubnet.isEmpty()) {
            return block(Explanation.of("TGW_ROUTE_AZ_RESTRICTION", OUT, in.id(), in.id() + " has no subnet in " + from.availabilityZone()
                    + ", so " + from.id() + " there cannot send to " + transitGatewayId + "."));
        }
        HeaderSpace current = space;
        if (!inSubnet.get().subnetId().equals(from.id())) {
            current = networkAcl(network.subnet(inSubnet.get().subnetId()).orElseThrow(), Direction.INGRESS, current);
            if (current == null) {
                return false;
            }
        }
        transitHop(in.id(), ComponentType.TRANSIT_GATEWAY_ATTACHMENT, transitGatewayId, inSubnet.get().subnetId(), from.vpcId(), null,
                in.id() + " in " + inSubnet.get().subnetId() + " hands the packets to " + transitGatewayId + ".");
        if (end.is(in.id()) || end.is(transitGatewayId)) {
            arrived = current;
            return true;
        }
        if (in.associatedRouteTableId() == null) {
            return block(Explanation.of("TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION", OUT, in.id(), in.id()
                    + " is associated with no transit gateway route table."));
        }
        TransitGatewayRouteTableNode table = network.transitGatewayRouteTable(in.associatedRouteTableId()).orElseThrow();
        long destination = current.singleDestination();
        Optional<TransitGatewayRouteTableNode.Route> route = destination < 0 ? Optional.empty() : table.select(destination);
        if (route.isEmpty()) {
            return block(Explanation.of("TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT", OUT, table.id(), table.id() + " has no route to "
                    + String.join(", ", addresses(current.destinations())) + "."));
        }
        TransitGatewayRouteMatch match = TransitGatewayRouteMatch.of(transitGatewayId, route.get());
        transitHop(table.id(), ComponentType.TRANSIT_GATEWAY_ROUTE_TABLE, transitGatewayId, null, null, match,
                table.id() + " sends " + AddressRange.format(destination) + " by its " + match.routeOrigin() + " route " + match.text()
                        + " (" + match.state() + ").");
        if (!route.get().active()) {
            return block(Explanation.of("TGW_RTB_BAD_STATE_ROUTE", OUT, table.id(), "Route " + match.text() + " in " + table.id()
                    + " is a blackhole."));
        }
        TransitGatewayAttachmentNode out = network.transitGatewayAttachment(route.get().attachmentId()).orElseThrow();
        if (out.vpcId() == null) {
            return leaveThrough(out.id(), ComponentType.TRANSIT_GATEWAY_ATTACHMENT, null, current);
        }
        return intoVpcThrough(out, out.subnetIn(from.availabilityZone()).orElse(out.subnets().get(0)), current);
    }

    /** Out of a transit gateway into the attachment's VPC, through its subnet, whose route table delivers there. */
    private boolean intoVpcThrough(TransitGatewayAttachmentNode out, TransitGatewayAttachmentNode.Subnet outSubnet, HeaderSpace space) {
        transitHop(out.id(), ComponentType.TRANSIT_GATEWAY_ATTACHMENT, out.transitGatewayId(), outSubnet.subnetId(), out.vpcId(), null,
                out.transitGatewayId() + " sends the packets into " + out.vpcId() + " through " + out.id() + " in " + outSubnet.subnetId() + ".");
        if (end.is(out.id())) {
            arrived = space;
            return true;
        }
        NetworkInterfaceNode exit = network.networkInterface(outSubnet.networkInterfaceId()).orElse(null);
        if (exit == null) {
            return block(Explanation.of("BAD_STATE_ATTACHMENT", OUT, out.id(), out.id() + " has no interface in " + outSubnet.subnetId() + "."));
        }
        return leaveSubnet(exit, space);
    }

    // ---- peering, endpoints, VPN

    private boolean acrossPeering(VpcPeeringNode peering, String vpcId, HeaderSpace space) {
        if (!peering.isActive()) {
            return block(Explanation.of("BAD_STATE", OUT, peering.id(), peering.id() + " is " + peering.status() + ", not active."));
        }
        String peerVpcId = peering.peerOf(vpcId);
        boolean destinationsInPeer = space.destinations().stream().allMatch(d -> within(peerVpcId, d));
        boolean sourcesInVpc = space.sources().stream().allMatch(s -> within(vpcId, s));
        if (!destinationsInPeer || !sourcesInVpc) {
            List<AddressRange> outside = destinationsInPeer ? space.sources() : space.destinations();
            return block(new Explanation("PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", OUT, peering.id(), ComponentType.VPC_PEERING_CONNECTION, null,
                    List.of(), null, null, null, null, null, vpcId, addresses(outside), peering.id() + " carries only packets between addresses of "
                    + vpcId + " and " + peerVpcId + "; " + String.join(", ", addresses(outside)) + " is outside them (peering is not transitive)."));
        }
        hop(peering.id(), ComponentType.VPC_PEERING_CONNECTION, null, null, vpcId, null, null, null, null, null, List.of(),
                peering.id() + " carries the packets from " + vpcId + " to " + peerVpcId + ".");
        if (end.componentId() != null && end.componentId().equals(peering.id())) {
            arrived = space;
            return true;
        }
        return deliverInVpc(peerVpcId, space, peering.id());
    }

    private boolean toEndpoint(VpcEndpointNode endpoint, String vpcId, HeaderSpace space) {
        if (!space.protocol().equals(IpProtocol.TCP)) {
            return onlyTcp(endpoint, OUT, space);
        }
        return leaveThrough(endpoint.id(), ComponentType.VPC_ENDPOINT, vpcId, space);
    }

    private boolean leaveThrough(String exitId, ComponentType type, String vpcId, HeaderSpace space) {
        hop(exitId, type, null, null, vpcId, null, null, null, null, null, List.of(), exitId + " receives the packets.");
        if (!end.isExit(exitId)) {
            return block(Explanation.of("NO_PATH", OUT, exitId, "The path leaves through " + exitId + ", away from its destination."));
        }
        arrived = space;
        return true;
    }

    // ---- filters

    /** The subnet's ACL on packets crossing its boundary; null (and an explanation) when it lets none through. */
    private HeaderSpace networkAcl(SubnetNode subnet, Direction direction, HeaderSpace space) {
        NetworkAclNode acl = network.effectiveNetworkAcl(subnet.id()).orElse(null);
        if (acl == null) {
            return space;
        }
        AclVerdict verdict = AclVerdict.apply(acl, direction, space);
        AclRuleMatch rule = AclRuleMatch.of(verdict.decidingEntry());
        String way = direction == Direction.INGRESS ? "inbound" : "outbound";
        if (verdict.allowed().isEmpty()) {
            block(new Explanation("SUBNET_ACL_RESTRICTION", direction, acl.id(), ComponentType.NETWORK_ACL, null, List.of(), acl.id(), rule,
                    null, null, subnet.id(), subnet.vpcId(), List.of(), acl.id() + " " + way + " rule " + verdict.decidingEntry().consoleLine()
                    + " denies " + describe(space) + (returning ? " (the replies)" : "") + "."));
            return null;
        }
        hop(acl.id(), ComponentType.NETWORK_ACL, null, subnet.id(), subnet.vpcId(), null, null, rule, null, null, List.of(),
                acl.id() + " " + way + " rule " + verdict.decidingEntry().consoleLine() + " allows them.");
        return verdict.allowed();
    }

    /** The interface's groups; on the return path they let the replies through with no rule (stateful). */
    private HeaderSpace securityGroups(NetworkInterfaceNode eni, Direction direction, HeaderSpace space) {
        String first = eni.groupIds().stream().sorted().findFirst().orElseThrow();
        if (returning) {
            hop(first, ComponentType.SECURITY_GROUP, null, eni.subnetId(), eni.vpcId(), null, null, null, null, null, List.of(),
                    first + " lets the replies through: security groups are stateful.");
            return space;
        }
        SecurityGroupVerdict verdict = SecurityGroupVerdict.apply(network, eni.groupIds(), direction, space);
        String way = direction == Direction.INGRESS ? "inbound" : "outbound";
        if (verdict.allowed().isEmpty()) {
            if (verdict.groupsHaveNoRules()) {
                for (String group : eni.groupIds().stream().sorted().toList()) {
                    block(new Explanation("SG_HAS_NO_RULES", direction, group, ComponentType.SECURITY_GROUP, eni.id(), List.of(group), null, null,
                            null, null, eni.subnetId(), eni.vpcId(), List.of(), group + " has no " + way + " rules."));
                }
                return null;
            }
            block(new Explanation("ENI_SG_RULES_MISMATCH", direction, eni.id(), ComponentType.NETWORK_INTERFACE, eni.id(), eni.groupIds(), null,
                    null, null, null, eni.subnetId(), eni.vpcId(), List.of(), "No " + way + " rule of " + String.join(", ", eni.groupIds().stream()
                    .sorted().toList()) + " on " + eni.id() + " allows " + describe(space) + "."));
            return null;
        }
        SecurityGroupRuleMatch rule = SecurityGroupRuleMatch.of(verdict.groupId(), verdict.rule());
        hop(verdict.groupId(), ComponentType.SECURITY_GROUP, null, eni.subnetId(), eni.vpcId(), null, null, null, rule, null, List.of(),
                verdict.groupId() + " " + way + " rule " + verdict.rule().ruleId() + " allows " + rule.protocol()
                        + (rule.portRange() == null ? "" : " " + rule.portRange()) + (direction == Direction.INGRESS ? " from " : " to ")
                        + verdict.rule().peer() + ".");
        return verdict.allowed();
    }

    // ---- helpers

    private Optional<InstanceNode> instanceOf(NetworkInterfaceNode eni) {
        return eni.attachedTo() == null || !eni.attachedTo().startsWith("i-") ? Optional.empty() : network.instance(eni.attachedTo());
    }

    private Optional<NatGatewayNode> natGatewayOf(NetworkInterfaceNode eni) {
        return network.natGatewayWithInterface(eni.id());
    }

    private NetworkInterfaceNode primaryInterface(String instanceId) {
        return network.interfacesOf(instanceId).stream().findFirst().orElse(null);
    }

    private boolean within(String vpcId, AddressRange range) {
        return network.vpc(vpcId).map(v -> v.cidrs().stream().anyMatch(c -> c.contains(range))).orElse(false);
    }

    private static long singleSource(HeaderSpace space) {
        List<AddressRange> sources = space.sources();
        return sources.size() == 1 && sources.get(0).isSingle() ? sources.get(0).first() : -1;
    }

    private boolean notRunning(InstanceNode instance, Direction direction, String why) {
        return block(Explanation.of("BAD_STATE", direction, instance.id(), instance.id() + " is " + instance.state() + ": " + why + "."));
    }

    private boolean natUnavailable(NatGatewayNode nat) {
        return block(Explanation.of("BAD_STATE", OUT, nat.id(), nat.id() + " is " + nat.state() + ", not available."));
    }

    private boolean onlyTcp(VpcEndpointNode endpoint, Direction direction, HeaderSpace space) {
        return block(Explanation.of("VPCE_GATEWAY_PROTOCOL_RESTRICTION", direction, endpoint.id(), endpoint.id()
                + " (a gateway endpoint) carries only TCP, not " + space.protocol().displayName() + "."));
    }

    /** {@code table} (named {@code tableName} in the sentence) routes none of the packets' destinations. */
    private boolean noRoute(RouteTableNode table, Direction direction, String subnetId, String vpcId, HeaderSpace space, String tableName) {
        List<String> destinations = addresses(space.destinations());
        return block(new Explanation("NO_ROUTE_TO_DESTINATION", direction, table.id(), ComponentType.ROUTE_TABLE, null, List.of(), null, null,
                table.id(), null, subnetId, vpcId, destinations, tableName + " has no route to " + String.join(", ", destinations) + "."));
    }

    private boolean blackhole(RouteTableNode table, RouteMatch match, Direction direction, String subnetId, String vpcId) {
        return block(new Explanation("BAD_STATE_ROUTE", direction, table.id(), ComponentType.ROUTE_TABLE, null, List.of(), null, null,
                table.id(), match, subnetId, vpcId, List.of(), "Route " + match.text() + " in " + table.id()
                + " is a blackhole: its target no longer exists or is detached."));
    }

    /** Replies addressed back to the clients a translation stood in for: each of their addresses and port ranges. */
    private static HeaderSpace backTo(HeaderSpace replies, List<AddressRange> clients, List<PortRange> clientPorts) {
        List<PacketBox> restored = new ArrayList<>();
        for (PacketBox box : replies.boxes()) {
            for (AddressRange client : clients) {
                for (PortRange ports : clientPorts) {
                    restored.add(box.withDestination(client).withDestinationPorts(ports));
                }
            }
        }
        return new HeaderSpace(replies.protocol(), restored);
    }

    private boolean block(Explanation explanation) {
        explanations.add(explanation);
        return false;
    }

    private void hop(String id, ComponentType type, String attachedTo, String subnetId, String vpcId, PacketHeader inbound, PacketHeader outboundHeader,
                     AclRuleMatch acl, SecurityGroupRuleMatch sg, RouteMatch route, List<String> details, String sentence) {
        hops.add(new PathComponent(hops.size() + 1, id, type, attachedTo, subnetId, vpcId, inbound, outboundHeader, acl, sg, route, null,
                details, sentence));
    }

    private void transitHop(String id, ComponentType type, String attachedTo, String subnetId, String vpcId, TransitGatewayRouteMatch route,
                            String sentence) {
        hops.add(new PathComponent(hops.size() + 1, id, type, attachedTo, subnetId, vpcId, null, null, null, null, null, route, List.of(),
                sentence));
    }

    static List<String> addresses(List<AddressRange> ranges) {
        return ranges.stream().map(r -> r.isSingle() ? AddressRange.format(r.first()) : r.toString()).toList();
    }

    /** "tcp to 10.0.1.5 port 443" */
    static String describe(HeaderSpace space) {
        List<PortRange> ports = space.destinationPorts();
        String portText = !space.protocol().hasPorts() || ports.size() == 1 && ports.get(0).coversEveryPort() ? ""
                : " port " + String.join(", ", ports.stream().map(PortRange::toString).toList());
        return space.protocol().displayName() + " to " + String.join(", ", addresses(space.destinations())) + portText;
    }
}
