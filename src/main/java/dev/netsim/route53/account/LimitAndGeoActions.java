package dev.netsim.route53.account;


import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
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

    private final Route53Limits limits;

    LimitAndGeoActions(Route53Limits limits) {
        this.limits = limits;
    }

    @AwsAction(WireService.ROUTE53)
    GetAccountLimitResponse getAccountLimit(GetAccountLimitRequest r, Scope scope) {
        Route53Limits.Usage usage = limits.account(scope, r.typeAsString());
        return GetAccountLimitResponse.builder().limit(AccountLimit.builder().type(r.typeAsString()).value(usage.limit()).build())
                .count(usage.count()).build();
    }

    @AwsAction(WireService.ROUTE53)
    GetHostedZoneLimitResponse getHostedZoneLimit(GetHostedZoneLimitRequest r, Scope scope) {
        Route53Limits.Usage usage = limits.hostedZone(scope, r.hostedZoneId(), r.typeAsString());
        return GetHostedZoneLimitResponse.builder().limit(HostedZoneLimit.builder().type(r.typeAsString()).value(usage.limit()).build())
                .count(usage.count()).build();
    }

    @AwsAction(WireService.ROUTE53)
    GetReusableDelegationSetLimitResponse getReusableDelegationSetLimit(GetReusableDelegationSetLimitRequest r, Scope scope) {
        Route53Limits.Usage usage = limits.delegationSet(scope, r.delegationSetId(), r.typeAsString());
        return GetReusableDelegationSetLimitResponse.builder()
                .limit(ReusableDelegationSetLimit.builder().type(r.typeAsString()).value(usage.limit()).build()).count(usage.count()).build();
    }

    @AwsAction(WireService.ROUTE53)
    GetGeoLocationResponse getGeoLocation(GetGeoLocationRequest r, Scope scope) {
        return GetGeoLocationResponse.builder().geoLocationDetails(toSdk(GeoLocations.get(r.continentCode(), r.countryCode(), r.subdivisionCode())))
                .build();
    }

    @AwsAction(WireService.ROUTE53)
    ListGeoLocationsResponse listGeoLocations(ListGeoLocationsRequest r, Scope scope) {
        int max = PageSize.of(r.maxItems(), 100, 100);
        GeoLocations.Page page = GeoLocations.page(r.startContinentCode(), r.startCountryCode(), r.startSubdivisionCode(), max);
        ListGeoLocationsResponse.Builder response = ListGeoLocationsResponse.builder()
                .geoLocationDetailsList(page.locations().stream().map(LimitAndGeoActions::toSdk).toList())
                .isTruncated(page.next() != null).maxItems(String.valueOf(max));
        if (page.next() != null) {
            GeoLocations.Location next = page.next();
            response.nextContinentCode(next.continentCode()).nextCountryCode(next.countryCode()).nextSubdivisionCode(next.subdivisionCode());
        }
        return response.build();
    }

    private static GeoLocationDetails toSdk(GeoLocations.Location l) {
        return GeoLocationDetails.builder().continentCode(l.continentCode()).continentName(l.continentName()).countryCode(l.countryCode())
                .countryName(l.countryName()).subdivisionCode(l.subdivisionCode()).subdivisionName(l.subdivisionName()).build();
    }
}
