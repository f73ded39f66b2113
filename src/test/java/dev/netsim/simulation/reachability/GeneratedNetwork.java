package dev.netsim.simulation.reachability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.netsim.simulation.network.Direction;
import dev.netsim.simulation.network.RuleAction;

/**
 * A random VPC of a given size, the same for the same seed: subnets behind an internet gateway or a
 * NAT gateway, security groups with rules on common ports from CIDRs or other groups, custom network
 * ACLs on some subnets, instances with one to three groups. For property tests and benchmarks.
 */
final class GeneratedNetwork {

    record Size(int subnets, int instances, int groups, int rulesPerGroup) {
        static final Size SMALL = new Size(4, 8, 4, 3);
        /** The benchmark network: 1,000 instances, 50 subnets, 200 groups, 2,000 rules. */
        static final Size LARGE = new Size(50, 1000, 200, 10);
    }

    static final String[] PROTOCOLS = {"tcp", "tcp", "tcp", "udp", "-1"};
    static final int[][] PORTS = {{22, 22}, {80, 80}, {443, 443}, {5432, 5432}, {8080, 8090}, {1024, 65535}, {0, 65535}};

    final TestNetwork network = new TestNetwork();
    final List<String> instances = new ArrayList<>();
    final List<String> groups = new ArrayList<>();
    final List<String> acls = new ArrayList<>();
    final List<String> subnets = new ArrayList<>();
    private final Random random;

    private GeneratedNetwork(long seed) {
        this.random = new Random(seed);
    }

    static GeneratedNetwork generate(long seed, Size size) {
        GeneratedNetwork g = new GeneratedNetwork(seed);
        g.build(size);
        return g;
    }

    private void build(Size size) {
        network.vpc("vpc-g", "10.0.0.0/16").internetGateway("igw-g", "vpc-g");
        network.subnet("subnet-nat", "vpc-g", "10.0.255.0/24", "us-east-1a")
                .routeTable("rtb-public", "vpc-g", "subnet-nat").route("rtb-public", "0.0.0.0/0", "igw-g")
                .natGateway("nat-g", "subnet-nat", "10.0.255.10", "52.0.0.10")
                .route("rtb-vpc-g", "0.0.0.0/0", "nat-g");
        for (int s = 0; s < size.subnets(); s++) {
            String subnet = "subnet-" + s;
            network.subnet(subnet, "vpc-g", "10.0." + s + ".0/24", s % 2 == 0 ? "us-east-1a" : "us-east-1b");
            subnets.add(subnet);
            if (random.nextInt(3) == 0) {
                network.route("rtb-public", "10.0." + s + ".0/24", "local");
            }
        }
        // a third of the subnets are public: associated with the table that routes to the internet gateway
        List<String> publicSubnets = subnets.stream().filter(s -> random.nextInt(3) == 0).toList();
        network.routeTable("rtb-web", "vpc-g", publicSubnets.toArray(String[]::new)).route("rtb-web", "0.0.0.0/0", "igw-g");
        for (int g = 0; g < size.groups(); g++) {
            String group = "sg-" + g;
            network.securityGroup(group, "vpc-g");
            groups.add(group);
        }
        for (String group : groups) {
            for (int r = 0; r < size.rulesPerGroup(); r++) {
                addRandomRule(group, random.nextInt(5) == 0 ? Direction.EGRESS : Direction.INGRESS);
            }
        }
        for (int a = 0; a < Math.max(1, size.subnets() / 4); a++) {
            String acl = "acl-" + a;
            network.networkAcl(acl, "vpc-g", subnets.get(random.nextInt(subnets.size())));
            acls.add(acl);
            network.aclEntry(acl, 100, Direction.INGRESS, "-1", null, null, "0.0.0.0/0", RuleAction.ALLOW);
            network.aclEntry(acl, 100, Direction.EGRESS, "-1", null, null, "0.0.0.0/0", RuleAction.ALLOW);
            for (int e = 0; e < 3; e++) {
                addRandomAclEntry(acl, 10 + 10 * e, random.nextBoolean() ? RuleAction.ALLOW : RuleAction.DENY);
            }
        }
        for (int i = 0; i < size.instances(); i++) {
            String subnet = subnets.get(random.nextInt(subnets.size()));
            int s = Integer.parseInt(subnet.substring("subnet-".length()));
            String publicIp = publicSubnets.contains(subnet) && random.nextBoolean() ? "54.0." + (i / 250) + "." + (i % 250 + 1) : null;
            String[] instanceGroups = new String[1 + random.nextInt(3)];
            for (int k = 0; k < instanceGroups.length; k++) {
                instanceGroups[k] = groups.get(random.nextInt(groups.size()));
            }
            String id = "i-" + i;
            network.instance(id, random.nextInt(20) == 0 ? "stopped" : "running", subnet, "10.0." + s + "." + (4 + i / size.subnets()),
                    publicIp, true, java.util.Arrays.stream(instanceGroups).distinct().toArray(String[]::new));
            instances.add(id);
        }
    }

    void addRandomRule(String group, Direction direction) {
        int[] ports = PORTS[random.nextInt(PORTS.length)];
        String peer = switch (random.nextInt(4)) {
            case 0 -> "0.0.0.0/0";
            case 1 -> "10.0.0.0/16";
            case 2 -> "10.0." + random.nextInt(Math.max(1, subnets.size())) + ".0/24";
            default -> groups.get(random.nextInt(groups.size()));
        };
        String protocol = PROTOCOLS[random.nextInt(PROTOCOLS.length)];
        Integer from = protocol.equals("-1") ? null : ports[0];
        Integer to = protocol.equals("-1") ? null : ports[1];
        if (direction == Direction.INGRESS) {
            network.ingress(group, protocol, from, to, peer);
        } else {
            network.egress(group, protocol, from, to, peer);
        }
    }

    void addRandomAclEntry(String acl, int number, RuleAction action) {
        int[] ports = PORTS[random.nextInt(PORTS.length)];
        String cidr = random.nextBoolean() ? "0.0.0.0/0" : "10.0." + random.nextInt(Math.max(1, subnets.size())) + ".0/24";
        String protocol = PROTOCOLS[random.nextInt(PROTOCOLS.length)];
        network.aclEntry(acl, number, random.nextBoolean() ? Direction.INGRESS : Direction.EGRESS, protocol,
                protocol.equals("-1") ? null : ports[0], protocol.equals("-1") ? null : ports[1], cidr, action);
    }

    /** A random question on this network: an instance or the internet to an instance, on a common port. */
    ReachabilityQuery randomQuery() {
        String source = random.nextInt(4) == 0 ? "igw-g" : instances.get(random.nextInt(instances.size()));
        String destination = instances.get(random.nextInt(instances.size()));
        int[] ports = PORTS[random.nextInt(PORTS.length - 2)];
        return ReachabilityQuery.between(source, destination, random.nextInt(4) == 0 ? dev.netsim.simulation.network.IpProtocol.UDP
                : dev.netsim.simulation.network.IpProtocol.TCP, ports[0]);
    }

    Random random() {
        return random;
    }
}
