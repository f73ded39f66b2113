package dev.netsim.elbv2.loadbalancer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.Ec2Settings;
import dev.netsim.ec2.eni.NetworkInterfaceService;
import dev.netsim.ec2.security.SecurityGroup;
import dev.netsim.ec2.security.SecurityGroupRepository;
import dev.netsim.ec2.subnet.Subnet;
import dev.netsim.ec2.subnet.SubnetLookup;
import dev.netsim.ec2.address.ElasticIpService;
import dev.netsim.ec2.gateway.InternetGatewayService;
import dev.netsim.elbv2.ElbErrors;
import dev.netsim.elbv2.ElbNameLock;
import dev.netsim.elbv2.ElbPages;
import dev.netsim.elbv2.ElbQuotas;
import dev.netsim.elbv2.tag.ElbTagService;

/**
 * Load balancers: creation with AWS's rules for types, schemes, zones and security groups, the
 * {@code provisioning → active} state, attributes, and deletion (refused under deletion protection).
 */
@Service
@Transactional
public class LoadBalancerService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?");
    static final int MAX_LOAD_BALANCERS = ElbQuotas.LOAD_BALANCERS;

    private final LoadBalancerRepository balancers;
    private final SubnetLookup subnets;
    private final SecurityGroupRepository groups;
    private final ObjectProvider<LoadBalancerDependents> dependents;
    private final ElbTagService tags;
    private final IdGenerator ids;
    private final Clock clock;
    private final Ec2Settings settings;
    private final NetworkInterfaceService interfaces;
    private final ElbNameLock names;
    private final InternetGatewayService internetGateways;
    private final ElasticIpService elasticIps;

    public LoadBalancerService(LoadBalancerRepository balancers, SubnetLookup subnets, SecurityGroupRepository groups,
                               NetworkInterfaceService interfaces,
                               ObjectProvider<LoadBalancerDependents> dependents, ElbTagService tags, IdGenerator ids, Clock clock,
                               Ec2Settings settings, ElbNameLock names, InternetGatewayService internetGateways, ElasticIpService elasticIps) {
        this.elasticIps = elasticIps;
        this.names = names;
        this.internetGateways = internetGateways;
        this.balancers = balancers;
        this.subnets = subnets;
        this.groups = groups;
        this.dependents = dependents;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
        this.interfaces = interfaces;
    }

    /** A subnet to place a node in, with the Elastic IP or private address an NLB may be given there. */
    public record SubnetChoice(String subnetId, String allocationId, String privateIpv4Address) {
    }

    public record LoadBalancerRequest(String name, String type, String scheme, String ipAddressType, List<String> subnets,
                                      List<SubnetChoice> subnetMappings, List<String> securityGroups, String ipv4IpamPoolId,
                                      Map<String, String> tags) {
    }

    public LoadBalancer create(Scope scope, LoadBalancerRequest r) {
        String name = r.name();
        if (name == null || name.isEmpty()) {
            throw ElbErrors.missing("name");
        }
        if (!NAME.matcher(name).matches() || name.startsWith("internal-")) {
            throw ElbErrors.validation("Load balancer name '" + name + "' cannot be longer than 32 characters, must contain only "
                    + "alphanumeric characters or hyphens, must not begin or end with a hyphen, and must not begin with 'internal-'");
        }
        String type = r.type() == null ? "application" : r.type();
        if (!Set.of("application", "network", "gateway").contains(type)) {
            throw ElbErrors.invalid("type", type, "Member must satisfy enum value set: [application, network, gateway]");
        }
        String scheme = r.scheme() == null ? "internet-facing" : r.scheme();
        if (!Set.of("internet-facing", "internal").contains(scheme)) {
            throw ElbErrors.invalid("scheme", scheme, "Member must satisfy enum value set: [internet-facing, internal]");
        }
        if (type.equals("gateway") && r.scheme() != null) {
            throw ElbErrors.validation("A scheme cannot be specified for gateway load balancers");
        }
        String ipAddressType = ipAddressType(type, r.ipAddressType() == null ? "ipv4" : r.ipAddressType());
        List<LoadBalancer.Zone> zones = zones(scope, type, scheme, r.subnets(), r.subnetMappings());
        String vpcId = subnets.find(scope, zones.get(0).subnetId()).getVpcId();
        if (scheme.equals("internet-facing") && !type.equals("gateway") && internetGateways.attachedTo(vpcId).isEmpty()) {
            throw new AwsException("InvalidSubnet", "VPC " + vpcId + " has no internet gateway");
        }
        List<String> securityGroups = securityGroups(scope, type, vpcId, r.securityGroups());
        refuseIpamPool(r.ipv4IpamPoolId());
        tags.validate(r.tags());
        names.hold();
        var existing = balancers.findByAccountAndRegionAndName(scope.account(), scope.region(), name);
        if (existing.isPresent()) {
            LoadBalancer lb = existing.get();
            if (lb.getType().equals(type) && lb.getScheme().equals(type.equals("gateway") ? "internal" : scheme)
                    && subnetsOf(lb.zones()).equals(subnetsOf(zones))) {
                return lb; // AWS: the same name and settings is the same load balancer
            }
            throw new AwsException("DuplicateLoadBalancerName", "A load balancer with the same name '" + name + "' exists, but with different settings");
        }
        if (balancers.countByAccountAndRegion(scope.account(), scope.region()) >= MAX_LOAD_BALANCERS) {
            throw new AwsException("TooManyLoadBalancers", "The quota for the number of load balancers has been reached (" + MAX_LOAD_BALANCERS + ")");
        }
        String kind = switch (type) {
            case "application" -> "app";
            case "network" -> "net";
            default -> "gwy";
        };
        String id = ids.hex(16);
        String arn = "arn:aws:elasticloadbalancing:" + scope.region() + ":" + scope.account() + ":loadbalancer/" + kind + "/" + name + "/" + id;
        String effectiveScheme = type.equals("gateway") ? "internal" : scheme;
        String description = interfaceDescription(arn);
        LoadBalancer lb = balancers.save(new LoadBalancer(arn, scope.account(), scope.region(), name, type, effectiveScheme, ipAddressType,
                vpcId, dnsName(scope.region(), type, effectiveScheme, name, id), HostedZones.of(scope.region(), type),
                zones.stream().map(z -> place(scope, type, effectiveScheme, description, securityGroups, z)).toList(),
                securityGroups, LoadBalancerAttributes.defaults(type), clock.instant()));
        tags.tag(arn, r.tags());
        return lb;
    }

    /**
     * A node's network interface in its zone's subnet, as AWS makes them: requested by amazon-elb,
     * described {@code ELB app/name/id}, of type interface (ALB), network_load_balancer or
     * gateway_load_balancer, with the load balancer's groups (none for an NLB or GWLB created without),
     * at the private address an NLB's subnet mapping asks for, and, for an internet-facing load
     * balancer, the mapping's Elastic IP or else an address of Amazon's pool.
     */
    private LoadBalancer.Zone place(Scope scope, String type, String scheme, String description, List<String> groupIds, LoadBalancer.Zone zone) {
        String interfaceType = switch (type) {
            case "application" -> "interface";
            case "network" -> "network_load_balancer";
            default -> "gateway_load_balancer";
        };
        String interfaceId;
        try {
            interfaceId = interfaces.createManaged(scope, zone.subnetId(), zone.privateIpv4Address(), groupIds, false, interfaceType, description,
                    "amazon-elb").getId();
        } catch (AwsException e) {
            if (zone.privateIpv4Address() == null) {
                throw e;
            }
            // EC2's refusal of the address (outside the subnet, reserved, in use) is ELBv2's configuration error
            throw ElbErrors.configuration("The private IPv4 address " + zone.privateIpv4Address() + " cannot be used in " + zone.subnetId()
                    + ": " + e.getMessage());
        }
        if (zone.allocationId() != null) {
            useElasticIp(scope, zone.allocationId(), interfaceId);
        } else if (scheme.equals("internet-facing")) {
            interfaces.setPublicIp(interfaceId, true);
        }
        return zone.withInterface(interfaceId);
    }

    /** An NLB node's Elastic IP: one of the caller's, not in use. */
    private void useElasticIp(Scope scope, String allocationId, String interfaceId) {
        if (!elasticIps.exists(scope, allocationId)) {
            throw new AwsException("AllocationIdNotFound", "The allocation ID '" + allocationId + "' was not found");
        }
        try {
            elasticIps.associate(scope, allocationId, null, interfaceId, null, false);
        } catch (AwsException e) {
            throw ElbErrors.configuration("Elastic IP " + allocationId + " cannot be used: " + e.getMessage());
        }
    }

    /** A node's interface leaves with its zone: its Elastic IP stays allocated to the caller. */
    private void removeNode(Scope scope, String interfaceId) {
        elasticIps.releaseFromInterface(scope, interfaceId);
        interfaces.deleteWithInstance(interfaceId);
    }

    /**
     * The NLB nodes' interfaces by id, for the static addresses DescribeLoadBalancers shows (ALB and
     * GWLB nodes show none): one query for a whole page of load balancers.
     */
    @Transactional(readOnly = true)
    public Map<String, dev.netsim.ec2.eni.NetworkInterface> networkNodeInterfaces(List<LoadBalancer> lbs) {
        List<String> ids = lbs.stream().filter(lb -> lb.getType().equals("network")).flatMap(lb -> lb.zones().stream())
                .map(LoadBalancer.Zone::networkInterfaceId).filter(java.util.Objects::nonNull).toList();
        return ids.isEmpty() ? Map.of() : interfaces.byIds(ids);
    }

    private static List<String> subnetsOf(List<LoadBalancer.Zone> zones) {
        return zones.stream().map(LoadBalancer.Zone::subnetId).toList();
    }

    /** The description of a load balancer's interfaces, from its ARN: {@code ELB app/web/0123456789abcdef}. */
    private static String interfaceDescription(String loadBalancerArn) {
        return "ELB " + loadBalancerArn.substring(loadBalancerArn.indexOf(":loadbalancer/") + ":loadbalancer/".length());
    }

    /** AWS's forms: ALB {@code name-1234567890.region.elb.amazonaws.com}, NLB {@code name-<hex>.elb.region.amazonaws.com}. */
    private static String dnsName(String region, String type, String scheme, String name, String id) {
        String prefix = scheme.equals("internal") ? "internal-" + name : name;
        if (type.equals("application")) {
            long number = Long.parseUnsignedLong(id.substring(0, 12), 16) % 9_000_000_000L + 1_000_000_000L;
            return prefix + "-" + number + "." + region + ".elb.amazonaws.com";
        }
        return prefix + "-" + id + ".elb." + region + ".amazonaws.com";
    }

    private static String ipAddressType(String type, String ipAddressType) {
        if (!Set.of("ipv4", "dualstack", "dualstack-without-public-ipv4").contains(ipAddressType)) {
            throw ElbErrors.invalid("ipAddressType", ipAddressType, "Member must satisfy enum value set: [ipv4, dualstack, dualstack-without-public-ipv4]");
        }
        if (ipAddressType.equals("dualstack-without-public-ipv4") && !type.equals("application")) {
            throw ElbErrors.validation("The IP address type 'dualstack-without-public-ipv4' is available to application load balancers only");
        }
        return ipAddressType;
    }

    private List<LoadBalancer.Zone> zones(Scope scope, String type, String scheme, List<String> subnetIds, List<SubnetChoice> mappings) {
        boolean bySubnets = subnetIds != null && !subnetIds.isEmpty();
        boolean byMappings = mappings != null && !mappings.isEmpty();
        if (bySubnets == byMappings) {
            throw ElbErrors.validation(bySubnets ? "You can specify subnets or subnet mappings, not both"
                    : "At least one subnet or subnet mapping must be specified");
        }
        List<SubnetChoice> choices = bySubnets ? subnetIds.stream().map(s -> new SubnetChoice(s, null, null)).toList() : mappings;
        if (!type.equals("network") && choices.stream().anyMatch(c -> c.allocationId() != null || c.privateIpv4Address() != null)) {
            throw ElbErrors.validation("Elastic IP addresses and private IPv4 addresses can be set for network load balancers only");
        }
        if (scheme.equals("internal") && choices.stream().anyMatch(c -> c.allocationId() != null)) {
            throw ElbErrors.configuration("Elastic IP addresses can be used with internet-facing load balancers only");
        }
        List<LoadBalancer.Zone> zones = new ArrayList<>();
        Set<String> seenZones = new HashSet<>();
        String vpcId = null;
        for (SubnetChoice choice : choices) {
            Subnet subnet;
            try {
                subnet = subnets.find(scope, choice.subnetId());
            } catch (AwsException e) { // EC2's InvalidSubnetID.NotFound is ELBv2's SubnetNotFound
                throw new AwsException("SubnetNotFound", "The subnet ID '" + choice.subnetId() + "' is not valid");
            }
            if (vpcId != null && !vpcId.equals(subnet.getVpcId())) {
                throw ElbErrors.configuration("All subnets must belong to the same VPC");
            }
            vpcId = subnet.getVpcId();
            if (!seenZones.add(subnet.getAvailabilityZone())) {
                throw ElbErrors.configuration("A load balancer cannot be attached to multiple subnets in the same Availability Zone");
            }
            zones.add(new LoadBalancer.Zone(subnet.getAvailabilityZone(), subnet.getId(), choice.allocationId(), choice.privateIpv4Address(), null));
        }
        if (type.equals("application") && zones.size() < 2) {
            throw ElbErrors.configuration("At least two subnets in two different Availability Zones must be specified");
        }
        zones.sort(java.util.Comparator.comparing(LoadBalancer.Zone::zoneName));
        return zones;
    }

    private List<String> securityGroups(Scope scope, String type, String vpcId, List<String> requested) {
        boolean given = requested != null && !requested.isEmpty();
        if (type.equals("gateway") && given) {
            throw ElbErrors.validation("Security groups cannot be specified for gateway load balancers");
        }
        if (!given) {
            // AWS gives an ALB the VPC's default group; NLBs and GWLBs have none unless asked
            return type.equals("application")
                    ? groups.findByVpcIdAndGroupName(vpcId, "default").map(g -> List.of(g.getId())).orElse(List.of()) : List.of();
        }
        for (String id : requested) {
            SecurityGroup group = groups.findByIdAndAccountAndRegion(id, scope.account(), scope.region())
                    .orElseThrow(() -> new AwsException("InvalidSecurityGroup", "The security group '" + id + "' does not exist"));
            if (!group.getVpcId().equals(vpcId)) {
                throw new AwsException("InvalidSecurityGroup", "The security group '" + id + "' is not in the load balancer's VPC " + vpcId);
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(requested));
    }

    /** {@code provisioning} for the configured transition delay after creation, then {@code active}. */
    @Transactional(readOnly = true) // reads nothing, but a read-write transaction would count as a write and void cached models
    public String state(LoadBalancer lb) {
        return clock.instant().isBefore(lb.getCreatedAt().plus(settings.stateTransitionDelay())) ? "provisioning" : "active";
    }

    @Transactional(readOnly = true)
    public Page<LoadBalancer> describe(Scope scope, List<String> arns, List<String> names, Integer pageSize, String marker) {
        if (!arns.isEmpty() && !names.isEmpty()) {
            throw ElbErrors.validation("Load balancer ARNs and names cannot be specified at the same time");
        }
        List<LoadBalancer> all = balancers.findByAccountAndRegionOrderByArn(scope.account(), scope.region());
        List<LoadBalancer> selected = all;
        if (!arns.isEmpty()) {
            selected = all.stream().filter(b -> arns.contains(b.getArn())).toList();
        } else if (!names.isEmpty()) {
            selected = all.stream().filter(b -> names.contains(b.getName())).toList();
        }
        if (selected.size() != Set.copyOf(arns.isEmpty() ? names : arns).size() && !(arns.isEmpty() && names.isEmpty())) {
            throw notFound();
        }
        return ElbPages.page(selected, LoadBalancer::getArn, pageSize, marker);
    }

    /**
     * ModifyIpPools. Netsim has no VPC IP Address Manager, so no IPAM pool exists to take node
     * addresses from: naming one is refused, and removing the IPv4 pool leaves the load balancer
     * as it is (its addresses come from its subnets).
     */
    @Transactional(readOnly = true)
    public void modifyIpPools(Scope scope, String arn, String ipv4IpamPoolId, List<String> removed) {
        get(scope, arn);
        refuseIpamPool(ipv4IpamPoolId);
        removed.stream().filter(r -> !"ipv4".equals(r)).findFirst().ifPresent(r -> {
            throw ElbErrors.invalid("removeIpamPools", r, "Member must satisfy enum value set: [ipv4]");
        });
    }

    private static void refuseIpamPool(String ipv4IpamPoolId) {
        if (ipv4IpamPoolId != null) {
            throw ElbErrors.configuration("IPAM pool '" + ipv4IpamPoolId + "' not found: Netsim has no VPC IP Address Manager, "
                    + "so load balancer nodes take their addresses from their subnets");
        }
    }

    /** Every load balancer of the scope, in ARN order. */
    /** The load balancer of an account with this DNS name (any region), for Route 53 aliases. */
    @Transactional(readOnly = true)
    public java.util.Optional<LoadBalancer> byDnsName(String account, String dnsName) {
        return balancers.findByAccountAndDnsNameIgnoreCase(account, dnsName);
    }

    /** The addresses of a load balancer's nodes that its DNS name answers: public ones when internet-facing, else private. */
    @Transactional(readOnly = true)
    public List<String> nodeAddresses(LoadBalancer lb) {
        List<String> ids = lb.zones().stream().map(LoadBalancer.Zone::networkInterfaceId).filter(java.util.Objects::nonNull).toList();
        Map<String, dev.netsim.ec2.eni.NetworkInterface> nodes = ids.isEmpty() ? Map.of() : interfaces.byIds(ids);
        boolean internetFacing = lb.getScheme().equals("internet-facing");
        return ids.stream().map(nodes::get).filter(java.util.Objects::nonNull)
                .map(eni -> internetFacing && eni.getPublicIp() != null ? eni.getPublicIp() : eni.getPrivateIp()).toList();
    }

    @Transactional(readOnly = true)
    public List<LoadBalancer> inScope(Scope scope) {
        return balancers.findByAccountAndRegionOrderByArn(scope.account(), scope.region());
    }

    @Transactional(readOnly = true)
    public LoadBalancer get(Scope scope, String arn) {
        ElbErrors.requireArn(arn, "loadbalancer", "loadBalancerArn");
        return balancers.findByArnAndAccountAndRegion(arn, scope.account(), scope.region()).orElseThrow(LoadBalancerService::notFound);
    }

    /** By name, as the simulation API's paths name load balancers (names are unique in a scope). */
    /** The simulation API's way of naming one: by name, or by ARN. */
    @Transactional(readOnly = true)
    public LoadBalancer byNameOrArn(Scope scope, String nameOrArn) {
        return nameOrArn.startsWith("arn:") ? get(scope, nameOrArn) : byName(scope, nameOrArn);
    }

    @Transactional(readOnly = true)
    public LoadBalancer byName(Scope scope, String name) {
        return balancers.findByAccountAndRegionAndName(scope.account(), scope.region(), name).orElseThrow(LoadBalancerService::notFound);
    }

    /** DeleteLoadBalancer succeeds for a load balancer that does not exist, as on AWS. */
    public void delete(Scope scope, String arn) {
        ElbErrors.requireArn(arn, "loadbalancer", "loadBalancerArn");
        balancers.findByArnAndAccountAndRegion(arn, scope.account(), scope.region()).ifPresent(lb -> {
            if ("true".equals(lb.attributes().get("deletion_protection.enabled"))) {
                throw new AwsException("OperationNotPermitted", "Load balancer '" + arn + "' cannot be deleted because deletion protection is enabled");
            }
            dependents.stream().forEach(d -> d.deleteAllOf(arn)); // a provider: the listeners' service needs this one
            lb.zones().stream().filter(z -> z.networkInterfaceId() != null).forEach(z -> removeNode(scope, z.networkInterfaceId()));
            tags.forget(arn);
            balancers.delete(lb);
        });
    }

    public Map<String, String> modifyAttributes(Scope scope, String arn, Map<String, String> changes) {
        LoadBalancer lb = get(scope, arn);
        lb.setAttributes(LoadBalancerAttributes.modified(lb.getType(), lb.attributes(), changes));
        return lb.attributes();
    }

    /** SetSubnets: the zones change as a whole, by the rules CreateLoadBalancer applies; the VPC stays. */
    public List<LoadBalancer.Zone> setSubnets(Scope scope, String arn, List<String> subnetIds, List<SubnetChoice> mappings) {
        LoadBalancer lb = get(scope, arn);
        if (lb.getType().equals("gateway")) {
            throw ElbErrors.configuration("The subnets of a gateway load balancer cannot be changed");
        }
        List<LoadBalancer.Zone> zones = zones(scope, lb.getType(), lb.getScheme(), subnetIds, mappings);
        if (!subnets.find(scope, zones.get(0).subnetId()).getVpcId().equals(lb.getVpcId())) {
            throw ElbErrors.configuration("The subnets must be in the load balancer's VPC " + lb.getVpcId());
        }
        java.util.Map<String, String> kept = new java.util.HashMap<>();
        for (LoadBalancer.Zone old : lb.zones()) {
            if (subnetsOf(zones).contains(old.subnetId())) {
                kept.put(old.subnetId(), old.networkInterfaceId());
            } else if (old.networkInterfaceId() != null) {
                removeNode(scope, old.networkInterfaceId());
            }
        }
        List<LoadBalancer.Zone> placed = zones.stream().map(z -> kept.containsKey(z.subnetId()) ? z.withInterface(kept.get(z.subnetId()))
                : place(scope, lb.getType(), lb.getScheme(), interfaceDescription(lb.getArn()), lb.securityGroups(), z)).toList();
        lb.setZones(placed);
        return placed;
    }

    /** SetSecurityGroups: for ALBs, and for NLBs created with security groups (AWS cannot add them later). */
    public List<String> setSecurityGroups(Scope scope, String arn, List<String> groupIds) {
        LoadBalancer lb = get(scope, arn);
        if (lb.getType().equals("gateway")) {
            throw ElbErrors.validation("Security groups cannot be set on gateway load balancers");
        }
        if (lb.getType().equals("network") && lb.securityGroups().isEmpty()) {
            throw ElbErrors.configuration("A network load balancer created without security groups cannot have them added");
        }
        if (lb.getType().equals("network") && groupIds.isEmpty()) {
            throw ElbErrors.configuration("A network load balancer created with security groups must keep at least one");
        }
        if (groupIds.isEmpty()) {
            throw ElbErrors.missing("securityGroups");
        }
        List<String> groupsSet = securityGroups(scope, lb.getType(), lb.getVpcId(), groupIds);
        lb.setSecurityGroups(groupsSet);
        lb.zones().stream().filter(z -> z.networkInterfaceId() != null)
                .forEach(z -> interfaces.setManagedGroups(scope, z.networkInterfaceId(), groupsSet));
        return groupsSet;
    }

    public String setIpAddressType(Scope scope, String arn, String ipAddressType) {
        LoadBalancer lb = get(scope, arn);
        if (ipAddressType == null) {
            throw ElbErrors.missing("ipAddressType");
        }
        lb.setIpAddressType(ipAddressType(lb.getType(), ipAddressType));
        return lb.getIpAddressType();
    }

    /**
     * ModifyCapacityReservation: a minimum of load balancer capacity units for an ALB or NLB, or
     * none again with {@code reset}. Netsim has no capacity to run out of, so a reservation is
     * provisioned at once.
     */
    public LoadBalancer reserveCapacity(Scope scope, String arn, Integer units, boolean reset) {
        LoadBalancer lb = get(scope, arn);
        if (lb.getType().equals("gateway")) {
            throw ElbErrors.validation("Capacity reservations are available to application and network load balancers only");
        }
        if (reset == (units != null)) {
            throw ElbErrors.validation("Specify either a minimum load balancer capacity or a reset of the capacity reservation");
        }
        lb.setMinimumCapacityUnits(reset ? null : ElbErrors.inRange(units, units, 1, 1500, "capacityUnits"));
        return lb;
    }

    /** Security groups some load balancer uses (they cannot be deleted while it does). */
    @Transactional(readOnly = true)
    public List<String> usingGroup(String groupId) {
        return balancers.usingSecurityGroup(groupId);
    }

    static AwsException notFound() {
        return new AwsException("LoadBalancerNotFound", "One or more load balancers not found");
    }
}
