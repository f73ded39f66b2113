package dev.netsim.route53;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.route53.model.AccountLimitType;
import software.amazon.awssdk.services.route53.model.GeoLocationDetails;
import software.amazon.awssdk.services.route53.model.HostedZoneLimitType;
import software.amazon.awssdk.services.route53.model.ReusableDelegationSetLimitType;
import software.amazon.awssdk.services.route53.model.VPCRegion;

/** Route 53's account-level resources: delegation sets, query logging, VPC association authorizations, limits, geolocations. */
class AccountResourcesWireTest extends NetsimIntegrationTest {

    @Test
    void reusableDelegationSetsGiveZonesTheSameNameServers() {
        var set = route53().createReusableDelegationSet(r -> r.callerReference("ds-1")).delegationSet();
        assertThat(set.id()).startsWith("N");
        assertThat(set.nameServers()).hasSize(4);
        assertAwsError(() -> route53().createReusableDelegationSet(r -> r.callerReference("ds-1")), "DelegationSetAlreadyCreated", 400);
        var a = route53().createHostedZone(r -> r.name("a.example").callerReference("a").delegationSetId(set.id()));
        var b = route53().createHostedZone(r -> r.name("b.example").callerReference("b").delegationSetId(set.id()));
        assertThat(a.delegationSet().nameServers()).isEqualTo(set.nameServers()).isEqualTo(b.delegationSet().nameServers());
        assertThat(route53().getHostedZone(r -> r.id(a.hostedZone().id())).delegationSet().id()).isEqualTo(set.id());
        assertThat(route53().getReusableDelegationSetLimit(r -> r.delegationSetId(set.id())
                .type(ReusableDelegationSetLimitType.MAX_ZONES_BY_REUSABLE_DELEGATION_SET)).count()).isEqualTo(2L);
        assertThat(route53().listReusableDelegationSets().delegationSets()).hasSize(1);
        assertAwsError(() -> route53().deleteReusableDelegationSet(r -> r.id(set.id())), "DelegationSetInUse", 400);
        assertAwsError(() -> route53().createHostedZone(r -> r.name("c.example").callerReference("c").delegationSetId("NNOTTHERE")),
                "NoSuchDelegationSet", 400);

        var fromZone = route53().createHostedZone(r -> r.name("d.example").callerReference("d"));
        var reused = route53().createReusableDelegationSet(r -> r.callerReference("ds-2").hostedZoneId(fromZone.hostedZone().id())).delegationSet();
        assertThat(reused.nameServers()).isEqualTo(fromZone.delegationSet().nameServers());
    }

    @Test
    void queryLoggingConfigsOnePerPublicZone() {
        String zone = route53().createHostedZone(r -> r.name("example.com").callerReference("z")).hostedZone().id();
        String arn = "arn:aws:logs:us-east-1:000000000000:log-group:/aws/route53/example.com";
        var config = route53().createQueryLoggingConfig(r -> r.hostedZoneId(zone).cloudWatchLogsLogGroupArn(arn)).queryLoggingConfig();
        assertThat(config.hostedZoneId()).isEqualTo(zone);
        assertAwsError(() -> route53().createQueryLoggingConfig(r -> r.hostedZoneId(zone).cloudWatchLogsLogGroupArn(arn)),
                "QueryLoggingConfigAlreadyExists", 409);
        assertAwsError(() -> route53().createQueryLoggingConfig(r -> r.hostedZoneId(zone)
                .cloudWatchLogsLogGroupArn("arn:aws:logs:eu-west-1:000000000000:log-group:x")), "InvalidInput", 400);
        assertThat(route53().listQueryLoggingConfigs(r -> r.hostedZoneId(zone)).queryLoggingConfigs()).hasSize(1);
        assertThat(route53().getQueryLoggingConfig(r -> r.id(config.id())).queryLoggingConfig().cloudWatchLogsLogGroupArn()).isEqualTo(arn);
        route53().deleteQueryLoggingConfig(r -> r.id(config.id()));
        assertAwsError(() -> route53().getQueryLoggingConfig(r -> r.id(config.id())), "NoSuchQueryLoggingConfig", 404);

        // a deleted zone's configuration goes with it
        String other = route53().createQueryLoggingConfig(r -> r.hostedZoneId(zone).cloudWatchLogsLogGroupArn(arn)).queryLoggingConfig().id();
        route53().deleteHostedZone(r -> r.id(zone));
        assertAwsError(() -> route53().getQueryLoggingConfig(r -> r.id(other)), "NoSuchQueryLoggingConfig", 404);
        assertThat(route53().listQueryLoggingConfigs(r -> { }).queryLoggingConfigs()).isEmpty();
    }

