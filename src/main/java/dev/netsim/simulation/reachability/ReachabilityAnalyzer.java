package dev.netsim.simulation.reachability;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.ComponentType;
import dev.netsim.simulation.network.Direction;
import dev.netsim.simulation.network.IpProtocol;
import dev.netsim.simulation.network.NetworkInterfaceNode;
import dev.netsim.simulation.network.NetworkSnapshot;
import dev.netsim.simulation.network.PortRange;

/**
 * Answers a reachability query over a network snapshot: traces the packets from the source to the
 * destination, then the replies back, and reports both paths or the first hop that blocks. Stateless
 * and thread-safe; one instance serves every analysis.
 */
public final class ReachabilityAnalyzer {

    /** What a path can start at: interfaces (and their instances), or where packets enter a VPC from outside it. */
    private static final java.util.Set<ComponentType> SOURCES = java.util.EnumSet.of(ComponentType.INSTANCE, ComponentType.NETWORK_INTERFACE,
            ComponentType.INTERNET_GATEWAY, ComponentType.VPC_PEERING_CONNECTION, ComponentType.VIRTUAL_PRIVATE_GATEWAY,
            ComponentType.VPC_ENDPOINT, ComponentType.TRANSIT_GATEWAY, ComponentType.TRANSIT_GATEWAY_ATTACHMENT);

    public ReachabilityResult analyze(NetworkSnapshot network, ReachabilityQuery query) {
        ReachabilityResult result = trace(network, query);
        java.util.Map<String, String> accounts = new java.util.TreeMap<>();
        java.util.stream.Stream.of(result.forwardPath().stream().map(PathComponent::vpcId), result.returnPath().stream().map(PathComponent::vpcId),
                        result.explanations().stream().map(Explanation::vpcId)).flatMap(s -> s)
                .filter(java.util.Objects::nonNull).forEach(vpcId -> network.vpc(vpcId).ifPresent(v -> accounts.put(v.id(), v.account())));
        return new ReachabilityResult(result.pathFound(), result.forwardPath(), result.returnPath(), result.explanations(), result.summary(),
                accounts);
    }

    private static ReachabilityResult trace(NetworkSnapshot network, ReachabilityQuery query) {
        Optional<Explanation> unusable = unusableQuery(network, query);
        if (unusable.isPresent()) {
            return blocked(List.of(), List.of(), List.of(unusable.get()), query);
        }
        HeaderSpace unfiltered = initialPackets(network, query);
        if (unfiltered.isEmpty()) {
            return blocked(List.of(), List.of(), List.of(Explanation.of("FILTER_AT_SOURCE_SOURCE_ADDRESS", null, query.source(),
                    query.sourceIp() + " is not an address of " + query.source() + ".")), query);
        }
        FilterNarrowing atSource = FilterNarrowing.apply(unfiltered, query.filterAtSource(), "SOURCE");
        if (atSource.emptiedBy() != null) {
            return blocked(List.of(), List.of(), List.of(Explanation.of(atSource.emptiedBy(), null, query.source(),
                    "The filter at the source leaves no packet to send.")), query);
        }
        HeaderSpace packets = atSource.space();
        PathTracer forward = new PathTracer(network, destinationEnd(network, query, packets), false, new ArrayList<>(), new ArrayList<>());
        boolean there = start(network, forward, query.source(), packets);
        if (!there) {
            boolean noRoute = forward.explanations().get(0).code().equals("NO_ROUTE_TO_DESTINATION");
            Optional<Explanation> apart = noRoute ? disconnected(network, query) : Optional.empty();
            return blocked(forward.hops(), List.of(), apart.map(List::of).orElse(forward.explanations()), query);
        }
        FilterNarrowing atDestination = FilterNarrowing.apply(forward.arrived(), query.filterAtDestination(), "DESTINATION");
        if (atDestination.emptiedBy() != null) {
            return blocked(forward.hops(), List.of(), List.of(destinationFilterEmpties(forward, atDestination, query)), query);
        }
        PathTracer back = new PathTracer(network, end(network, query.source()), true, forward.sessions(), forward.balancerSessions());
        boolean andBack = startReturn(network, forward, back, atDestination.space());
        if (!andBack) {
            return blocked(forward.hops(), back.hops(), back.explanations(), query);
        }
        return new ReachabilityResult(true, forward.hops(), back.hops(), List.of(), query.source() + " reaches " + what(query)
                + ", and the replies come back.", java.util.Map.of());
    }

