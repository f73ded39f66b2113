package dev.netsim.simulation.reachability;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.Direction;
import dev.netsim.simulation.network.IpProtocol;
import dev.netsim.simulation.network.LoadBalancerNode;
import dev.netsim.simulation.network.NetworkInterfaceNode;
import dev.netsim.simulation.network.NetworkSnapshot;
import dev.netsim.simulation.network.PortRange;

/**
 * How a load balancer node passes packets on, as Reachability Analyzer sees it: the listener that
 * takes them (by port and protocol), a target group it forwards to that holds the path's
 * destination, and whether the node may send to that target's zone. Either a {@link Choice} or the
 * explanation AWS gives for stopping there.
 */
final class LoadBalancerRoute {

    private LoadBalancerRoute() {
    }

    /** The listener, group and target the packets go to, and the target's address. */
    record Choice(LoadBalancerNode.Listener listener, LoadBalancerNode.TargetGroup group, LoadBalancerNode.Target target, long targetAddress) {
    }

    /** Either a choice or why there is none. */
    record Outcome(Choice choice, Explanation blocked) {
    }

    static Outcome choose(NetworkSnapshot network, LoadBalancerNode lb, NetworkInterfaceNode node, HeaderSpace space, PathEnd end) {
        Optional<LoadBalancerNode.Listener> listener = lb.listeners().stream().sorted(Comparator.comparingInt(LoadBalancerNode.Listener::port))
                .filter(l -> l.accepts(space.protocol()) && space.destinationPorts().stream().anyMatch(r -> r.from() <= l.port() && l.port() <= r.to())).findFirst();
        if (listener.isEmpty()) {
            return blocked("ELBV2_LISTENERS_MISMATCH", lb.arn(), lb.name() + " has no listener for " + PathTracer.describe(space)
                    + " (its listeners: " + listeners(lb) + ").");
        }
        LoadBalancerNode.Listener l = listener.get();
        if (l.targetGroups().isEmpty()) {
            return blocked("ELBV2_LISTENER_HAS_NO_TG", l.arn(), "Listener " + l.protocol() + ":" + l.port() + " of " + lb.name()
                    + " forwards to no target group (its actions redirect or answer themselves).");
        }
        for (LoadBalancerNode.TargetGroup group : l.targetGroups()) {
            for (LoadBalancerNode.Target target : group.targets()) {
                Optional<Long> address = addressOf(network, target);
                if (address.isEmpty() || !isEnd(network, lb, address.get(), end)) {
                    continue;
                }
                String zone = zoneOf(network, lb, target, address.get());
                boolean zoneEnabled = "all".equals(zone) || lb.zones().stream().anyMatch(z -> z.availabilityZone().equals(zone));
                if (!zoneEnabled) {
                    return blocked("ELB_INSTALLED_AZ_RESTRICTION", group.arn(), lb.name() + " sends only to targets in its zones ("
                            + String.join(", ", lb.zones().stream().map(LoadBalancerNode.Zone::availabilityZone).toList()) + "); " + target.id()
                            + " is in " + zone + ".");
                }
                boolean crossZone = group.crossZone() != null ? group.crossZone() : lb.crossZone();
                if (!crossZone && !"all".equals(zone) && !zone.equals(node.availabilityZone())) {
                    return blocked("ELB_NOT_CROSSZONE", group.arn(), "The node of " + lb.name() + " in " + node.availabilityZone()
                            + " does not send to " + target.id() + " in " + zone + ": cross-zone load balancing is off.");
                }
                return new Outcome(new Choice(l, group, target, address.get()), null);
            }
        }
        return blocked("NO_PATH", l.arn(), "Listener " + l.protocol() + ":" + l.port() + " of " + lb.name() + " forwards to "
                + String.join(", ", l.targetGroups().stream().map(LoadBalancerNode.TargetGroup::name).toList())
                + ", where the path's destination is not a registered target.");
    }

    /**
     * The public address by which the internet reaches {@code destination} (an interface with no
     * public address of its own) through an internet-facing load balancer that forwards to it on the
     * port asked for (any port when null): the address of its node in the destination's zone, or of
     * its first node. Empty when no load balancer fronts it.
     */
    static Optional<Long> frontDoor(NetworkSnapshot network, NetworkInterfaceNode destination, IpProtocol protocol, Integer port) {
        for (LoadBalancerNode lb : network.loadBalancers()) {
            if (!lb.internetFacing() || lb.type().equals("gateway") || !lb.vpcId().equals(destination.vpcId())) {
                continue;
            }
            boolean fronts = lb.listeners().stream().filter(l -> l.accepts(protocol) && (port == null || l.port() == port))
                    .flatMap(l -> l.targetGroups().stream()).flatMap(g -> g.targets().stream())
                    .anyMatch(t -> addressOf(network, t).filter(destination::hasPrivateIp).isPresent());
            if (!fronts) {
                continue;
            }
            Optional<Long> address = lb.zones().stream()
                    .sorted(Comparator.comparing((LoadBalancerNode.Zone z) -> !z.availabilityZone().equals(destination.availabilityZone())))
                    .map(z -> network.networkInterface(z.networkInterfaceId()).map(NetworkInterfaceNode::publicIp).orElse(null))
                    .filter(java.util.Objects::nonNull).findFirst();
            if (address.isPresent()) {
                return address;
            }
        }
        return Optional.empty();
    }

    /** An instance target's address is its primary interface's; an IP target's is itself. */
    static Optional<Long> addressOf(NetworkSnapshot network, LoadBalancerNode.Target target) {
        if (target.isInstance()) {
            return network.interfacesOf(target.id()).stream().findFirst().map(NetworkInterfaceNode::primaryPrivateIp);
        }
        return target.id().indexOf(':') < 0 ? Optional.of(AddressRange.address(target.id())) : Optional.empty(); // a Lambda or ALB target has no address
    }

    /** Whether the target is the path's destination: the interface holding its address is the end, or its address is. */
    private static boolean isEnd(NetworkSnapshot network, LoadBalancerNode lb, long address, PathEnd end) {
        return network.interfaceWithPrivateIp(lb.vpcId(), address).map(end::isInterface)
                .orElse(end.componentId() == null && end.address() == address);
    }

    /** An IP target's zone is the one it was registered in; an instance's is its interface's ({@code all} outside the VPC). */
    private static String zoneOf(NetworkSnapshot network, LoadBalancerNode lb, LoadBalancerNode.Target target, long address) {
        if (!target.isInstance() && target.availabilityZone() != null) {
            return target.availabilityZone();
        }
        return network.interfaceWithPrivateIp(lb.vpcId(), address).map(NetworkInterfaceNode::availabilityZone).orElse("all");
    }

    private static String listeners(LoadBalancerNode lb) {
        return lb.listeners().isEmpty() ? "none"
                : String.join(", ", lb.listeners().stream().map(x -> x.protocol() + ":" + x.port()).toList());
    }

    /** The ports of a listener's packets: only its port. */
    static HeaderSpace toListener(HeaderSpace space, int port) {
        return space.intersect(PacketBox.ANY.withDestinationPorts(PortRange.single(port)));
    }

    private static Outcome blocked(String code, String componentId, String sentence) {
        return new Outcome(null, Explanation.of(code, Direction.INGRESS, componentId, sentence));
    }
}
