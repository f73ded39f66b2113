package dev.netsim.elbv2.simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.Scope;
import dev.netsim.elbv2.listener.ActionDoc;
import dev.netsim.elbv2.listener.ConditionDoc;
import dev.netsim.elbv2.listener.Listener;
import dev.netsim.elbv2.listener.ListenerService;
import dev.netsim.elbv2.listener.RuleService;
import dev.netsim.elbv2.loadbalancer.LoadBalancer;
import dev.netsim.elbv2.targetgroup.TargetGroup;
import dev.netsim.elbv2.targetgroup.TargetGroupService;
import dev.netsim.elbv2.targetgroup.TargetRegistrationService;
import dev.netsim.simulation.loadbalancing.Algorithm;
import dev.netsim.simulation.loadbalancing.CrossZone;
import dev.netsim.simulation.loadbalancing.HealthState;
import dev.netsim.simulation.loadbalancing.ListenerModel;
import dev.netsim.simulation.loadbalancing.ListenerRule;
import dev.netsim.simulation.loadbalancing.LoadBalancerKind;
import dev.netsim.simulation.loadbalancing.LoadBalancerModel;
import dev.netsim.simulation.loadbalancing.RuleAction;
import dev.netsim.simulation.loadbalancing.RuleCondition;
import dev.netsim.simulation.loadbalancing.Stickiness;
import dev.netsim.simulation.loadbalancing.TargetGroupModel;
import dev.netsim.simulation.loadbalancing.TargetModel;

/**
 * Compiles a stored load balancer into the engine's model: its zones and cross-zone attribute, each
 * listener's rules and default action, and every target group they forward to with its attributes
 * and its targets' health as DescribeTargetHealth reports it.
 */
@Component
class LoadBalancerModels {

    private final ListenerService listeners;
    private final RuleService rules;
    private final TargetGroupService groups;
    private final TargetRegistrationService targets;

    LoadBalancerModels(ListenerService listeners, RuleService rules, TargetGroupService groups, TargetRegistrationService targets) {
        this.listeners = listeners;
        this.rules = rules;
        this.groups = groups;
        this.targets = targets;
    }

    @Transactional(readOnly = true)
    LoadBalancerModel of(Scope scope, LoadBalancer lb) {
        List<String> zones = lb.zones().stream().map(LoadBalancer.Zone::zoneName).toList();
        Map<String, TargetGroupModel> compiled = new HashMap<>();
        List<ListenerModel> models = new ArrayList<>();
        for (Listener l : listeners.describe(scope, lb.getArn(), List.of(), 400, null).items()) {
            List<ListenerRule> ruleModels = new ArrayList<>();
            for (RuleService.RuleView r : rules.ofListener(l)) {
                if (!r.isDefault()) {
                    ruleModels.add(new ListenerRule(r.arn(), r.priority(), r.conditions().stream().map(LoadBalancerModels::condition).toList(),
                            action(scope, zones, r.actions(), compiled)));
                }
            }
            int port = l.getPort() == null ? 6081 : l.getPort();
            models.add(new ListenerModel(l.getArn(), port, l.getProtocol() == null ? "GENEVE" : l.getProtocol(), ruleModels,
                    action(scope, zones, l.defaultActions(), compiled)));
        }
        return new LoadBalancerModel(lb.getArn(), lb.getName(), LoadBalancerKind.of(lb.getType()), zones,
                "true".equals(lb.attributes().get("load_balancing.cross_zone.enabled")), models);
    }

    private RuleAction action(Scope scope, List<String> zones, List<ActionDoc> actions, Map<String, TargetGroupModel> compiled) {
        ActionDoc terminal = actions.get(actions.size() - 1);
        return switch (terminal.type()) {
            case "redirect" -> {
                ActionDoc.Redirect r = terminal.redirect();
                yield new RuleAction.Redirect(r.protocol(), r.host(), r.port(), r.path(), r.query(), r.statusCode());
            }
            case "fixed-response" -> {
                ActionDoc.FixedResponse f = terminal.fixedResponse();
                yield new RuleAction.FixedResponse(f.statusCode(), f.contentType(), f.messageBody());
            }
            default -> new RuleAction.Forward(terminal.forwardGroups().stream().map(g -> new RuleAction.WeightedGroup(
                    compiled.computeIfAbsent(g.targetGroupArn(), arn -> group(scope, zones, arn)), g.weight())).toList(),
                    Boolean.TRUE.equals(terminal.groupStickiness()) ? Duration.ofSeconds(terminal.groupStickinessSeconds()) : null);
        };
    }

    private TargetGroupModel group(Scope scope, List<String> zones, String arn) {
        TargetGroup group = groups.get(scope, arn);
        Map<String, String> a = group.attributes();
        Stickiness stickiness = null;
        if ("true".equals(a.get("stickiness.enabled"))) {
            String type = a.getOrDefault("stickiness.type", "lb_cookie");
            String seconds = type.equals("app_cookie") ? a.get("stickiness.app_cookie.duration_seconds") : a.get("stickiness.lb_cookie.duration_seconds");
            stickiness = new Stickiness(type.startsWith("source_ip") ? Stickiness.Type.SOURCE_IP : Stickiness.Type.of(type),
                    Duration.ofSeconds(seconds == null ? 0 : Long.parseLong(seconds)), a.get("stickiness.app_cookie.cookie_name"));
        }
        List<TargetModel> members = targets.health(scope, arn, List.of(), zones).stream()
                .map(h -> new TargetModel(h.id(), h.port(), h.availabilityZone(), HealthState.of(h.state()), h.reason(), h.slowStartFrom()))
                .toList();
        return new TargetGroupModel(arn, group.getName(), group.settings().protocol(),
                Algorithm.of(a.getOrDefault("load_balancing.algorithm.type", "round_robin")), stickiness,
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("slow_start.duration_seconds", "0"))),
                CrossZone.of(a.getOrDefault("load_balancing.cross_zone.enabled", "use_load_balancer_configuration")), members);
    }

    private static RuleCondition condition(ConditionDoc c) {
        return switch (c.field()) {
            case "host-header" -> RuleCondition.hostHeader(c.values());
            case "path-pattern" -> RuleCondition.pathPattern(c.values());
            case "http-header" -> RuleCondition.httpHeader(c.httpHeaderName(), c.values());
            case "http-request-method" -> RuleCondition.httpRequestMethod(c.values());
            case "source-ip" -> RuleCondition.sourceIp(c.values());
            default -> RuleCondition.queryString(c.queryPairs().stream().map(p -> new RuleCondition.QueryPair(p.key(), p.value())).toList());
        };
    }
}
