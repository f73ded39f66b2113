package dev.netsim.route53.record;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.simulation.dns.RecordSet;

/** What a change batch checks outside its zone, looked up in the account that sends it. */
@Component
class ChangeBatchContext {

    private final ObjectProvider<HealthCheckLookup> healthChecks;
    private final ObjectProvider<CidrLocationLookup> cidrLocations;
    private final ObjectProvider<AliasTargetDirectory> aliasTargets;

    ChangeBatchContext(ObjectProvider<HealthCheckLookup> healthChecks, ObjectProvider<CidrLocationLookup> cidrLocations,
                       ObjectProvider<AliasTargetDirectory> aliasTargets) {
        this.healthChecks = healthChecks;
        this.cidrLocations = cidrLocations;
        this.aliasTargets = aliasTargets;
    }

    ChangeBatch.Context forAccount(Scope scope) {
        String account = scope.account();
        return new ChangeBatch.Context() {
            @Override
            public boolean healthCheckExists(String healthCheckId) {
                return healthChecks.stream().anyMatch(lookup -> lookup.exists(account, healthCheckId));
            }

            @Override
            public Optional<String> externalAliasProblem(RecordSet set) {
                RecordSet.AliasTarget target = set.aliasTarget();
                String prefix = "Tried to create an alias that targets " + target.dnsName() + ", type " + set.type() + " in zone " + target.hostedZoneId();
                Optional<AliasTargetDirectory> directory = aliasTargets.stream().filter(d -> d.serves(target.hostedZoneId())).findFirst();
                if (directory.isEmpty()) {
                    return Optional.of(prefix + ", but the alias target name does not lie within the target zone");
                }
                Optional<AliasTargetDirectory.AliasResource> resource = directory.get().find(account, target.hostedZoneId(), target.dnsName());
                if (resource.isEmpty()) {
                    return Optional.of(prefix + ", but the alias target name does not lie within the target zone");
                }
                if (target.evaluateTargetHealth() && !resource.get().evaluatesHealth()) {
                    return Optional.of(prefix + ", but EvaluateTargetHealth is not supported for " + resource.get().description());
                }
                return Optional.empty();
            }

            @Override
            public Optional<String> cidrProblem(RecordSet.CidrRouting routing) {
                return cidrLocations.stream().map(lookup -> lookup.problem(account, routing.collectionId(), routing.locationName()))
                        .findFirst().orElse(Optional.of("The CIDR collection " + routing.collectionId() + " does not exist"));
            }
        };
    }
}
