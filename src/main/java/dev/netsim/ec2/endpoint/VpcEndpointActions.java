package dev.netsim.ec2.endpoint;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.common.filter.FilterEngine;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.eni.ServiceInterface;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import dev.netsim.ec2.region.RegionCatalog;
import software.amazon.awssdk.services.ec2.model.CreateVpcEndpointRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcEndpointResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVpcEndpointsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVpcEndpointsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointServicesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointServicesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointsResponse;
import software.amazon.awssdk.services.ec2.model.DnsEntry;
import software.amazon.awssdk.services.ec2.model.SecurityGroupIdentifier;
import software.amazon.awssdk.services.ec2.model.ModifyVpcEndpointRequest;
import software.amazon.awssdk.services.ec2.model.ModifyVpcEndpointResponse;
import software.amazon.awssdk.services.ec2.model.ServiceDetail;
import software.amazon.awssdk.services.ec2.model.ServiceTypeDetail;

/** EC2 wire handlers for VPC endpoints and the endpoint services they reach. */
@Component
class VpcEndpointActions {

    /** The hosted zone AWS's regional vpce.amazonaws.com names live in (us-east-1's, used for every region). */
    static final String ENDPOINT_HOSTED_ZONE_ID = "Z7HUB22UULQXV";

    private static final FilterSpec<EndpointServiceCatalog.EndpointService> SERVICE_FILTERS =
            FilterSpec.<EndpointServiceCatalog.EndpointService>builder(s -> java.util.Map.of())
                    .on("service-name", EndpointServiceCatalog.EndpointService::serviceName)
                    .on("service-type", EndpointServiceCatalog.EndpointService::type)
                    .on("service-region", EndpointServiceCatalog.EndpointService::region)
                    .on("owner", s -> "amazon")
                    .on("supported-ip-address-types", s -> "ipv4")
                    .build();

    private final VpcEndpointService endpoints;
    private final EndpointServiceCatalog catalog;
    private final RegionCatalog regions;

    VpcEndpointActions(VpcEndpointService endpoints, EndpointServiceCatalog catalog, RegionCatalog regions) {
        this.endpoints = endpoints;
        this.catalog = catalog;
        this.regions = regions;
    }

    @AwsAction(WireService.EC2)
    CreateVpcEndpointResponse createVpcEndpoint(CreateVpcEndpointRequest r, Scope scope) {
        if (r.dnsOptions() != null || r.subnetConfigurations().size() > 0 || r.serviceNetworkArn() != null || r.resourceConfigurationArn() != null
                || (r.ipAddressTypeAsString() != null && !r.ipAddressTypeAsString().equals("ipv4"))) {
            throw Ec2Errors.invalidValue("CreateVpcEndpoint", "options", "Netsim supports IPv4 endpoints without DnsOptions, "
                    + "SubnetConfigurations, service networks or resource configurations.");
        }
        Tagged<VpcEndpointView> endpoint = endpoints.create(scope, new VpcEndpointService.EndpointSpec(r.vpcId(), r.vpcEndpointTypeAsString(),
                r.serviceName(), r.policyDocument(), r.routeTableIds(), r.subnetIds(), r.securityGroupIds(), r.privateDnsEnabled(),
                r.clientToken(), Ec2Wire.tagsFor(r.tagSpecifications(), "vpc-endpoint")));
        return CreateVpcEndpointResponse.builder().vpcEndpoint(toSdk(endpoint, catalog)).clientToken(r.clientToken()).build();
    }

    @AwsAction(WireService.EC2)
    ModifyVpcEndpointResponse modifyVpcEndpoint(ModifyVpcEndpointRequest r, Scope scope) {
        endpoints.modify(scope, r.vpcEndpointId(), new VpcEndpointService.EndpointChange(r.policyDocument(), Boolean.TRUE.equals(r.resetPolicy()),
                r.addRouteTableIds(), r.removeRouteTableIds(), r.addSubnetIds(), r.removeSubnetIds(), r.addSecurityGroupIds(),
                r.removeSecurityGroupIds(), r.privateDnsEnabled()));
        return ModifyVpcEndpointResponse.builder().returnValue(true).build();
    }

    @AwsAction(WireService.EC2)
    DeleteVpcEndpointsResponse deleteVpcEndpoints(DeleteVpcEndpointsRequest r, Scope scope) {
        return DeleteVpcEndpointsResponse.builder().unsuccessful(Ec2Wire.unsuccessful(endpoints.delete(scope, r.vpcEndpointIds()))).build();
    }

    @AwsAction(WireService.EC2)
    DescribeVpcEndpointsResponse describeVpcEndpoints(DescribeVpcEndpointsRequest r, Scope scope) {
        Page<Tagged<VpcEndpointView>> page = endpoints.describe(scope, Ec2Wire.query(r.vpcEndpointIds(), r.filters(), r.maxResults(), r.nextToken()));
        return DescribeVpcEndpointsResponse.builder().vpcEndpoints(page.items().stream().map(e -> toSdk(e, catalog)).toList())
                .nextToken(page.nextToken()).build();
    }

