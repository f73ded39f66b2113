package dev.netsim.route53.zone;

import java.util.List;
import java.util.Optional;

import dev.netsim.common.Scope;

/** The reusable delegation sets zones can be created with; implemented by the delegation set service. */
public interface ReusableDelegationSets {

    /** @throws dev.netsim.common.AwsException NoSuchDelegationSet when the account has no such set */
    Optional<List<String>> nameServers(Scope scope, String delegationSetId);

    long zonesUsing(Scope scope, String delegationSetId);
}
