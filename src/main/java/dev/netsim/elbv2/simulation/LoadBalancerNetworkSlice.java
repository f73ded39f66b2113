package dev.netsim.elbv2.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.elbv2.listener.ActionDoc;
import dev.netsim.elbv2.listener.Listener;
import dev.netsim.elbv2.listener.ListenerService;
import dev.netsim.elbv2.listener.RuleService;
import dev.netsim.elbv2.loadbalancer.LoadBalancer;
import dev.netsim.elbv2.loadbalancer.LoadBalancerService;
import dev.netsim.elbv2.targetgroup.TargetGroup;
import dev.netsim.elbv2.targetgroup.TargetGroupService;
import dev.netsim.elbv2.targetgroup.TargetRegistrationService;
import dev.netsim.simulation.network.LoadBalancerNode;

/**
 * Load balancers as reachability sees them: their nodes' interfaces, groups and cross-zone setting,
 * and for each listener the target groups its rules (by priority) and default actions forward to,
 * with the targets registered there now (a draining target takes no new connections, so it is left
 * out, and the snapshot is assembled again when a drain ends).
 */
@Component
class LoadBalancerNetworkSlice implements NetworkSlice {

    private final LoadBalancerService balancers;
    private final ListenerService listeners;
    private final RuleService rules;
    private final TargetGroupService groups;
    private final TargetRegistrationService targets;

    LoadBalancerNetworkSlice(LoadBalancerService balancers, ListenerService listeners, RuleService rules, TargetGroupService groups,
                             TargetRegistrationService targets) {
        this.balancers = balancers;
        this.listeners = listeners;
        this.rules = rules;
        this.groups = groups;
        this.targets = targets;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        Map<String, LoadBalancerNode.TargetGroup> compiled = new LinkedHashMap<>();
        for (LoadBalancer lb : balancers.inScope(scope)) {
            List<String> zones = lb.zones().stream().map(LoadBalancer.Zone::zoneName).toList();
            List<LoadBalancerNode.Listener> nodeListeners = new ArrayList<>();
            for (Listener l : listeners.ofLoadBalancer(lb.getArn())) {
                List<String> forwarded = new ArrayList<>();
                rules.ofListener(l).stream().filter(r -> !r.isDefault()).forEach(r -> forwarded.addAll(ActionDoc.forwardedGroups(r.actions())));
                forwarded.addAll(ActionDoc.forwardedGroups(l.defaultActions()));
                List<LoadBalancerNode.TargetGroup> nodeGroups = forwarded.stream().distinct()
                        .map(arn -> compiled.computeIfAbsent(arn, a -> group(scope, assembly, lb, a, zones))).toList();
                nodeListeners.add(new LoadBalancerNode.Listener(l.getArn(), l.getPort() == null ? 6081 : l.getPort(),
                        l.getProtocol() == null ? "GENEVE" : l.getProtocol(), nodeGroups));
            }
            assembly.network().loadBalancer(new LoadBalancerNode(lb.getArn(), lb.getName(), lb.getType(), lb.getScheme(), lb.getVpcId(),
                    lb.zones().stream().filter(z -> z.networkInterfaceId() != null)
                            .map(z -> new LoadBalancerNode.Zone(z.zoneName(), z.subnetId(), z.networkInterfaceId())).toList(),
                    lb.securityGroups(), "true".equals(lb.attributes().get("load_balancing.cross_zone.enabled")), nodeListeners));
        }
    }

    private LoadBalancerNode.TargetGroup group(Scope scope, NetworkAssembly assembly, LoadBalancer lb, String arn, List<String> zones) {
        TargetGroup group = groups.get(scope, arn);
        Map<String, String> a = group.attributes();
        List<LoadBalancerNode.Target> members = new ArrayList<>();
        for (TargetRegistrationService.TargetHealth h : targets.health(scope, arn, List.of(), zones)) {
            if (h.changesAt() != null) {
                assembly.changesAt(h.changesAt());
            }
            if (!"draining".equals(h.state())) {
                members.add(new LoadBalancerNode.Target(h.id(), h.port(), h.id().startsWith("i-") ? null : h.availabilityZone()));
            }
        }
        String crossZone = a.getOrDefault("load_balancing.cross_zone.enabled", "use_load_balancer_configuration");
        return new LoadBalancerNode.TargetGroup(arn, group.getName(),
                lb.getType().equals("network") && "true".equals(a.get("preserve_client_ip.enabled")),
                crossZone.equals("use_load_balancer_configuration") ? null : Boolean.valueOf(crossZone), members);
    }
}
