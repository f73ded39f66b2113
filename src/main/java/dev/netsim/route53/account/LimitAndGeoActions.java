package dev.netsim.route53.account;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import dev.netsim.route53.healthcheck.HealthCheckService;
import dev.netsim.route53.zone.HostedZone;
import dev.netsim.route53.zone.HostedZoneService;
import dev.netsim.route53.zone.PageSize;
import software.amazon.awssdk.services.route53.model.AccountLimit;
import software.amazon.awssdk.services.route53.model.GeoLocationDetails;
import software.amazon.awssdk.services.route53.model.GetAccountLimitRequest;
import software.amazon.awssdk.services.route53.model.GetAccountLimitResponse;
import software.amazon.awssdk.services.route53.model.GetGeoLocationRequest;
import software.amazon.awssdk.services.route53.model.GetGeoLocationResponse;
import software.amazon.awssdk.services.route53.model.GetHostedZoneLimitRequest;
import software.amazon.awssdk.services.route53.model.GetHostedZoneLimitResponse;
import software.amazon.awssdk.services.route53.model.GetReusableDelegationSetLimitRequest;
import software.amazon.awssdk.services.route53.model.GetReusableDelegationSetLimitResponse;
import software.amazon.awssdk.services.route53.model.HostedZoneLimit;
import software.amazon.awssdk.services.route53.model.ListGeoLocationsRequest;
import software.amazon.awssdk.services.route53.model.ListGeoLocationsResponse;
import software.amazon.awssdk.services.route53.model.ReusableDelegationSetLimit;

/** Route 53's quotas with what the account uses of them, and the locations geolocation records can name. */
@Component
class LimitAndGeoActions {

    private final HostedZoneService zones;
    private final HealthCheckService checks;
    private final DelegationSetService delegationSets;
    private final ObjectProvider<AccountQuota> otherQuotas;

    LimitAndGeoActions(HostedZoneService zones, HealthCheckService checks, DelegationSetService delegationSets,
                       ObjectProvider<AccountQuota> otherQuotas) {
        this.zones = zones;
        this.checks = checks;
        this.delegationSets = delegationSets;
        this.otherQuotas = otherQuotas;
    }

    @AwsAction(WireService.ROUTE53)
    GetAccountLimitResponse getAccountLimit(GetAccountLimitRequest r, Scope scope) {
        long[] limitAndCount = switch (String.valueOf(r.typeAsString())) {
            case "MAX_HEALTH_CHECKS_BY_OWNER" -> new long[] {HealthCheckService.MAX_HEALTH_CHECKS, checks.count(scope)};
            case "MAX_HOSTED_ZONES_BY_OWNER" -> new long[] {HostedZoneService.MAX_HOSTED_ZONES, zones.count(scope)};
            case "MAX_REUSABLE_DELEGATION_SETS_BY_OWNER" -> new long[] {DelegationSetService.MAX_SETS, delegationSets.all(scope).size()};
            default -> otherQuotas.stream().filter(q -> q.quotaType().equals(r.typeAsString())).findFirst()
                    .map(q -> new long[] {q.limit(), q.used(scope)})
                    .orElseThrow(() -> invalidType(r.typeAsString(), "MAX_HEALTH_CHECKS_BY_OWNER, MAX_HOSTED_ZONES_BY_OWNER, "
                            + "MAX_TRAFFIC_POLICY_INSTANCES_BY_OWNER, MAX_REUSABLE_DELEGATION_SETS_BY_OWNER, MAX_TRAFFIC_POLICIES_BY_OWNER"));
        };
        return GetAccountLimitResponse.builder().limit(AccountLimit.builder().type(r.typeAsString()).value(limitAndCount[0]).build())
                .count(limitAndCount[1]).build();
    }