    /**
     * The filter at the destination leaves no packet. When a load balancer passed the packets on and
     * the filter asks for other destination ports, the load balancer is the reason: it sends only to
     * the target's registered port (AWS's TARGET_PORT_RESTRICTION).
     */
    private static Explanation destinationFilterEmpties(PathTracer forward, FilterNarrowing narrowing, ReachabilityQuery query) {
        List<LoadBalancerSession> balancers = forward.balancerSessions();
        if (narrowing.emptiedBy().equals("FILTER_AT_DESTINATION_DESTINATION_PORT_RANGE") && !balancers.isEmpty()) {
            String ports = String.join(", ", forward.arrived().destinationPorts().stream().map(PortRange::toString).toList());
            return Explanation.of("TARGET_PORT_RESTRICTION", Direction.EGRESS, balancers.get(balancers.size() - 1).loadBalancerArn(),
                    "The load balancer sends only to the target's registered port " + ports + ", not to the ports the filter at the "
                            + "destination asks for.");
        }
        return Explanation.of(narrowing.emptiedBy(), null, query.destination(), "No packet arrives as the filter at the destination asks.");
    }

    /**
     * AWS's FilterInArns and FilterOutArns: a path found counts only when its forward or return
     * components include every one of {@code through} and none of {@code avoiding}. (Netsim traces the
     * one path AWS's routing takes, so there is no other path to look for.)
     */
    public static ReachabilityResult restrict(ReachabilityResult result, List<String> through, List<String> avoiding) {
        if (!result.pathFound()) {
            return result;
        }
        java.util.Set<String> crossed = new java.util.HashSet<>();
        result.forwardPath().forEach(c -> crossed.add(c.componentId()));
        result.returnPath().forEach(c -> crossed.add(c.componentId()));
        List<String> missed = through.stream().filter(id -> !crossed.contains(id)).toList();
        List<String> crossedAvoided = avoiding.stream().filter(crossed::contains).toList();
        if (missed.isEmpty() && crossedAvoided.isEmpty()) {
            return result;
        }
        String offending = !missed.isEmpty() ? missed.get(0) : crossedAvoided.get(0);
        String sentence = !missed.isEmpty() ? "The path does not cross " + String.join(", ", missed) + ", which the analysis requires."
                : "The path crosses " + String.join(", ", crossedAvoided) + ", which the analysis excludes.";
        return new ReachabilityResult(false, result.forwardPath(), result.returnPath(),
                List.of(Explanation.of("COMPONENT_FILTER_RESTRICTION", null, offending, sentence)), sentence, result.vpcAccounts());
    }

    private static ReachabilityResult blocked(List<PathComponent> forward, List<PathComponent> back, List<Explanation> why,
                                              ReachabilityQuery query) {
        String reason = why.isEmpty() ? "." : ": " + why.get(0).sentence();
        return new ReachabilityResult(false, forward, back, why, query.source() + " cannot reach " + what(query) + reason, java.util.Map.of());
    }

    /** "i-0b1c… on tcp port 443" */
    private static String what(ReachabilityQuery query) {
        String to = query.destination() != null ? query.destination() : query.destinationIp();
        String port = query.destinationPort() == null ? " (every port)" : " port " + query.destinationPort();
        return to + " on " + query.protocol().displayName() + port;
    }

