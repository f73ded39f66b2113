package dev.netsim.elbv2.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.netsim.common.Scope;
import dev.netsim.common.StateResetEvent;
import dev.netsim.common.persistence.CommittedWrites;
import dev.netsim.common.persistence.SeparateReads;
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
import dev.netsim.simulation.loadbalancing.Authentication;
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
 * and its targets' health as DescribeTargetHealth reports it. A model is kept until the next
 * committed write or the next health change that happens by itself (a draining target leaving, an
 * initial one turning healthy), so a stream of simulated requests reads the database once.
 */
@Component
class LoadBalancerModels {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LoadBalancerModels.class);

    private record Cached(LoadBalancerModel model, long version, Instant changesAt) {
    }

    private final ListenerService listeners;
    private final RuleService rules;
    private final TargetGroupService groups;
    private final TargetRegistrationService targets;
    private final CommittedWrites writes;
    private final TransactionTemplate reads;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    LoadBalancerModels(ListenerService listeners, RuleService rules, TargetGroupService groups, TargetRegistrationService targets,
                       CommittedWrites writes, PlatformTransactionManager transactions, Clock clock) {
        this.listeners = listeners;
        this.rules = rules;
        this.groups = groups;
        this.targets = targets;
        this.writes = writes;
        this.reads = SeparateReads.of(transactions);
        this.clock = clock;
    }

    LoadBalancerModel of(Scope scope, LoadBalancer lb) {
        Cached cached = cache.get(lb.getArn());
        if (cached != null && cached.version() == writes.version() && clock.instant().isBefore(cached.changesAt())) {
            return cached.model();
        }
        cached = writes.readingConsistently(version -> reads.execute(status -> compile(scope, lb, version)));
        LOG.debug("model of {} compiled at version {}, good until {}", lb.getName(), cached.version(), cached.changesAt());
        cache.put(lb.getArn(), cached);
        return cached.model();
    }

    @EventListener(StateResetEvent.class)
    void reset() {
        cache.clear();
    }

    /** One compilation: the target groups compiled so far (a group may serve several rules) and when the first health changes. */
    private final class Compilation {
        final Scope scope;
        final List<String> zones;
        final Map<String, TargetGroupModel> groupModels = new HashMap<>();
        Instant changesAt = Instant.MAX;

        Compilation(Scope scope, List<String> zones) {
            this.scope = scope;
            this.zones = zones;
        }

        TargetGroupModel group(String arn) {
            return groupModels.computeIfAbsent(arn, this::compileGroup);
        }

        private TargetGroupModel compileGroup(String arn) {
            TargetGroup group = groups.get(scope, arn);
            Map<String, String> a = group.attributes();
            List<TargetModel> members = new ArrayList<>();
            for (TargetRegistrationService.TargetHealth h : targets.health(scope, arn, List.of(), zones)) {
                members.add(new TargetModel(h.id(), h.port(), h.availabilityZone(), HealthState.of(h.state()), h.reason(), h.slowStartFrom(),
                        h.anomalous()));
                if (h.changesAt() != null && h.changesAt().isBefore(changesAt)) {
                    changesAt = h.changesAt();
                }
            }
            return new TargetGroupModel(arn, group.getName(), group.settings().protocol(),
                    Algorithm.of(a.getOrDefault("load_balancing.algorithm.type", "round_robin")), stickiness(a),
                    Duration.ofSeconds(Long.parseLong(a.getOrDefault("slow_start.duration_seconds", "0"))),
                    CrossZone.of(a.getOrDefault("load_balancing.cross_zone.enabled", "use_load_balancer_configuration")),
                    new TargetGroupModel.Options("on".equals(a.get("load_balancing.algorithm.anomaly_mitigation")),
                            "rebalance".equals(a.get("target_failover.on_deregistration")), "rebalance".equals(a.get("target_failover.on_unhealthy"))),
                    members);
        }
    }

    private Cached compile(Scope scope, LoadBalancer lb, long version) {
        Compilation c = new Compilation(scope, lb.zones().stream().map(LoadBalancer.Zone::zoneName).toList());
        List<ListenerModel> models = new ArrayList<>();
        for (Listener l : listeners.ofLoadBalancer(lb.getArn())) {
            List<ListenerRule> ruleModels = new ArrayList<>();
            for (RuleService.RuleView r : rules.ofListener(l)) {
                if (!r.isDefault()) {
                    ruleModels.add(new ListenerRule(r.arn(), r.priority(), r.conditions().stream().map(LoadBalancerModels::condition).toList(),
                            authentication(r.actions()), action(c, r.actions())));
                }
            }
            int port = l.getPort() == null ? 6081 : l.getPort();
            models.add(new ListenerModel(l.getArn(), port, l.getProtocol() == null ? "GENEVE" : l.getProtocol(), ruleModels,
                    authentication(l.defaultActions()), action(c, l.defaultActions())));
        }
        return new Cached(new LoadBalancerModel(lb.getArn(), lb.getName(), LoadBalancerKind.of(lb.getType()), c.zones,
                "true".equals(lb.attributes().get("load_balancing.cross_zone.enabled")), models), version, c.changesAt);
    }

    private static RuleAction action(Compilation c, List<ActionDoc> actions) {
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
            default -> new RuleAction.Forward(terminal.forwardGroups().stream()
                    .map(g -> new RuleAction.WeightedGroup(c.group(g.targetGroupArn()), g.weight())).toList(),
                    Boolean.TRUE.equals(terminal.groupStickiness()) ? Duration.ofSeconds(terminal.groupStickinessSeconds()) : null);
        };
    }

    /**
     * The authenticate action before the terminal one, if any, with the endpoint a browser is sent to:
     * the OIDC provider's, or the Cognito domain's ({@code https://<prefix>.auth.<region>.amazoncognito.com},
     * or the custom domain itself).
     */
    private static Authentication authentication(List<ActionDoc> actions) {
        return actions.stream().filter(ActionDoc::authenticates).findFirst().map(a -> {
            ActionDoc.Authenticate x = a.authenticate();
            boolean cognito = a.type().equals("authenticate-cognito");
            String endpoint = !cognito ? x.authorizationEndpoint() : x.userPoolDomain().contains(".")
                    ? "https://" + x.userPoolDomain() + "/oauth2/authorize"
                    : "https://" + x.userPoolDomain() + ".auth." + x.userPoolArn().split(":")[3] + ".amazoncognito.com/oauth2/authorize";
            return new Authentication(a.type(), x.sessionCookieName(), x.onUnauthenticatedRequest(), endpoint,
                    cognito ? x.userPoolClientId() : x.clientId(), x.scope());
        }).orElse(null);
    }

    private static Stickiness stickiness(Map<String, String> a) {
        if (!"true".equals(a.get("stickiness.enabled"))) {
            return null;
        }
        String type = a.getOrDefault("stickiness.type", "lb_cookie");
        String seconds = type.equals("app_cookie") ? a.get("stickiness.app_cookie.duration_seconds") : a.get("stickiness.lb_cookie.duration_seconds");
        return new Stickiness(Stickiness.Type.of(type),
                Duration.ofSeconds(seconds == null ? 0 : Long.parseLong(seconds)), a.get("stickiness.app_cookie.cookie_name"));
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
