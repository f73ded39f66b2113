package dev.netsim.elbv2.loadbalancer;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.eni.NetworkInterface;
import dev.netsim.elbv2.ElbWire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CapacityReservationStatus;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeCapacityReservationRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeCapacityReservationResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.MinimumLoadBalancerCapacity;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyCapacityReservationRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyCapacityReservationResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ZonalCapacityReservationState;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAddress;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerState;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyIpPoolsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyIpPoolsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyLoadBalancerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyLoadBalancerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetIpAddressTypeRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetIpAddressTypeResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSecurityGroupsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSecurityGroupsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSubnetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSubnetsResponse;

/** ELBv2 (awsQuery) wire handlers for load balancers and their attributes. */
@Component
class LoadBalancerActions {

    private final LoadBalancerService balancers;

    LoadBalancerActions(LoadBalancerService balancers) {
        this.balancers = balancers;
    }

    @AwsAction(WireService.ELBV2)
    CreateLoadBalancerResponse createLoadBalancer(CreateLoadBalancerRequest r, Scope scope) {
        List<LoadBalancerService.SubnetChoice> mappings = r.subnetMappings().stream()
                .map(m -> new LoadBalancerService.SubnetChoice(m.subnetId(), m.allocationId(), m.privateIPv4Address())).toList();
        LoadBalancer lb = balancers.create(scope, new LoadBalancerService.LoadBalancerRequest(r.name(), r.typeAsString(),
                r.schemeAsString(), r.ipAddressTypeAsString(), r.subnets(), mappings, r.securityGroups(),
                r.ipamPools() == null ? null : r.ipamPools().ipv4IpamPoolId(), ElbWire.tags(r.tags())));
        return CreateLoadBalancerResponse.builder().loadBalancers(toSdk(lb, balancers.networkNodeInterfaces(List.of(lb)))).build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeLoadBalancersResponse describeLoadBalancers(DescribeLoadBalancersRequest r, Scope scope) {
        Page<LoadBalancer> page = balancers.describe(scope, r.loadBalancerArns(), r.names(), r.pageSize(), r.marker());
        Map<String, NetworkInterface> nodes = balancers.networkNodeInterfaces(page.items());
        return DescribeLoadBalancersResponse.builder().loadBalancers(page.items().stream().map(lb -> toSdk(lb, nodes)).toList())
                .nextMarker(page.nextToken()).build();
    }

    @AwsAction(WireService.ELBV2)
    ModifyIpPoolsResponse modifyIpPools(ModifyIpPoolsRequest r, Scope scope) {
        balancers.modifyIpPools(scope, r.loadBalancerArn(), r.ipamPools() == null ? null : r.ipamPools().ipv4IpamPoolId(),
                r.removeIpamPoolsAsStrings());
        return ModifyIpPoolsResponse.builder().build();
    }

    @AwsAction(WireService.ELBV2)
    DeleteLoadBalancerResponse deleteLoadBalancer(DeleteLoadBalancerRequest r, Scope scope) {
        balancers.delete(scope, r.loadBalancerArn());
        return DeleteLoadBalancerResponse.builder().build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeLoadBalancerAttributesResponse describeLoadBalancerAttributes(DescribeLoadBalancerAttributesRequest r, Scope scope) {
        return DescribeLoadBalancerAttributesResponse.builder()
                .attributes(attributes(balancers.get(scope, r.loadBalancerArn()).attributes())).build();
    }

    @AwsAction(WireService.ELBV2)
    ModifyLoadBalancerAttributesResponse modifyLoadBalancerAttributes(ModifyLoadBalancerAttributesRequest r, Scope scope) {
        Map<String, String> changes = ElbWire.changes(r.attributes(), LoadBalancerAttribute::key, LoadBalancerAttribute::value);
        return ModifyLoadBalancerAttributesResponse.builder()
                .attributes(attributes(balancers.modifyAttributes(scope, r.loadBalancerArn(), changes))).build();
    }

    @AwsAction(WireService.ELBV2)
    SetSubnetsResponse setSubnets(SetSubnetsRequest r, Scope scope) {
        List<LoadBalancerService.SubnetChoice> mappings = r.subnetMappings().stream()
                .map(m -> new LoadBalancerService.SubnetChoice(m.subnetId(), m.allocationId(), m.privateIPv4Address())).toList();
        balancers.setSubnets(scope, r.loadBalancerArn(), r.subnets(), mappings);
        LoadBalancer lb = balancers.get(scope, r.loadBalancerArn());
        return SetSubnetsResponse.builder().availabilityZones(zones(lb, balancers.networkNodeInterfaces(List.of(lb))))
                .ipAddressType(lb.getIpAddressType()).build();
    }

    @AwsAction(WireService.ELBV2)
    SetSecurityGroupsResponse setSecurityGroups(SetSecurityGroupsRequest r, Scope scope) {
        return SetSecurityGroupsResponse.builder().securityGroupIds(balancers.setSecurityGroups(scope, r.loadBalancerArn(), r.securityGroups()))
                .build();
    }

    @AwsAction(WireService.ELBV2)
    SetIpAddressTypeResponse setIpAddressType(SetIpAddressTypeRequest r, Scope scope) {
        return SetIpAddressTypeResponse.builder().ipAddressType(balancers.setIpAddressType(scope, r.loadBalancerArn(), r.ipAddressTypeAsString()))
                .build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeCapacityReservationResponse describeCapacityReservation(DescribeCapacityReservationRequest r, Scope scope) {
        return capacity(balancers.get(scope, r.loadBalancerArn()), DescribeCapacityReservationResponse.builder());
    }

    @AwsAction(WireService.ELBV2)
    ModifyCapacityReservationResponse modifyCapacityReservation(ModifyCapacityReservationRequest r, Scope scope) {
        LoadBalancer lb = balancers.reserveCapacity(scope, r.loadBalancerArn(),
                r.minimumLoadBalancerCapacity() == null ? null : r.minimumLoadBalancerCapacity().capacityUnits(),
                Boolean.TRUE.equals(r.resetCapacityReservation()));
        return ModifyCapacityReservationResponse.builder()
                .minimumLoadBalancerCapacity(lb.getMinimumCapacityUnits() == null ? null
                        : MinimumLoadBalancerCapacity.builder().capacityUnits(lb.getMinimumCapacityUnits()).build())
                .capacityReservationState(reservationStates(lb)).build();
    }

    private static DescribeCapacityReservationResponse capacity(LoadBalancer lb, DescribeCapacityReservationResponse.Builder b) {
        return b.minimumLoadBalancerCapacity(lb.getMinimumCapacityUnits() == null ? null
                        : MinimumLoadBalancerCapacity.builder().capacityUnits(lb.getMinimumCapacityUnits()).build())
                .capacityReservationState(reservationStates(lb)).build();
    }

    private static List<ZonalCapacityReservationState> reservationStates(LoadBalancer lb) {
        if (lb.getMinimumCapacityUnits() == null) {
            return List.of();
        }
        return lb.zones().stream().map(z -> ZonalCapacityReservationState.builder().availabilityZone(z.zoneName())
                .state(CapacityReservationStatus.builder().code("provisioned").build())
                .effectiveCapacityUnits((double) lb.getMinimumCapacityUnits() / lb.zones().size()).build()).toList();
    }

    /**
     * A zone with an NLB node's static addresses: its Elastic IP (with the allocation), and an internal
     * node's private address. Other nodes' addresses are not static, so they are not listed.
     */
    private static AvailabilityZone zone(LoadBalancer lb, LoadBalancer.Zone z, Map<String, NetworkInterface> nodes) {
        NetworkInterface node = z.networkInterfaceId() == null ? null : nodes.get(z.networkInterfaceId());
        boolean network = lb.getType().equals("network");
        String privateIp = z.privateIpv4Address() != null ? z.privateIpv4Address()
                : network && lb.getScheme().equals("internal") && node != null ? node.getPrivateIp() : null;
        String elasticIp = z.allocationId() != null && node != null ? node.getPublicIp() : null;
        return AvailabilityZone.builder().zoneName(z.zoneName()).subnetId(z.subnetId())
                .loadBalancerAddresses(z.allocationId() == null && privateIp == null ? List.of()
                        : List.of(LoadBalancerAddress.builder().ipAddress(elasticIp).allocationId(z.allocationId()).privateIPv4Address(privateIp)
                                .build()))
                .build();
    }

    private static List<LoadBalancerAttribute> attributes(Map<String, String> attributes) {
        return ElbWire.attributes(attributes, (k, v) -> LoadBalancerAttribute.builder().key(k).value(v).build());
    }

    private static List<AvailabilityZone> zones(LoadBalancer lb, Map<String, NetworkInterface> nodes) {
        return lb.zones().stream().map(z -> zone(lb, z, nodes)).toList();
    }

    private software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer toSdk(LoadBalancer lb, Map<String, NetworkInterface> nodes) {
        boolean gateway = lb.getType().equals("gateway");
        return software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer.builder()
                .loadBalancerArn(lb.getArn())
                .dnsName(gateway ? null : lb.getDnsName())
                .canonicalHostedZoneId(gateway ? null : lb.getCanonicalHostedZoneId())
                .createdTime(lb.getCreatedAt())
                .loadBalancerName(lb.getName())
                .scheme(lb.getScheme())
                .vpcId(lb.getVpcId())
                .state(LoadBalancerState.builder().code(balancers.state(lb)).build())
                .type(lb.getType())
                .availabilityZones(zones(lb, nodes))
                .securityGroups(lb.securityGroups())
                .ipAddressType(lb.getIpAddressType())
                .build();
    }
}