    /** Queries no path can answer: components that are not there, kinds Netsim does not trace yet, protocols other than TCP and UDP. */
    private static Optional<Explanation> unusableQuery(NetworkSnapshot network, ReachabilityQuery query) {
        if (!query.protocol().equals(IpProtocol.TCP) && !query.protocol().equals(IpProtocol.UDP)) {
            return Optional.of(Explanation.of("UNSUPPORTED_COMPONENT", null, null, "Reachability is analysed for TCP and UDP only."));
        }
        for (String id : new String[] {query.source(), query.destination()}) {
            if (id == null) {
                continue;
            }
            if (!holds(network, id)) {
                return Optional.of(Explanation.of("NO_SOURCE_OR_DESTINATION", null, id, id + " is not part of the network analysed."));
            }
            Optional<dev.netsim.simulation.network.InstanceNode> gone = network.instance(id).filter(i -> network.interfacesOf(i.id()).isEmpty());
            if (gone.isPresent()) {
                return Optional.of(Explanation.of("BAD_STATE", null, id, id + " is " + gone.get().state()
                        + ": it has no network interface left to send or receive."));
            }
        }
        for (String id : new String[] {query.source(), query.destination()}) {
            if (id != null && network.endpoint(id).filter(e -> !e.isGateway()).isPresent()) {
                return Optional.of(Explanation.of("UNSUPPORTED_COMPONENT", null, id, "Netsim traces paths to and from gateway endpoints; "
                        + id + " is an interface endpoint (name an instance behind it, or its network interface)."));
            }
        }
        ComponentType source = ComponentType.ofId(query.source());
        if (!SOURCES.contains(source)) {
            return Optional.of(Explanation.of("UNSUPPORTED_COMPONENT", null, query.source(), "Netsim does not yet trace paths that start at "
                    + query.source() + "."));
        }
        if (query.destination() == null && query.destinationIp() == null) {
            return Optional.of(Explanation.of("NO_SOURCE_OR_DESTINATION", null, null, "The path names neither a destination nor a destination IP."));
        }
        return Optional.empty();
    }

    /**
     * When no route leads on: two interfaces in VPCs that no active peering connection and no transit
     * gateway joins can only meet through the internet, which Reachability Analyzer does not trace —
     * AWS's DISCONNECTED_VPCS says so better than the missing route.
     */
    private static Optional<Explanation> disconnected(NetworkSnapshot network, ReachabilityQuery query) {
        Optional<NetworkInterfaceNode> from = interfaceOf(network, query.source());
        Optional<NetworkInterfaceNode> to = interfaceOf(network, query.destination());
        if (from.isEmpty() || to.isEmpty() || from.get().vpcId().equals(to.get().vpcId())) {
            return Optional.empty();
        }
        String a = from.get().vpcId();
        String b = to.get().vpcId();
        boolean peered = network.peerings().stream().anyMatch(p -> p.isActive() && b.equals(p.peerOf(a)));
        boolean sharedTransitGateway = network.transitGatewayAttachments().stream().filter(x -> a.equals(x.vpcId()))
                .anyMatch(x -> network.transitGatewayAttachment(x.transitGatewayId(), b).isPresent());
        if (peered || sharedTransitGateway) {
            return Optional.empty();
        }
        return Optional.of(Explanation.of("DISCONNECTED_VPCS", null, query.destination(), a + " and " + b
                + " are not connected: no active peering connection or transit gateway joins them."));
    }

    /** Whether the network holds the component a path names as its source or destination. */
    public static boolean holds(NetworkSnapshot network, String id) {
        ComponentType type = ComponentType.ofId(id);
        if (type == null) {
            return false;
        }
        return switch (type) {
            case INSTANCE -> network.instance(id).isPresent();
            case NETWORK_INTERFACE -> network.networkInterface(id).isPresent();
            case INTERNET_GATEWAY -> network.internetGateway(id).isPresent();
            case VPC_ENDPOINT -> network.endpoint(id).isPresent();
            case VPC_PEERING_CONNECTION -> network.peering(id).isPresent();
            case TRANSIT_GATEWAY_ATTACHMENT -> network.transitGatewayAttachment(id).isPresent();
            case TRANSIT_GATEWAY -> network.transitGateway(id).isPresent();
            case VIRTUAL_PRIVATE_GATEWAY -> network.vpnGateway(id).isPresent();
            default -> false;
        };
    }

