package dev.netsim.route53.zone;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.route53.model.ChangeInfo;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.DelegationSet;
import software.amazon.awssdk.services.route53.model.DeleteHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.DeleteHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.GetHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.GetHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.HostedZoneConfig;
import software.amazon.awssdk.services.route53.model.ListHostedZonesRequest;
import software.amazon.awssdk.services.route53.model.ListHostedZonesResponse;
import software.amazon.awssdk.services.route53.model.VPC;

/** Route 53 (restXml) handlers for hosted zones. Ids go out with their {@code /hostedzone/} prefix. */
@Component
class HostedZoneActions {

    private final HostedZoneService zones;

    HostedZoneActions(HostedZoneService zones) {
        this.zones = zones;
    }

    @AwsAction(WireService.ROUTE53)
    CreateHostedZoneResponse createHostedZone(CreateHostedZoneRequest r, Scope scope) {
        HostedZoneConfig config = r.hostedZoneConfig();
        HostedZoneService.ZoneWithChange created = zones.create(scope, new HostedZoneService.ZoneRequest(r.name(), r.callerReference(),
                config == null ? null : config.comment(), config == null ? null : config.privateZone(),
                r.vpc() == null ? null : r.vpc().vpcId(), r.vpc() == null ? null : r.vpc().vpcRegionAsString()));
        HostedZone zone = created.zone();
        CreateHostedZoneResponse.Builder response = CreateHostedZoneResponse.builder()
                .hostedZone(toSdk(zone))
                .changeInfo(changeInfo(created.change()))
                .location("https://route53.amazonaws.com/2013-04-01/hostedzone/" + zone.getId());
        if (zone.isPrivateZone()) {
            response.vpc(VPC.builder().vpcId(zone.getVpcId()).vpcRegion(zone.getVpcRegion()).build());
        } else {
            response.delegationSet(DelegationSet.builder().nameServers(zone.getNameServers()).build());
        }
        return response.build();
    }

    @AwsAction(WireService.ROUTE53)
    GetHostedZoneResponse getHostedZone(GetHostedZoneRequest r, Scope scope) {
        HostedZone zone = zones.get(scope, r.id());
        GetHostedZoneResponse.Builder response = GetHostedZoneResponse.builder().hostedZone(toSdk(zone));
        if (zone.isPrivateZone()) {
            response.vpCs(VPC.builder().vpcId(zone.getVpcId()).vpcRegion(zone.getVpcRegion()).build());
        } else {
            response.delegationSet(DelegationSet.builder().nameServers(zone.getNameServers()).build());
        }
        return response.build();
    }

    @AwsAction(WireService.ROUTE53)
    ListHostedZonesResponse listHostedZones(ListHostedZonesRequest r, Scope scope) {
        Page<HostedZone> page = zones.list(scope, r.marker(), r.maxItems());
        return ListHostedZonesResponse.builder()
                .hostedZones(page.items().stream().map(HostedZoneActions::toSdk).toList())
                .marker(r.marker() == null ? "" : r.marker())
                .isTruncated(page.nextToken() != null)
                .nextMarker(page.nextToken())
                .maxItems(r.maxItems() == null ? "100" : r.maxItems())
                .build();
    }

    @AwsAction(WireService.ROUTE53)
    DeleteHostedZoneResponse deleteHostedZone(DeleteHostedZoneRequest r, Scope scope) {
        return DeleteHostedZoneResponse.builder().changeInfo(changeInfo(zones.delete(scope, r.id()))).build();
    }

    private static ChangeInfo changeInfo(Route53Change change) {
        return ChangeInfo.builder().id("/change/" + change.getId()).status(change.getStatus())
                .submittedAt(change.getSubmittedAt()).comment(change.getComment()).build();
    }

    static software.amazon.awssdk.services.route53.model.HostedZone toSdk(HostedZone zone) {
        return software.amazon.awssdk.services.route53.model.HostedZone.builder()
                .id("/hostedzone/" + zone.getId())
                .name(zone.getName())
                .callerReference(zone.getCallerReference())
                .config(HostedZoneConfig.builder().comment(zone.getComment()).privateZone(zone.isPrivateZone()).build())
                .resourceRecordSetCount(zone.getRecordSetCount())
                .build();
    }
}
