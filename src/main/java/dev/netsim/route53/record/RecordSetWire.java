package dev.netsim.route53.record;

import java.util.List;

import dev.netsim.route53.zone.Route53Ids;
import dev.netsim.simulation.dns.RecordSet;
import software.amazon.awssdk.services.route53.model.AliasTarget;
import software.amazon.awssdk.services.route53.model.CidrRoutingConfig;
import software.amazon.awssdk.services.route53.model.Coordinates;
import software.amazon.awssdk.services.route53.model.GeoLocation;
import software.amazon.awssdk.services.route53.model.GeoProximityLocation;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/** Record sets between the Route 53 API's shape and Netsim's own; names are normalised by the service. */
final class RecordSetWire {

    private RecordSetWire() {
    }

    static RecordSet fromSdk(ResourceRecordSet s) {
        GeoLocation geo = s.geoLocation();
        GeoProximityLocation proximity = s.geoProximityLocation();
        Coordinates coordinates = proximity == null ? null : proximity.coordinates();
        AliasTarget alias = s.aliasTarget();
        CidrRoutingConfig cidr = s.cidrRoutingConfig();
        return new RecordSet(s.name(), s.typeAsString(), s.setIdentifier(), s.ttl(),
                s.hasResourceRecords() ? s.resourceRecords().stream().map(ResourceRecord::value).toList() : null,
                alias == null ? null : new RecordSet.AliasTarget(alias.hostedZoneId() == null ? null : Route53Ids.bare(alias.hostedZoneId()),
                        alias.dnsName(), Boolean.TRUE.equals(alias.evaluateTargetHealth())),
                s.weight(), s.regionAsString(), s.failoverAsString(),
                geo == null ? null : new RecordSet.GeoLocation(geo.continentCode(), geo.countryCode(), geo.subdivisionCode()),
                proximity == null ? null : new RecordSet.GeoProximity(proximity.awsRegion(), proximity.localZoneGroup(),
                        coordinates == null ? null : coordinates.latitude(), coordinates == null ? null : coordinates.longitude(), proximity.bias()),
                s.multiValueAnswer(), cidr == null ? null : new RecordSet.CidrRouting(cidr.collectionId(), cidr.locationName()),
                s.healthCheckId(), s.trafficPolicyInstanceId());
    }

    static ResourceRecordSet toSdk(RecordSet s) {
        ResourceRecordSet.Builder b = ResourceRecordSet.builder().name(s.name()).type(s.type()).setIdentifier(s.setIdentifier())
                .ttl(s.ttl()).weight(s.weight()).region(s.region()).failover(s.failover()).multiValueAnswer(s.multiValueAnswer())
                .healthCheckId(s.healthCheckId()).trafficPolicyInstanceId(s.trafficPolicyInstanceId());
        if (!s.isAlias()) {
            b.resourceRecords(values(s.values()));
        } else {
            b.aliasTarget(AliasTarget.builder().hostedZoneId(s.aliasTarget().hostedZoneId()).dnsName(s.aliasTarget().dnsName())
                    .evaluateTargetHealth(s.aliasTarget().evaluateTargetHealth()).build());
        }
        if (s.geoLocation() != null) {
            b.geoLocation(GeoLocation.builder().continentCode(s.geoLocation().continentCode()).countryCode(s.geoLocation().countryCode())
                    .subdivisionCode(s.geoLocation().subdivisionCode()).build());
        }
        RecordSet.GeoProximity p = s.geoProximity();
        if (p != null) {
            b.geoProximityLocation(GeoProximityLocation.builder().awsRegion(p.awsRegion()).localZoneGroup(p.localZoneGroup()).bias(p.bias())
                    .coordinates(p.latitude() == null ? null : Coordinates.builder().latitude(p.latitude()).longitude(p.longitude()).build())
                    .build());
        }
        if (s.cidrRouting() != null) {
            b.cidrRoutingConfig(CidrRoutingConfig.builder().collectionId(s.cidrRouting().collectionId())
                    .locationName(s.cidrRouting().locationName()).build());
        }
        return b.build();
    }

    private static List<ResourceRecord> values(List<String> values) {
        return values.stream().map(v -> ResourceRecord.builder().value(v).build()).toList();
    }
}