    /**
     * The packets the source sends: its address (or the internet), the destination's addresses, the
     * ports asked for. The source filter's port ranges take the place of the defaults (any
     * destination port, an ephemeral source port); its addresses narrow them afterwards.
     */
    private static HeaderSpace initialPackets(NetworkSnapshot network, ReachabilityQuery query) {
        PortRange destinationPorts = query.destinationPort() == null ? PortRange.ALL : PortRange.single(query.destinationPort());
        // a connection's client port is ephemeral unless the source filter says otherwise: so an ACL that lets
        // replies out only to low ports blocks them, as it does on AWS
        PortRange sourcePorts = PortRange.EPHEMERAL;
        ReachabilityQuery.PathFilter filter = query.filterAtSource();
        if (filter != null && filter.destinationPortRange() != null) {
            destinationPorts = filter.destinationPortRange();
        }
        if (filter != null && filter.sourcePortRange() != null) {
            sourcePorts = filter.sourcePortRange();
        }
        List<AddressRange> sources = sourceAddresses(network, query);
        List<AddressRange> destinations = destinationAddresses(network, query);
        List<PacketBox> boxes = new ArrayList<>();
        for (AddressRange source : sources) {
            for (AddressRange destination : destinations) {
                boxes.add(new PacketBox(source, destination, sourcePorts, destinationPorts));
            }
        }
        return new HeaderSpace(query.protocol(), boxes);
    }

    private static List<AddressRange> sourceAddresses(NetworkSnapshot network, ReachabilityQuery query) {
        Optional<NetworkInterfaceNode> eni = interfaceOf(network, query.source());
        if (eni.isEmpty()) {
            return query.sourceIp() != null ? List.of(AddressRange.parse(query.sourceIp())) : entryAddresses(network, query);
        }
        if (query.sourceIp() != null) {
            long address = AddressRange.address(query.sourceIp());
            return eni.get().hasPrivateIp(address) ? List.of(AddressRange.single(address)) : List.of();
        }
        return List.of(AddressRange.single(eni.get().primaryPrivateIp()));
    }

    /** Where packets entering through a peering connection or a gateway endpoint come from by default: the other side; else anywhere. */
    private static List<AddressRange> entryAddresses(NetworkSnapshot network, ReachabilityQuery query) {
        return switch (ComponentType.ofId(query.source())) {
            case VPC_PEERING_CONNECTION -> {
                String destinationVpc = interfaceOf(network, query.destination()).map(NetworkInterfaceNode::vpcId).orElse(null);
                yield network.peering(query.source()).map(p -> destinationVpc == null ? null : p.peerOf(destinationVpc)).flatMap(network::vpc)
                        .map(v -> v.cidrs()).orElse(List.of(AddressRange.ALL));
            }
            case VPC_ENDPOINT -> network.endpoint(query.source()).flatMap(e -> Optional.ofNullable(e.prefixListId())).flatMap(network::prefixList)
                    .map(pl -> pl.cidrs()).filter(c -> !c.isEmpty()).orElse(List.of(AddressRange.ALL));
            default -> List.of(AddressRange.ALL);
        };
    }