    @Test
    void anotherAccountsVpcNeedsTheZoneOwnersAuthorization() {
        String ownVpc = ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String zone = route53().createHostedZone(r -> r.name("internal.example").callerReference("p")
                .vpc(v -> v.vpcId(ownVpc).vpcRegion(VPCRegion.US_EAST_1))).hostedZone().id();
        String otherVpc = ec2(ACCOUNT_A, software.amazon.awssdk.regions.Region.US_EAST_1).createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        // the SDK's URLConnection client cannot read the body of a 401 to a POST, so the code is checked with the status alone
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(software.amazon.awssdk.awscore.exception.AwsServiceException.class,
                () -> route53(ACCOUNT_A).associateVPCWithHostedZone(r -> r.hostedZoneId(zone).vpc(v -> v.vpcId(otherVpc).vpcRegion(VPCRegion.US_EAST_1))));
        assertThat(refused.statusCode()).isEqualTo(401);
        route53().createVPCAssociationAuthorization(r -> r.hostedZoneId(zone).vpc(v -> v.vpcId(otherVpc).vpcRegion(VPCRegion.US_EAST_1)));
        assertThat(route53().listVPCAssociationAuthorizations(r -> r.hostedZoneId(zone)).vpCs()).extracting(v -> v.vpcId()).containsExactly(otherVpc);
        route53(ACCOUNT_A).associateVPCWithHostedZone(r -> r.hostedZoneId(zone).vpc(v -> v.vpcId(otherVpc).vpcRegion(VPCRegion.US_EAST_1)));
        assertThat(route53().getHostedZone(r -> r.id(zone)).vpCs()).hasSize(2);
        route53().deleteVPCAssociationAuthorization(r -> r.hostedZoneId(zone).vpc(v -> v.vpcId(otherVpc).vpcRegion(VPCRegion.US_EAST_1)));
        assertAwsError(() -> route53().deleteVPCAssociationAuthorization(r -> r.hostedZoneId(zone)
                .vpc(v -> v.vpcId(otherVpc).vpcRegion(VPCRegion.US_EAST_1))), "VPCAssociationAuthorizationNotFound", 404);
    }

    @Test
    void limitsCountWhatTheAccountUses() {
        String zone = route53().createHostedZone(r -> r.name("example.com").callerReference("z")).hostedZone().id();
        var zones = route53().getAccountLimit(r -> r.type(AccountLimitType.MAX_HOSTED_ZONES_BY_OWNER));
        assertThat(zones.limit().value()).isEqualTo(500L);
        assertThat(zones.count()).isEqualTo(1L);
        assertThat(route53().getAccountLimit(r -> r.type(AccountLimitType.MAX_HEALTH_CHECKS_BY_OWNER)).limit().value()).isEqualTo(200L);
        var records = route53().getHostedZoneLimit(r -> r.hostedZoneId(zone).type(HostedZoneLimitType.MAX_RRSETS_BY_ZONE));
        assertThat(records.limit().value()).isEqualTo(10000L);
        assertThat(records.count()).isEqualTo(2L);
        assertAwsError(() -> route53().getHostedZoneLimit(r -> r.hostedZoneId(zone).type(HostedZoneLimitType.MAX_VPCS_ASSOCIATED_BY_ZONE)),
                "HostedZoneNotPrivate", 400);
    }

    @Test
    void geolocationsListContinentsCountriesAndStates() {
        assertThat(route53().getGeoLocation(r -> r.countryCode("US").subdivisionCode("WA")).geoLocationDetails().subdivisionName())
                .isEqualTo("Washington");
        assertThat(route53().getGeoLocation(r -> r.continentCode("EU")).geoLocationDetails().continentName()).isEqualTo("Europe");
        assertThat(route53().getGeoLocation(r -> r.countryCode("*")).geoLocationDetails().countryName()).isEqualTo("Default");
        assertAwsError(() -> route53().getGeoLocation(r -> r.countryCode("ZZ")), "NoSuchGeoLocation", 404);
        var first = route53().listGeoLocations(r -> r.maxItems("8"));
        assertThat(first.geoLocationDetailsList()).extracting(GeoLocationDetails::continentCode).startsWith("AF", "AN", "AS");
        assertThat(first.isTruncated()).isTrue();
        long total = 0;
        var page = first;
        while (true) {
            total += page.geoLocationDetailsList().size();
            if (!page.isTruncated()) {
                break;
            }
            var current = page;
            page = route53().listGeoLocations(r -> r.maxItems("100").startContinentCode(current.nextContinentCode())
                    .startCountryCode(current.nextCountryCode()).startSubdivisionCode(current.nextSubdivisionCode()));
        }
        assertThat(total).isGreaterThan(250);
    }
}
