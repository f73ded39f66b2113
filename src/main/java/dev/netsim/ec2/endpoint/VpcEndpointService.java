package dev.netsim.ec2.endpoint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.ResourceLifecycle;
import dev.netsim.ec2.Unsuccessful;
import dev.netsim.ec2.eni.NetworkInterfaceService;
import dev.netsim.ec2.eni.ServiceInterface;
import dev.netsim.ec2.eni.ServiceInterfaces;
import dev.netsim.ec2.prefixlist.AwsServicePrefixLists;
import dev.netsim.ec2.routing.RouteTableService;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.Vpc;
import dev.netsim.ec2.vpc.VpcLookup;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * VPC endpoints. Gateway endpoints (S3, DynamoDB) add a route to the service's prefix list in
 * each chosen route table; interface endpoints put a service-owned network interface in each
 * chosen subnet, one subnet per availability zone.
 */
@Service
@Transactional
public class VpcEndpointService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("vpce", "InvalidVpcEndpointId", "InvalidVpcEndpointId.NotFound",
            "vpc endpoint", 5, 1000);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final FilterSpec<Tagged<VpcEndpointView>> FILTERS = FilterSpec.<Tagged<VpcEndpointView>>builder(Tagged::tags)
            .on("vpc-endpoint-id", t -> t.resource().endpoint().getId())
            .on("vpc-id", t -> t.resource().endpoint().getVpcId())
            .on("service-name", t -> t.resource().endpoint().getServiceName())
            .on("service-region", t -> t.resource().endpoint().getRegion())
            .on("vpc-endpoint-state", t -> t.resource().state())
            .on("vpc-endpoint-type", t -> t.resource().endpoint().getEndpointType())
            .on("ip-address-type", t -> "ipv4")
            .build();

    /** What CreateVpcEndpoint takes. */
    public record EndpointSpec(String vpcId, String type, String serviceName, String policyDocument, List<String> routeTableIds,
                               List<String> subnetIds, List<String> groupIds, Boolean privateDnsEnabled, String clientToken,
                               Map<String, String> tags) {
    }

    /** What ModifyVpcEndpoint takes; empty lists and nulls change nothing. */
    public record EndpointChange(String policyDocument, boolean resetPolicy, List<String> addRouteTableIds, List<String> removeRouteTableIds,
                                 List<String> addSubnetIds, List<String> removeSubnetIds, List<String> addGroupIds,
                                 List<String> removeGroupIds, Boolean privateDnsEnabled) {
    }

    private final VpcEndpointRepository endpoints;
    private final EndpointServiceCatalog catalog;
    private final AwsServicePrefixLists prefixLists;
    private final VpcLookup vpcs;
    private final RouteTableService routeTables;
    private final NetworkInterfaceService interfaces;
    private final ServiceInterfaces serviceInterfaces;
    private final TagService tags;
    private final IdGenerator ids;
    private final ResourceLifecycle lifecycle;
    private final Clock clock;

    public VpcEndpointService(VpcEndpointRepository endpoints, EndpointServiceCatalog catalog, AwsServicePrefixLists prefixLists, VpcLookup vpcs,
                              RouteTableService routeTables, NetworkInterfaceService interfaces, ServiceInterfaces serviceInterfaces, TagService tags,
                              IdGenerator ids, ResourceLifecycle lifecycle, Clock clock) {
        this.endpoints = endpoints;
        this.catalog = catalog;
        this.prefixLists = prefixLists;
        this.vpcs = vpcs;
        this.routeTables = routeTables;
        this.interfaces = interfaces;
        this.serviceInterfaces = serviceInterfaces;
        this.tags = tags;
        this.ids = ids;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    public Tagged<VpcEndpointView> create(Scope scope, EndpointSpec spec) {
        if (spec.clientToken() != null) {
            var earlier = endpoints.findByAccountAndRegionAndClientToken(scope.account(), scope.region(), spec.clientToken());
            if (earlier.isPresent()) {
                return tagged(earlier.get());
            }
        }
        String type = spec.type() == null ? "Gateway" : spec.type();
        if (!type.equals("Gateway") && !type.equals("Interface")) {
            throw Ec2Errors.invalidValue("VpcEndpointType", type, "Netsim supports Gateway and Interface endpoints.");
        }
        if (spec.serviceName() == null || spec.serviceName().isEmpty()) {
            throw Ec2Errors.missing("ServiceName");
        }
        Vpc vpc = vpcs.lock(scope, spec.vpcId());
        EndpointServiceCatalog.EndpointService service = catalog.find(scope.region(), spec.serviceName(), type)
                .orElseThrow(() -> new AwsException("InvalidServiceName", "The Vpc Endpoint Service '" + spec.serviceName()
                        + "' does not exist or does not offer " + type + " endpoints."));
        String policy = policy(spec.policyDocument());
        VpcEndpoint endpoint;
        if (type.equals("Gateway")) {
            if (!spec.subnetIds().isEmpty() || !spec.groupIds().isEmpty() || spec.privateDnsEnabled() != null) {
                throw new AwsException("InvalidParameter", "Gateway endpoints take route tables, not subnets, security groups or private DNS.");
            }
            endpoint = endpoints.save(new VpcEndpoint(ids.ec2Id("vpce"), scope.account(), scope.region(), vpc.getId(), type,
                    service.serviceName(), policy, false, spec.clientToken(), clock.instant()));
            String prefixListId = prefixLists.forService(scope.region(), service.service()).id();
            distinct(spec.routeTableIds(), "RouteTableId").forEach(table ->
                    routeTables.addEndpointRoute(scope, table, vpc.getId(), prefixListId, endpoint.getId()));
        } else {
            if (!spec.routeTableIds().isEmpty()) {
                throw new AwsException("InvalidParameter", "Interface endpoints take subnets, not route tables.");
            }
            boolean privateDns = spec.privateDnsEnabled() == null || spec.privateDnsEnabled();
            if (privateDns) {
                requirePrivateDnsPossible(vpc, service, null);
            }
            endpoint = endpoints.save(new VpcEndpoint(ids.ec2Id("vpce"), scope.account(), scope.region(), vpc.getId(), type,
                    service.serviceName(), policy, privateDns, spec.clientToken(), clock.instant()));
            addSubnets(scope, endpoint, spec.subnetIds(), spec.groupIds());
        }
        tags.tagNew(scope, endpoint.getId(), "vpc-endpoint", spec.tags());
        return tagged(endpoint);
    }

    public void modify(Scope scope, String endpointId, EndpointChange change) {
        VpcEndpoint endpoint = find(scope, endpointId);
        Vpc vpc = vpcs.lock(scope, endpoint.getVpcId());
        if (change.resetPolicy() && change.policyDocument() != null) {
            throw new AwsException("InvalidParameterCombination", "Give PolicyDocument or ResetPolicy, not both.");
        }
        if (change.resetPolicy() || change.policyDocument() != null) {
            endpoint.setPolicyDocument(policy(change.policyDocument()));
        }
        if (endpoint.isGateway()) {
            if (!change.addSubnetIds().isEmpty() || !change.removeSubnetIds().isEmpty() || !change.addGroupIds().isEmpty()
                    || !change.removeGroupIds().isEmpty() || change.privateDnsEnabled() != null) {
                throw new AwsException("InvalidParameter", "Gateway endpoints take route tables, not subnets, security groups or private DNS.");
            }
            String prefixListId = prefixLists.forService(endpoint.getRegion(), serviceOf(endpoint).service()).id();
            distinct(change.removeRouteTableIds(), "RemoveRouteTableId").forEach(t -> routeTables.removeEndpointRoute(scope, t, endpoint.getId()));
            distinct(change.addRouteTableIds(), "AddRouteTableId").forEach(t ->
                    routeTables.addEndpointRoute(scope, t, vpc.getId(), prefixListId, endpoint.getId()));
            return;
        }
        if (!change.addRouteTableIds().isEmpty() || !change.removeRouteTableIds().isEmpty()) {
            throw new AwsException("InvalidParameter", "Interface endpoints take subnets, not route tables.");
        }
        for (String subnetId : distinct(change.removeSubnetIds(), "RemoveSubnetId")) {
            ServiceInterface gone = endpoint.getInterfaces().stream().filter(i -> i.getSubnetId().equals(subnetId)).findFirst()
                    .orElseThrow(() -> new AwsException("InvalidParameter", "Subnet " + subnetId + " is not a subnet of " + endpointId + "."));
            serviceInterfaces.remove(gone);
            endpoint.getInterfaces().remove(gone);
        }
        List<String> groups = new ArrayList<>(groupsOf(endpoint));
        groups.removeAll(change.removeGroupIds());
        change.addGroupIds().stream().filter(g -> !groups.contains(g)).forEach(groups::add);
        addSubnets(scope, endpoint, change.addSubnetIds(), groups);
        if (!change.addGroupIds().isEmpty() || !change.removeGroupIds().isEmpty()) {
            if (groups.isEmpty()) {
                throw new AwsException("InvalidParameter", "An interface endpoint needs at least one security group.");
            }
            endpoint.getInterfaces().forEach(i -> interfaces.setManagedGroups(scope, i.getNetworkInterfaceId(), groups));
        }
        if (change.privateDnsEnabled() != null) {
            if (change.privateDnsEnabled()) {
                requirePrivateDnsPossible(vpc, serviceOf(endpoint), endpoint.getId());
            }
            endpoint.setPrivateDnsEnabled(change.privateDnsEnabled());
        }
    }

    /** DeleteVpcEndpoints: each endpoint goes with its routes or interfaces; unknown ids are reported, not fatal. */
    public List<Unsuccessful> delete(Scope scope, List<String> endpointIds) {
        if (endpointIds.isEmpty()) {
            throw Ec2Errors.missing("VpcEndpointId");
        }
        List<Unsuccessful> failures = new ArrayList<>();
        for (String id : endpointIds) {
            var endpoint = endpoints.findByIdAndAccountAndRegion(id, scope.account(), scope.region());
            if (endpoint.isEmpty()) {
                failures.add(Unsuccessful.of(id, Ec2Errors.notFound("InvalidVpcEndpointId", "vpc endpoint", id)));
                continue;
            }
            routeTables.tablesRoutingVia(id).forEach(t -> routeTables.removeEndpointRoute(scope, t, id));
            endpoint.get().getInterfaces().forEach(serviceInterfaces::remove);
            tags.forget(id);
            endpoints.delete(endpoint.get());
        }
        return failures;
    }

    @Transactional(readOnly = true)
    public Page<Tagged<VpcEndpointView>> describe(Scope scope, DescribeQuery query) {
        List<Tagged<VpcEndpointView>> all = endpoints.findByAccountAndRegionOrderById(scope.account(), scope.region()).stream()
                .map(this::tagged).toList();
        return query.apply(KIND, all, v -> v.endpoint().getId(), FILTERS);
    }

    /** Endpoints of the VPC: each keeps it from being deleted. */
    @Transactional(readOnly = true)
    public List<String> endpointsIn(String vpcId) {
        return endpoints.findByVpcId(vpcId).stream().map(VpcEndpoint::getId).toList();
    }

    public boolean exists(Scope scope, String endpointId) {
        return endpoints.findByIdAndAccountAndRegion(endpointId, scope.account(), scope.region()).isPresent();
    }

    /** The VPC of an endpoint of the caller, if it exists. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> vpcOf(Scope scope, String endpointId) {
        return endpoints.findByIdAndAccountAndRegion(endpointId, scope.account(), scope.region()).map(VpcEndpoint::getVpcId);
    }

    private void addSubnets(Scope scope, VpcEndpoint endpoint, List<String> subnetIds, List<String> groupIds) {
        endpoint.getInterfaces().addAll(serviceInterfaces.place(scope, new ServiceInterfaces.Owner(endpoint.getVpcId(), "vpc_endpoint",
                "VPC Endpoint Interface " + endpoint.getId(), groupIds), endpoint.getInterfaces(), subnetIds));
    }

    /**
     * Private DNS needs the VPC's DNS support and hostnames, and only one endpoint per VPC may
     * answer a service's name.
     */
    private void requirePrivateDnsPossible(Vpc vpc, EndpointServiceCatalog.EndpointService service, String exceptEndpointId) {
        if (service.privateDnsName().isEmpty()) {
            return;
        }
        if (!vpc.isEnableDnsSupport() || !vpc.isEnableDnsHostnames()) {
            throw new AwsException("InvalidParameter", "Enabling private DNS requires both enableDnsSupport and enableDnsHostnames VPC "
                    + "attributes set to true for " + vpc.getId());
        }
        boolean conflict = endpoints.findByVpcId(vpc.getId()).stream()
                .anyMatch(e -> !e.getId().equals(exceptEndpointId) && e.isPrivateDnsEnabled() && e.getServiceName().equals(service.serviceName()));
        if (conflict) {
            throw new AwsException("InvalidParameter", "private-dns-enabled cannot be set because there is already a conflicting DNS domain for "
                    + service.privateDnsName().get() + " in the VPC " + vpc.getId());
        }
    }

    EndpointServiceCatalog.EndpointService serviceOf(VpcEndpoint endpoint) {
        return catalog.find(endpoint.getRegion(), endpoint.getServiceName(), endpoint.getEndpointType()).orElseThrow();
    }

    private List<String> groupsOf(VpcEndpoint endpoint) {
        if (endpoint.getInterfaces().isEmpty()) {
            return List.of();
        }
        return interfaces.byIds(List.of(endpoint.getInterfaces().get(0).getNetworkInterfaceId())).values().stream()
                .flatMap(eni -> eni.getGroupIds().stream()).toList();
    }

    private static List<String> distinct(List<String> ids, String parameter) {
        Set<String> seen = new HashSet<>();
        ids.stream().filter(id -> !seen.add(id)).findFirst().ifPresent(id -> {
            throw Ec2Errors.invalidValue(parameter, id, "The id is given more than once.");
        });
        return ids;
    }

    private static String policy(String document) {
        if (document == null) {
            return null;
        }
        try {
            if (!JSON.readTree(document).isObject()) {
                throw new AwsException("MalformedPolicy", "The endpoint policy must be a JSON object.");
            }
        } catch (JacksonException e) {
            throw new AwsException("MalformedPolicy", "The endpoint policy is not valid JSON: " + e.getOriginalMessage());
        }
        return document;
    }

    private VpcEndpoint find(Scope scope, String endpointId) {
        return KIND.require("VpcEndpointId", endpointId, id -> endpoints.findByIdAndAccountAndRegion(id, scope.account(), scope.region()));
    }

    private Tagged<VpcEndpointView> tagged(VpcEndpoint endpoint) {
        // a gateway endpoint is available at once; an interface endpoint waits for its interfaces
        String state = endpoint.isGateway() ? "available" : lifecycle.state(endpoint.getCreatedAt(), null);
        List<String> tables = endpoint.isGateway() ? routeTables.tablesRoutingVia(endpoint.getId()) : List.of();
        return new Tagged<>(new VpcEndpointView(endpoint, state, tables, groupsOf(endpoint)), tags.tagsOf(endpoint.getId()));
    }
}