    private static List<AddressRange> destinationAddresses(NetworkSnapshot network, ReachabilityQuery query) {
        if (query.destinationIp() != null) {
            return List.of(AddressRange.parse(query.destinationIp()));
        }
        String destination = query.destination();
        Optional<NetworkInterfaceNode> eni = interfaceOf(network, destination);
        if (eni.isPresent()) {
            boolean fromInternet = ComponentType.ofId(query.source()) == ComponentType.INTERNET_GATEWAY;
            if (fromInternet && eni.get().publicIp() == null) {
                // no address of its own on the internet: the internet reaches it through a load balancer that fronts it, if one does
                Optional<Long> frontDoor = LoadBalancerRoute.frontDoor(network, eni.get(), query.protocol(), query.destinationPort());
                if (frontDoor.isPresent()) {
                    return List.of(AddressRange.single(frontDoor.get()));
                }
            }
            long address = fromInternet && eni.get().publicIp() != null ? eni.get().publicIp() : eni.get().primaryPrivateIp();
            return List.of(AddressRange.single(address));
        }
        return switch (ComponentType.ofId(destination)) {
            case VPC_ENDPOINT -> network.endpoint(destination).flatMap(e -> Optional.ofNullable(e.prefixListId()))
                    .flatMap(network::prefixList).map(pl -> pl.cidrs()).filter(c -> !c.isEmpty()).orElse(List.of(AddressRange.ALL));
            case VPC_PEERING_CONNECTION -> peerCidrs(network, query);
            default -> List.of(AddressRange.ALL);
        };
    }

    /** The addresses on the far side of a peering connection from the source. */
    private static List<AddressRange> peerCidrs(NetworkSnapshot network, ReachabilityQuery query) {
        String sourceVpc = interfaceOf(network, query.source()).map(NetworkInterfaceNode::vpcId).orElse(null);
        return network.peering(query.destination()).map(p -> sourceVpc == null ? null : p.peerOf(sourceVpc)).flatMap(network::vpc)
                .map(v -> v.cidrs()).orElse(List.of(AddressRange.ALL));
    }

    private static PathEnd destinationEnd(NetworkSnapshot network, ReachabilityQuery query, HeaderSpace packets) {
        if (query.destination() != null) {
            return end(network, query.destination());
        }
        return PathEnd.address(packets.destinations().get(0).first());
    }

    /** A component as a path's end; routes reach a transit gateway attachment through its gateway. */
    private static PathEnd end(NetworkSnapshot network, String id) {
        return network.transitGatewayAttachment(id).map(a -> PathEnd.component(id, a.transitGatewayId())).orElse(PathEnd.component(id));
    }

    private static Optional<NetworkInterfaceNode> interfaceOf(NetworkSnapshot network, String id) {
        ComponentType type = id == null ? null : ComponentType.ofId(id);
        if (type == ComponentType.INSTANCE) {
            return network.interfacesOf(id).stream().findFirst();
        }
        return type == ComponentType.NETWORK_INTERFACE ? network.networkInterface(id) : Optional.empty();
    }

    private static boolean start(NetworkSnapshot network, PathTracer tracer, String source, HeaderSpace packets) {
        Optional<NetworkInterfaceNode> eni = interfaceOf(network, source);
        if (eni.isPresent()) {
            return tracer.startAtInterface(eni.get(), packets, ComponentType.ofId(source) == ComponentType.INSTANCE);
        }
        if (ComponentType.ofId(source) == ComponentType.INTERNET_GATEWAY) {
            return tracer.startAtInternetGateway(network.internetGateway(source).orElseThrow(), packets);
        }
        return tracer.startAtEntry(source, packets);
    }

    /** The replies start where the forward packets arrived: at the destination interface, or coming back through the exit they left by. */
    private static boolean startReturn(NetworkSnapshot network, PathTracer forward, PathTracer back, HeaderSpace arrived) {
        HeaderSpace replies = arrived.reversed();
        PathComponent last = forward.hops().get(forward.hops().size() - 1);
        return switch (last.componentType()) {
            case INSTANCE, NETWORK_INTERFACE -> {
                boolean atInstance = last.componentType() == ComponentType.INSTANCE;
                String eniId = atInstance ? forward.hops().get(forward.hops().size() - 2).componentId() : last.componentId();
                yield back.startAtInterface(network.networkInterface(eniId).orElseThrow(), replies, atInstance);
            }
            case INTERNET_GATEWAY -> back.startAtInternetGateway(network.internetGateway(last.componentId()).orElseThrow(), replies);
            default -> back.startAtExit(last.componentId(), last.componentType(), last.vpcId(), last.subnetId(), replies);
        };
    }
}
