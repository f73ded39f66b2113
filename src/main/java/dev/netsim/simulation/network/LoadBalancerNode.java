package dev.netsim.simulation.network;

import java.util.List;

/**
 * An Elastic Load Balancing v2 load balancer as a path crosses it: its kind ({@code application},
 * {@code network}, {@code gateway}), scheme, nodes (one per enabled zone, each with its network
 * interface), security groups (none for an NLB created without), whether cross-zone load balancing
 * is on, and its listeners with the target groups they forward to.
 */
public record LoadBalancerNode(String arn, String name, String type, String scheme, String vpcId, List<Zone> zones, List<String> groupIds,
                               boolean crossZone, List<Listener> listeners) {

    public LoadBalancerNode {
        zones = List.copyOf(zones);
        groupIds = List.copyOf(groupIds);
        listeners = List.copyOf(listeners);
    }

    public boolean internetFacing() {
        return scheme.equals("internet-facing");
    }

    /** A node: its zone, subnet and network interface. */
    public record Zone(String availabilityZone, String subnetId, String networkInterfaceId) {
    }

    /**
     * A listener: its port and protocol, and the target groups its rules and default actions forward
     * to, in the order the listener evaluates them (rules by priority, then the default).
     */
    public record Listener(String arn, int port, String protocol, List<TargetGroup> targetGroups) {

        public Listener {
            targetGroups = List.copyOf(targetGroups);
        }

        /** ALB and TCP/TLS listeners take TCP; UDP listeners UDP; TCP_UDP both. */
        public boolean accepts(IpProtocol ipProtocol) {
            return switch (protocol) {
                case "UDP" -> ipProtocol.equals(IpProtocol.UDP);
                case "TCP_UDP" -> ipProtocol.equals(IpProtocol.UDP) || ipProtocol.equals(IpProtocol.TCP);
                default -> ipProtocol.equals(IpProtocol.TCP);
            };
        }
    }

    /**
     * A target group: whether its targets see the client's address (NLB client IP preservation),
     * whether it overrides the load balancer's cross-zone setting (null: it does not), and its targets.
     */
    public record TargetGroup(String arn, String name, boolean preservesClientIp, Boolean crossZone, List<Target> targets) {

        public TargetGroup {
            targets = List.copyOf(targets);
        }
    }

    /**
     * A registered target: an instance id or an IP address, its port, and the zone it was registered
     * in ({@code all} for an IP outside the VPC; null for an instance, whose zone is its subnet's).
     */
    public record Target(String id, int port, String availabilityZone) {

        public boolean isInstance() {
            return id.startsWith("i-");
        }
    }
}