    @AwsAction(WireService.ROUTE53)
    GetHostedZoneLimitResponse getHostedZoneLimit(GetHostedZoneLimitRequest r, Scope scope) {
        HostedZone zone = zones.get(scope, r.hostedZoneId());
        long[] limitAndCount = switch (String.valueOf(r.typeAsString())) {
            case "MAX_RRSETS_BY_ZONE" -> new long[] {10000, zone.getRecordSetCount()};
            case "MAX_VPCS_ASSOCIATED_BY_ZONE" -> {
                if (!zone.isPrivateZone()) {
                    throw new AwsException("HostedZoneNotPrivate", "The hosted zone " + zone.getId() + " is public: it has no VPCs.");
                }
                yield new long[] {HostedZoneService.MAX_VPCS_PER_ZONE, zone.getVpcs().size()};
            }
            default -> throw invalidType(r.typeAsString(), "MAX_RRSETS_BY_ZONE, MAX_VPCS_ASSOCIATED_BY_ZONE");
        };
        return GetHostedZoneLimitResponse.builder().limit(HostedZoneLimit.builder().type(r.typeAsString()).value(limitAndCount[0]).build())
                .count(limitAndCount[1]).build();
    }

    @AwsAction(WireService.ROUTE53)
    GetReusableDelegationSetLimitResponse getReusableDelegationSetLimit(GetReusableDelegationSetLimitRequest r, Scope scope) {
        if (!"MAX_ZONES_BY_REUSABLE_DELEGATION_SET".equals(r.typeAsString())) {
            throw invalidType(r.typeAsString(), "MAX_ZONES_BY_REUSABLE_DELEGATION_SET");
        }
        DelegationSetService.DelegationSet set = delegationSets.get(scope, r.delegationSetId());
        return GetReusableDelegationSetLimitResponse.builder()
                .limit(ReusableDelegationSetLimit.builder().type(r.typeAsString()).value((long) HostedZoneService.MAX_ZONES_PER_DELEGATION_SET).build())
                .count(delegationSets.zonesUsing(scope, set.id())).build();
    }

    private static AwsException invalidType(String type, String values) {
        return new AwsException("InvalidInput", "Value '" + type + "' at 'type' failed to satisfy constraint: Member must satisfy enum value set: ["
                + values + "]");
    }

    @AwsAction(WireService.ROUTE53)
    GetGeoLocationResponse getGeoLocation(GetGeoLocationRequest r, Scope scope) {
        if (r.continentCode() != null && (r.countryCode() != null || r.subdivisionCode() != null)) {
            throw new AwsException("InvalidInput", "Give a continent code, or a country code (with a subdivision code), not both.");
        }
        GeoLocations.Location l = GeoLocations.find(r.continentCode(), r.countryCode(), r.subdivisionCode())
                .orElseThrow(() -> new AwsException("NoSuchGeoLocation", "Amazon Route 53 doesn't support the specified geographic location.", 404));
        return GetGeoLocationResponse.builder().geoLocationDetails(toSdk(l)).build();
    }

    @AwsAction(WireService.ROUTE53)
    ListGeoLocationsResponse listGeoLocations(ListGeoLocationsRequest r, Scope scope) {
        int max = PageSize.of(r.maxItems(), 100, 100);
        int start = 0;
        if (r.startContinentCode() != null || r.startCountryCode() != null) {
            start = GeoLocations.indexOf(r.startContinentCode(), r.startCountryCode(), r.startSubdivisionCode());
            if (start < 0) {
                throw new AwsException("InvalidInput", "The start location is not one Route 53 supports.");
            }
        }
        List<GeoLocations.Location> all = GeoLocations.ALL;
        int end = Math.min(all.size(), start + max);
        ListGeoLocationsResponse.Builder response = ListGeoLocationsResponse.builder()
                .geoLocationDetailsList(all.subList(start, end).stream().map(LimitAndGeoActions::toSdk).toList())
                .isTruncated(end < all.size()).maxItems(String.valueOf(max));
        if (end < all.size()) {
            GeoLocations.Location next = all.get(end);
            response.nextContinentCode(next.continentCode()).nextCountryCode(next.countryCode()).nextSubdivisionCode(next.subdivisionCode());
        }
        return response.build();
    }

    private static GeoLocationDetails toSdk(GeoLocations.Location l) {
        return GeoLocationDetails.builder().continentCode(l.continentCode()).continentName(l.continentName()).countryCode(l.countryCode())
                .countryName(l.countryName()).subdivisionCode(l.subdivisionCode()).subdivisionName(l.subdivisionName()).build();
    }
}
