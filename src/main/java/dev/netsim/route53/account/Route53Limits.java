package dev.netsim.route53.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.route53.healthcheck.HealthCheckService;
import dev.netsim.route53.zone.HostedZone;
import dev.netsim.route53.zone.HostedZoneService;

/** Route 53's quotas (AWS's defaults) and how much of each the account, a zone or a delegation set uses. */
@Service
@Transactional(readOnly = true)
public class Route53Limits {

    /** A quota and its use. */
    public record Usage(long limit, long count) {
    }

    private final HostedZoneService zones;
    private final HealthCheckService checks;
    private final DelegationSetService delegationSets;
    private final ObjectProvider<AccountQuota> otherQuotas;

    Route53Limits(HostedZoneService zones, HealthCheckService checks, DelegationSetService delegationSets, ObjectProvider<AccountQuota> otherQuotas) {
        this.zones = zones;
        this.checks = checks;
        this.delegationSets = delegationSets;
        this.otherQuotas = otherQuotas;
    }

    public Usage account(Scope scope, String type) {
        return switch (String.valueOf(type)) {
            case "MAX_HEALTH_CHECKS_BY_OWNER" -> new Usage(HealthCheckService.MAX_HEALTH_CHECKS, checks.count(scope));
            case "MAX_HOSTED_ZONES_BY_OWNER" -> new Usage(HostedZoneService.MAX_HOSTED_ZONES, zones.count(scope));
            case "MAX_REUSABLE_DELEGATION_SETS_BY_OWNER" -> new Usage(DelegationSetService.MAX_SETS, delegationSets.all(scope).size());
            default -> otherQuotas.stream().filter(q -> q.quotaType().equals(type)).findFirst().map(q -> new Usage(q.limit(), q.used(scope)))
                    .orElseThrow(() -> invalidType(type, "MAX_HEALTH_CHECKS_BY_OWNER, MAX_HOSTED_ZONES_BY_OWNER, "
                            + "MAX_TRAFFIC_POLICY_INSTANCES_BY_OWNER, MAX_REUSABLE_DELEGATION_SETS_BY_OWNER, MAX_TRAFFIC_POLICIES_BY_OWNER"));
        };
    }

    public Usage hostedZone(Scope scope, String zoneId, String type) {
        HostedZone zone = zones.get(scope, zoneId);
        return switch (String.valueOf(type)) {
            case "MAX_RRSETS_BY_ZONE" -> new Usage(HostedZoneService.MAX_RECORD_SETS_PER_ZONE, zone.getRecordSetCount());
            case "MAX_VPCS_ASSOCIATED_BY_ZONE" -> {
                if (!zone.isPrivateZone()) {
                    throw new AwsException("HostedZoneNotPrivate", "The hosted zone " + zone.getId() + " is public: it has no VPCs.");
                }
                yield new Usage(HostedZoneService.MAX_VPCS_PER_ZONE, zone.getVpcs().size());
            }
            default -> throw invalidType(type, "MAX_RRSETS_BY_ZONE, MAX_VPCS_ASSOCIATED_BY_ZONE");
        };
    }

    public Usage delegationSet(Scope scope, String setId, String type) {
        if (!"MAX_ZONES_BY_REUSABLE_DELEGATION_SET".equals(type)) {
            throw invalidType(type, "MAX_ZONES_BY_REUSABLE_DELEGATION_SET");
        }
        DelegationSetService.DelegationSet set = delegationSets.get(scope, setId);
        return new Usage(HostedZoneService.MAX_ZONES_PER_DELEGATION_SET, delegationSets.zonesUsing(scope, set.id()));
    }

    private static AwsException invalidType(String type, String values) {
        return new AwsException("InvalidInput", "Value '" + type + "' at 'type' failed to satisfy constraint: Member must satisfy enum value set: ["
                + values + "]");
    }
}
