package dev.netsim.ec2.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Regions;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterEngine;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.ec2.Ec2Quotas;
import dev.netsim.ec2.vpc.VpcLookup;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.AccountAttribute;
import software.amazon.awssdk.services.ec2.model.AccountAttributeValue;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.DescribeAccountAttributesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAccountAttributesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;

/** DescribeRegions, DescribeAvailabilityZones and DescribeAccountAttributes, as the CLI and SDKs expect them. */
@Component
class RegionActions {

    private static final FilterSpec<Listed> REGION_FILTERS = FilterSpec.<Listed>builder(r -> Map.of())
            .on("region-name", Listed::name)
            .on("endpoint", Listed::endpoint)
            .on("opt-in-status", Listed::optInStatus)
            .build();

    private record ZoneInRegion(String region, RegionCatalog.Zone zone) {
    }

    private static final FilterSpec<ZoneInRegion> ZONE_FILTERS = FilterSpec.<ZoneInRegion>builder(z -> Map.of())
            .on("zone-name", z -> z.zone().name())
            .on("zone-id", z -> z.zone().zoneId())
            .on("region-name", ZoneInRegion::region)
            .on("group-name", ZoneInRegion::region)
            .on("network-border-group", ZoneInRegion::region)
            .on("state", z -> "available")
            .on("zone-type", z -> "availability-zone")
            .on("opt-in-status", z -> "opt-in-not-required")
            .on("group-long-name", z -> null)
            .onEach("message", z -> List.of())
            .onEach("parent-zone-name", z -> List.of())
            .onEach("parent-zone-id", z -> List.of())
            .build();

    private final RegionCatalog regions;
    private final VpcLookup vpcs;
    private final Ec2Quotas quotas;

    RegionActions(RegionCatalog regions, VpcLookup vpcs, Ec2Quotas quotas) {
        this.regions = regions;
        this.vpcs = vpcs;
        this.quotas = quotas;
    }

    /** A region as DescribeRegions lists it. */
    private record Listed(String name, String endpoint, String optInStatus) {
    }

    /**
     * The regions enabled for every account, and with AllRegions (or by name) the opt-in ones too,
     * which the account has not opted in to.
     */
    @AwsAction(WireService.EC2)
    DescribeRegionsResponse describeRegions(DescribeRegionsRequest request, Scope scope) {
        List<Listed> all = new java.util.ArrayList<>(regions.regions().stream()
                .map(r -> new Listed(r.name(), r.endpoint(), "opt-in-not-required")).toList());
        Regions.optInNames().forEach(name -> all.add(new Listed(name, "ec2." + name + ".amazonaws.com", "not-opted-in")));
        for (String name : request.regionNames()) {
            if (all.stream().noneMatch(r -> r.name().equals(name))) {
                throw new AwsException("InvalidParameterValue", "Invalid region: " + name);
            }
        }
        List<Listed> selected = !request.regionNames().isEmpty() ? all.stream().filter(r -> request.regionNames().contains(r.name())).toList()
                : Boolean.TRUE.equals(request.allRegions()) ? all : all.stream().filter(r -> r.optInStatus().equals("opt-in-not-required")).toList();
        selected = FilterEngine.apply(Ec2Wire.filters(request.filters()), REGION_FILTERS, selected);
        return DescribeRegionsResponse.builder().regions(selected.stream().map(r -> software.amazon.awssdk.services.ec2.model.Region.builder()
                .regionName(r.name()).endpoint(r.endpoint()).optInStatus(r.optInStatus()).build()).toList()).build();
    }

    @AwsAction(WireService.EC2)
    DescribeAvailabilityZonesResponse describeAvailabilityZones(DescribeAvailabilityZonesRequest request, Scope scope) {
        List<ZoneInRegion> zones = regions.region(scope.region()).zones().stream().map(z -> new ZoneInRegion(scope.region(), z)).toList();
        for (String name : request.zoneNames()) {
            if (zones.stream().noneMatch(z -> z.zone().name().equals(name))) {
                throw new AwsException("InvalidParameterValue", "The zone '" + name + "' does not exist in region " + scope.region());
            }
        }
        for (String id : request.zoneIds()) {
            if (zones.stream().noneMatch(z -> z.zone().zoneId().equals(id))) {
                throw new AwsException("InvalidParameterValue", "The zone id '" + id + "' does not exist in region " + scope.region());
            }
        }
        List<ZoneInRegion> selected = zones.stream()
                .filter(z -> request.zoneNames().isEmpty() && request.zoneIds().isEmpty()
                        || request.zoneNames().contains(z.zone().name()) || request.zoneIds().contains(z.zone().zoneId()))
                .toList();
        selected = FilterEngine.apply(Ec2Wire.filters(request.filters()), ZONE_FILTERS, selected);
        return DescribeAvailabilityZonesResponse.builder().availabilityZones(selected.stream().map(z -> AvailabilityZone.builder()
                .zoneName(z.zone().name()).zoneId(z.zone().zoneId()).state("available").regionName(z.region())
                .groupName(z.region()).networkBorderGroup(z.region()).zoneType("availability-zone")
                .optInStatus("opt-in-not-required").messages(List.of()).build()).toList()).build();
    }

    @AwsAction(WireService.EC2)
    DescribeAccountAttributesResponse describeAccountAttributes(DescribeAccountAttributesRequest request, Scope scope) {
        String defaultVpc = vpcs.defaultVpc(scope).map(v -> v.getId()).orElse("none");
        List<AccountAttribute> all = new ArrayList<>();
        all.add(attribute("supported-platforms", "VPC"));
        all.add(attribute("default-vpc", defaultVpc));
        all.add(attribute("max-instances", String.valueOf(quotas.instancesPerRegion())));
        all.add(attribute("vpc-max-security-groups-per-interface", "5"));
        all.add(attribute("max-elastic-ips", "5"));
        all.add(attribute("vpc-max-elastic-ips", "5"));
        List<String> wanted = request.attributeNamesAsStrings();
        return DescribeAccountAttributesResponse.builder()
                .accountAttributes(all.stream().filter(a -> wanted.isEmpty() || wanted.contains(a.attributeName())).toList()).build();
    }

    private static AccountAttribute attribute(String name, String value) {
        return AccountAttribute.builder().attributeName(name)
                .attributeValues(AccountAttributeValue.builder().attributeValue(value).build()).build();
    }
}
