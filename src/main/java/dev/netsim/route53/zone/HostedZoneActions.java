package dev.netsim.route53.zone;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.route53.model.UpdateHostedZoneCommentResponse;
import software.amazon.awssdk.services.route53.model.UpdateHostedZoneCommentRequest;
import software.amazon.awssdk.services.route53.model.ListHostedZonesByVpcResponse;
import software.amazon.awssdk.services.route53.model.ListHostedZonesByVpcRequest;
import software.amazon.awssdk.services.route53.model.ListHostedZonesByNameResponse;
import software.amazon.awssdk.services.route53.model.ListHostedZonesByNameRequest;
import software.amazon.awssdk.services.route53.model.HostedZoneSummary;
import software.amazon.awssdk.services.route53.model.HostedZoneOwner;
import software.amazon.awssdk.services.route53.model.GetHostedZoneCountResponse;
import software.amazon.awssdk.services.route53.model.GetHostedZoneCountRequest;
import software.amazon.awssdk.services.route53.model.GetChangeResponse;
import software.amazon.awssdk.services.route53.model.GetChangeRequest;
import software.amazon.awssdk.services.route53.model.DisassociateVpcFromHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.DisassociateVpcFromHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.AssociateVpcWithHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.AssociateVpcWithHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.DelegationSet;
import software.amazon.awssdk.services.route53.model.HostedZoneFeatures;
import software.amazon.awssdk.services.route53.model.UpdateHostedZoneFeaturesResponse;
import software.amazon.awssdk.services.route53.model.UpdateHostedZoneFeaturesRequest;
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
    private final Route53ChangeService changes;

    HostedZoneActions(HostedZoneService zones, Route53ChangeService changes) {
        this.zones = zones;
        this.changes = changes;
    }

    @AwsAction(WireService.ROUTE53)
    CreateHostedZoneResponse createHostedZone(CreateHostedZoneRequest r, Scope scope) {
        HostedZoneConfig config = r.hostedZoneConfig();
        HostedZoneService.ZoneWithChange created = zones.create(scope, new HostedZoneService.ZoneRequest(r.name(), r.callerReference(),
                config == null ? null : config.comment(), config == null ? null : config.privateZone(),
                r.vpc() == null ? null : r.vpc().vpcId(), r.vpc() == null ? null : r.vpc().vpcRegionAsString(), r.delegationSetId()));
        HostedZone zone = created.zone();
        CreateHostedZoneResponse.Builder response = CreateHostedZoneResponse.builder()
                .hostedZone(toSdk(zone))
                .changeInfo(ChangeInfoWire.toSdk(created.change()))
                .location("https://route53.amazonaws.com/2013-04-01/hostedzone/" + zone.getId());
        if (zone.isPrivateZone()) {
            response.vpc(vpcs(zone).get(0));
        } else {
            response.delegationSet(delegationSet(zone));
        }
        return response.build();
    }

    @AwsAction(WireService.ROUTE53)
    GetHostedZoneResponse getHostedZone(GetHostedZoneRequest r, Scope scope) {
        HostedZone zone = zones.get(scope, r.id());
        GetHostedZoneResponse.Builder response = GetHostedZoneResponse.builder().hostedZone(toSdk(zone));
        if (zone.isPrivateZone()) {
            response.vpCs(vpcs(zone));
        } else {
            response.delegationSet(delegationSet(zone));
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
        return DeleteHostedZoneResponse.builder().changeInfo(ChangeInfoWire.toSdk(zones.delete(scope, r.id()))).build();
    }

    @AwsAction(WireService.ROUTE53)
    ListHostedZonesByNameResponse listHostedZonesByName(ListHostedZonesByNameRequest r, Scope scope) {
        HostedZoneService.NamePage page = zones.listByName(scope, r.dnsName(), r.hostedZoneId(), r.maxItems());
        return ListHostedZonesByNameResponse.builder()
                .hostedZones(page.zones().stream().map(HostedZoneActions::toSdk).toList())
                .dnsName(r.dnsName()).hostedZoneId(r.hostedZoneId())
                .isTruncated(page.next() != null)
                .nextDNSName(page.next() == null ? null : page.next().getName())
                .nextHostedZoneId(page.next() == null ? null : page.next().getId())
                .maxItems(r.maxItems() == null ? "100" : r.maxItems())
                .build();
    }

    @AwsAction(value = WireService.ROUTE53, action = "ListHostedZonesByVPC")
    ListHostedZonesByVpcResponse listHostedZonesByVPC(ListHostedZonesByVpcRequest r, Scope scope) {
        Page<HostedZone> page = zones.listByVpc(scope, r.vpcId(), r.vpcRegionAsString(), r.maxItems(), r.nextToken());
        return ListHostedZonesByVpcResponse.builder()
                .hostedZoneSummaries(page.items().stream().map(z -> HostedZoneSummary.builder().hostedZoneId(z.getId()).name(z.getName())
                        .owner(HostedZoneOwner.builder().owningAccount(z.getAccount()).build()).build()).toList())
                .maxItems(r.maxItems() == null ? "100" : r.maxItems())
                .nextToken(page.nextToken())
                .build();
    }

    @AwsAction(WireService.ROUTE53)
    GetHostedZoneCountResponse getHostedZoneCount(GetHostedZoneCountRequest r, Scope scope) {
        return GetHostedZoneCountResponse.builder().hostedZoneCount(zones.count(scope)).build();
    }

    @AwsAction(WireService.ROUTE53)
    UpdateHostedZoneCommentResponse updateHostedZoneComment(UpdateHostedZoneCommentRequest r, Scope scope) {
        return UpdateHostedZoneCommentResponse.builder().hostedZone(toSdk(zones.updateComment(scope, r.id(), r.comment()))).build();
    }

    @AwsAction(value = WireService.ROUTE53, action = "AssociateVPCWithHostedZone")
    AssociateVpcWithHostedZoneResponse associateVPCWithHostedZone(AssociateVpcWithHostedZoneRequest r, Scope scope) {
        return AssociateVpcWithHostedZoneResponse.builder()
                .changeInfo(ChangeInfoWire.toSdk(zones.associateVpc(scope, r.hostedZoneId(), r.vpc().vpcId(), r.vpc().vpcRegionAsString(), r.comment())))
                .build();
    }

    @AwsAction(value = WireService.ROUTE53, action = "DisassociateVPCFromHostedZone")
    DisassociateVpcFromHostedZoneResponse disassociateVPCFromHostedZone(DisassociateVpcFromHostedZoneRequest r, Scope scope) {
        return DisassociateVpcFromHostedZoneResponse.builder()
                .changeInfo(ChangeInfoWire.toSdk(zones.disassociateVpc(scope, r.hostedZoneId(), r.vpc().vpcId(), r.vpc().vpcRegionAsString(), r.comment())))
                .build();
    }

    @AwsAction(WireService.ROUTE53)
    GetChangeResponse getChange(GetChangeRequest r, Scope scope) {
        return GetChangeResponse.builder().changeInfo(ChangeInfoWire.toSdk(changes.get(scope, r.id()))).build();
    }

    @AwsAction(WireService.ROUTE53)
    UpdateHostedZoneFeaturesResponse updateHostedZoneFeatures(UpdateHostedZoneFeaturesRequest r, Scope scope) {
        zones.updateFeatures(scope, r.hostedZoneId(), r.enableAcceleratedRecovery());
        return UpdateHostedZoneFeaturesResponse.builder().build();
    }

    private static DelegationSet delegationSet(HostedZone zone) {
        return DelegationSet.builder().id(zone.getDelegationSetId() == null ? null : "/delegationset/" + zone.getDelegationSetId())
                .nameServers(zone.getNameServers()).build();
    }

    private static List<VPC> vpcs(HostedZone zone) {
        return zone.getVpcs().stream().map(v -> VPC.builder().vpcId(v.vpcId()).vpcRegion(v.vpcRegion()).build()).toList();
    }

    static software.amazon.awssdk.services.route53.model.HostedZone toSdk(HostedZone zone) {
        return software.amazon.awssdk.services.route53.model.HostedZone.builder()
                .id("/hostedzone/" + zone.getId())
                .name(zone.getName())
                .callerReference(zone.getCallerReference())
                .config(HostedZoneConfig.builder().comment(zone.getComment()).privateZone(zone.isPrivateZone()).build())
                .resourceRecordSetCount(zone.getRecordSetCount())
                .features(zone.getAcceleratedRecovery() == null ? null
                        : HostedZoneFeatures.builder().acceleratedRecoveryStatus(zone.getAcceleratedRecovery()).build())
                .build();
    }
}
