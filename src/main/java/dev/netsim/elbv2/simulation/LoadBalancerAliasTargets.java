package dev.netsim.elbv2.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.Scope;
import dev.netsim.elbv2.loadbalancer.HostedZones;
import dev.netsim.elbv2.loadbalancer.LoadBalancer;
import dev.netsim.elbv2.loadbalancer.LoadBalancerService;
import dev.netsim.elbv2.targetgroup.TargetGroupService;
import dev.netsim.elbv2.targetgroup.TargetRegistrationService;
import dev.netsim.route53.record.AliasTargetDirectory;

/**
 * Load balancers as Route 53 alias targets: found by DNS name (with or without {@code dualstack.})
 * and canonical hosted zone id; they answer with their nodes' addresses, and are healthy for
 * EvaluateTargetHealth when every target group they route to has a healthy target.
 */
@Component
class LoadBalancerAliasTargets implements AliasTargetDirectory {

    /** The traffic policy endpoint types that name a load balancer. */
    private static final Set<String> ENDPOINT_TYPES = Set.of("elastic-load-balancer", "application-load-balancer", "network-load-balancer");

    private final LoadBalancerService balancers;
    private final TargetGroupService groups;
    private final TargetRegistrationService targets;

    LoadBalancerAliasTargets(LoadBalancerService balancers, TargetGroupService groups, TargetRegistrationService targets) {
        this.balancers = balancers;
        this.groups = groups;
        this.targets = targets;
    }

    @Override
    public boolean serves(String hostedZoneId) {
        return HostedZones.isLoadBalancerZone(hostedZoneId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AliasResource> find(String account, String hostedZoneId, String dnsName) {
        return byName(account, dnsName).filter(lb -> lb.getCanonicalHostedZoneId().equals(hostedZoneId)).map(lb -> {
            // the nodes' interfaces here hold IPv4 addresses only, so an AAAA alias to a dual-stack load balancer answers nothing
            return new AliasResource("load balancer " + lb.getName(), true, balancers.nodeAddresses(lb), List.of(), healthy(lb));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> hostedZoneOf(String account, String endpointType, String dnsName) {
        return ENDPOINT_TYPES.contains(endpointType) ? byName(account, dnsName).map(LoadBalancer::getCanonicalHostedZoneId) : Optional.empty();
    }

    private Optional<LoadBalancer> byName(String account, String dnsName) {
        String name = dnsName.endsWith(".") ? dnsName.substring(0, dnsName.length() - 1) : dnsName;
        return balancers.byDnsName(account, name.startsWith("dualstack.") ? name.substring("dualstack.".length()) : name);
    }

    /** Healthy when it routes to at least one group and each group it routes to has a healthy target. */
    private boolean healthy(LoadBalancer lb) {
        Scope scope = new Scope(lb.getAccount(), lb.getRegion());
        List<String> routedGroups = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : groups.loadBalancersByGroup(scope).entrySet()) {
            if (e.getValue().contains(lb.getArn())) {
                routedGroups.add(e.getKey());
            }
        }
        List<String> zones = lb.zones().stream().map(LoadBalancer.Zone::zoneName).toList();
        return !routedGroups.isEmpty() && routedGroups.stream()
                .allMatch(arn -> targets.health(scope, arn, List.of(), zones).stream().anyMatch(t -> t.state().equals("healthy")));
    }
}