    /** AWS answers at most 1,000 services whatever MaxResults asks for, and refuses a page of none. */
    private static Integer servicesPageSize(Integer maxResults) {
        if (maxResults != null && maxResults < 1) {
            throw dev.netsim.ec2.Ec2Errors.invalidValue("MaxResults", String.valueOf(maxResults), "Value must be 1 or greater.");
        }
        return maxResults == null ? null : Math.min(maxResults, 1000);
    }

    @AwsAction(WireService.EC2)
    DescribeVpcEndpointServicesResponse describeVpcEndpointServices(DescribeVpcEndpointServicesRequest r, Scope scope) {
        List<EndpointServiceCatalog.EndpointService> all = catalog.inRegion(scope.region());
        List<EndpointServiceCatalog.EndpointService> named = r.serviceNames().isEmpty() ? all
                : all.stream().filter(s -> r.serviceNames().contains(s.serviceName())).toList();
        if (named.isEmpty() && !r.serviceNames().isEmpty()) {
            throw new dev.netsim.common.AwsException("InvalidServiceName", "The Vpc Endpoint Service '" + r.serviceNames().get(0) + "' does not exist");
        }
        List<EndpointServiceCatalog.EndpointService> filtered = FilterEngine.apply(Ec2Wire.filters(r.filters()), SERVICE_FILTERS, named);
        Page<EndpointServiceCatalog.EndpointService> page = Pager.page(filtered, s -> s.serviceName() + "/" + s.type(),
                servicesPageSize(r.maxResults()), r.nextToken(), "InvalidNextToken");
        List<String> zones = regions.region(scope.region()).zones().stream().map(RegionCatalog.Zone::name).toList();
        return DescribeVpcEndpointServicesResponse.builder()
                .serviceNames(page.items().stream().map(EndpointServiceCatalog.EndpointService::serviceName).distinct().toList())
                .serviceDetails(page.items().stream().map(s -> ServiceDetail.builder().serviceName(s.serviceName()).serviceId(s.serviceId())
                        .serviceType(ServiceTypeDetail.builder().serviceType(s.type()).build()).serviceRegion(s.region())
                        .availabilityZones(zones).owner("amazon").baseEndpointDnsNames(s.baseDnsName())
                        .privateDnsName(s.privateDnsName().orElse(null)).vpcEndpointPolicySupported(true).acceptanceRequired(false)
                        .managesVpcEndpoints(false).supportedIpAddressTypesWithStrings("ipv4").build()).toList())
                .nextToken(page.nextToken()).build();
    }

    static software.amazon.awssdk.services.ec2.model.VpcEndpoint toSdk(Tagged<VpcEndpointView> tagged, EndpointServiceCatalog catalog) {
        VpcEndpointView view = tagged.resource();
        VpcEndpoint e = view.endpoint();
        var sdk = software.amazon.awssdk.services.ec2.model.VpcEndpoint.builder()
                .vpcEndpointId(e.getId()).vpcEndpointType(e.getEndpointType()).vpcId(e.getVpcId()).serviceName(e.getServiceName())
                .state(view.state()).policyDocument(e.getPolicyDocument()).routeTableIds(view.routeTableIds())
                .subnetIds(e.getInterfaces().stream().map(ServiceInterface::getSubnetId).toList())
                .groups(view.groupIds().stream().map(g -> SecurityGroupIdentifier.builder().groupId(g).build()).toList())
                .networkInterfaceIds(e.getInterfaces().stream().map(ServiceInterface::getNetworkInterfaceId).toList())
                .privateDnsEnabled(e.isPrivateDnsEnabled()).requesterManaged(false).ownerId(e.getAccount())
                .creationTimestamp(e.getCreatedAt()).tags(Ec2Wire.tags(tagged.tags()));
        if (!e.isGateway()) {
            sdk.ipAddressType("ipv4").dnsEntries(dnsEntries(e, catalog));
        }
        return sdk.build();
    }

    /** The names AWS gives an interface endpoint: one regional, one per subnet's zone, and the service's own name with private DNS. */
    private static List<DnsEntry> dnsEntries(VpcEndpoint e, EndpointServiceCatalog catalog) {
        EndpointServiceCatalog.EndpointService service = catalog.find(e.getRegion(), e.getServiceName(), e.getEndpointType()).orElseThrow();
        String label = e.getId() + "-" + Integer.toHexString(e.getId().hashCode() & 0x7fffffff);
        List<DnsEntry> entries = new ArrayList<>();
        entries.add(DnsEntry.builder().dnsName(label + "." + service.baseDnsName()).hostedZoneId(ENDPOINT_HOSTED_ZONE_ID).build());
        e.getInterfaces().forEach(i -> entries.add(DnsEntry.builder()
                .dnsName(label + "-" + i.getAvailabilityZone() + "." + service.baseDnsName()).hostedZoneId(ENDPOINT_HOSTED_ZONE_ID).build()));
        if (e.isPrivateDnsEnabled()) {
            service.privateDnsName().ifPresent(name -> entries.add(DnsEntry.builder().dnsName(name).hostedZoneId(ENDPOINT_HOSTED_ZONE_ID).build()));
        }
        return entries;
    }
}
