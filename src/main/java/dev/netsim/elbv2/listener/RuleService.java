package dev.netsim.elbv2.listener;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.elbv2.ElbErrors;
import dev.netsim.elbv2.ElbPages;
import dev.netsim.elbv2.ElbQuotas;
import dev.netsim.elbv2.loadbalancer.LoadBalancer;
import dev.netsim.elbv2.loadbalancer.LoadBalancerService;
import dev.netsim.elbv2.tag.ElbTagService;

/**
 * Rules of application load balancer listeners: unique priorities 1-50000 per listener, conditions
 * and actions as AWS checks them, at most 100 rules per load balancer besides the default rules.
 * The default rule is the listener's own (its default actions) and cannot be deleted or moved.
 */
@Service
@Transactional
public class RuleService {

    static final int MAX_RULES_PER_LOAD_BALANCER = ElbQuotas.RULES_PER_APPLICATION_LOAD_BALANCER;

    private final ListenerRuleRepository rules;
    private final ListenerService listeners;
    private final ListenerRepository listenerRows;
    private final LoadBalancerService balancers;
    private final ActionValidator actions;
    private final ElbTagService tags;
    private final IdGenerator ids;

    public RuleService(ListenerRuleRepository rules, ListenerService listeners, ListenerRepository listenerRows, LoadBalancerService balancers,
                       ActionValidator actions, ElbTagService tags, IdGenerator ids) {
        this.rules = rules;
        this.listeners = listeners;
        this.listenerRows = listenerRows;
        this.balancers = balancers;
        this.actions = actions;
        this.tags = tags;
        this.ids = ids;
    }

    /** A rule as Describe shows it; the default rule has a null priority and no conditions. */
    public record RuleView(String arn, Integer priority, List<ConditionDoc> conditions, List<ActionDoc> actions) {

        public boolean isDefault() {
            return priority == null;
        }
    }

    public RuleView create(Scope scope, String listenerArn, Integer priority, List<ConditionDoc> conditions, List<ActionDoc> newActions,
                           Map<String, String> newTags) {
        Listener listener = listeners.get(scope, listenerArn);
        LoadBalancer lb = balancers.get(scope, listener.getLoadBalancerArn());
        if (!lb.getType().equals("application")) {
            throw ElbErrors.validation("Rules can be added to listeners of application load balancers only");
        }
        if (priority == null) {
            throw ElbErrors.missing("priority");
        }
        ElbErrors.inRange(priority, priority, 1, 50000, "priority");
        List<ConditionDoc> checkedConditions = ConditionValidator.validate(conditions);
        List<ActionDoc> checkedActions = actions.validate(scope, lb, listener.getProtocol(), newActions, "actions");
        listeners.requireSingleLoadBalancer(scope, lb, checkedActions);
        tags.validate(newTags);
        if (rules.existsByListenerArnAndPriority(listenerArn, priority)) {
            throw new AwsException("PriorityInUse", "Priority '" + priority + "' is currently in use");
        }
        long onBalancer = listenerRows.findByLoadBalancerArnOrderByArn(lb.getArn()).stream()
                .mapToLong(l -> rules.findByListenerArnOrderByPriority(l.getArn()).size()).sum();
        if (onBalancer >= MAX_RULES_PER_LOAD_BALANCER) {
            throw new AwsException("TooManyRules", "The quota for the number of rules per load balancer has been reached ("
                    + MAX_RULES_PER_LOAD_BALANCER + ")");
        }
        String listenerId = listenerArn.substring(listenerArn.lastIndexOf('/') + 1);
        String arn = lb.getArn().replace(":loadbalancer/", ":listener-rule/") + "/" + listenerId + "/" + ids.hex(16);
        ListenerRule rule = rules.save(new ListenerRule(arn, scope.account(), scope.region(), listenerArn, priority, checkedConditions,
                checkedActions));
        tags.tag(arn, newTags);
        return view(rule);
    }

    @Transactional(readOnly = true)
    public Page<RuleView> describe(Scope scope, String listenerArn, List<String> ruleArns, Integer pageSize, String marker) {
        if ((listenerArn == null) == ruleArns.isEmpty()) {
            throw ElbErrors.validation("You must specify either listener ARN or rule ARNs");
        }
        List<RuleView> selected;
        if (listenerArn != null) {
            selected = ofListener(listeners.get(scope, listenerArn));
        } else {
            selected = listenerRows.findByAccountAndRegionOrderByArn(scope.account(), scope.region()).stream()
                    .flatMap(l -> ofListener(l).stream()).filter(r -> ruleArns.contains(r.arn())).toList();
            if (selected.size() != Set.copyOf(ruleArns).size()) {
                throw notFound();
            }
        }
        return ElbPages.page(selected, r -> String.format("%06d", r.isDefault() ? 999_999 : r.priority()) + r.arn(), pageSize, marker);
    }

    /** A listener's rules in priority order, the default rule last. */
    @Transactional(readOnly = true)
    public List<RuleView> ofListener(Listener listener) {
        List<RuleView> views = new java.util.ArrayList<>(rules.findByListenerArnOrderByPriority(listener.getArn()).stream().map(RuleService::view).toList());
        views.add(new RuleView(listener.getDefaultRuleArn(), null, List.of(), listener.defaultActions()));
        return views;
    }

    public RuleView modify(Scope scope, String ruleArn, List<ConditionDoc> conditions, List<ActionDoc> newActions) {
        ElbErrors.requireArn(ruleArn, "listener-rule", "ruleArn");
        Listener defaultOf = defaultRuleListener(scope, ruleArn);
        if (defaultOf != null) {
            if (conditions != null && !conditions.isEmpty()) {
                throw new AwsException("OperationNotPermitted", "The default rule cannot have conditions");
            }
            if (newActions != null && !newActions.isEmpty()) {
                listeners.modify(scope, defaultOf.getArn(), new ListenerService.ListenerSpec(null, null, null, null, null, newActions, null));
            }
            return new RuleView(ruleArn, null, List.of(), defaultOf.defaultActions());
        }
        ListenerRule rule = find(scope, ruleArn);
        Listener listener = listeners.get(scope, rule.getListenerArn());
        LoadBalancer lb = balancers.get(scope, listener.getLoadBalancerArn());
        if (conditions != null && !conditions.isEmpty()) {
            rule.setConditions(ConditionValidator.validate(conditions));
        }
        if (newActions != null && !newActions.isEmpty()) {
            List<ActionDoc> checked = actions.validate(scope, lb, listener.getProtocol(), newActions, "actions");
            listeners.requireSingleLoadBalancer(scope, lb, checked);
            rule.setActions(checked);
        }
        return view(rule);
    }

    public void delete(Scope scope, String ruleArn) {
        ElbErrors.requireArn(ruleArn, "listener-rule", "ruleArn");
        if (defaultRuleListener(scope, ruleArn) != null) {
            throw new AwsException("OperationNotPermitted", "The default rule of a listener cannot be deleted");
        }
        ListenerRule rule = find(scope, ruleArn);
        tags.forget(ruleArn);
        rules.delete(rule);
    }

    /** All or nothing: every rule must exist, no default rule, and the new priorities must not collide. */
    public List<RuleView> setPriorities(Scope scope, Map<String, Integer> priorities) {
        if (priorities.isEmpty()) {
            throw ElbErrors.missing("rulePriorities");
        }
        Map<String, ListenerRule> moving = new HashMap<>();
        for (Map.Entry<String, Integer> e : priorities.entrySet()) {
            ElbErrors.requireArn(e.getKey(), "listener-rule", "ruleArn");
            if (defaultRuleListener(scope, e.getKey()) != null) {
                throw new AwsException("OperationNotPermitted", "The priority of a default rule cannot be changed");
            }
            ElbErrors.inRange(e.getValue(), e.getValue() == null ? 0 : e.getValue(), 1, 50000, "priority");
            moving.put(e.getKey(), find(scope, e.getKey()));
        }
        Map<String, Set<Integer>> taken = new HashMap<>();
        for (ListenerRule rule : moving.values()) {
            taken.computeIfAbsent(rule.getListenerArn(), l -> {
                Set<Integer> held = new HashSet<>();
                rules.findByListenerArnOrderByPriority(l).stream().filter(r -> !moving.containsKey(r.getArn()))
                        .forEach(r -> held.add(r.getPriority()));
                return held;
            });
        }
        for (ListenerRule rule : moving.values()) {
            int priority = priorities.get(rule.getArn());
            if (!taken.get(rule.getListenerArn()).add(priority)) {
                throw new AwsException("PriorityInUse", "Priority '" + priority + "' is currently in use");
            }
        }
        // two steps so the unique (listener, priority) key never sees a swap half done
        moving.values().forEach(r -> r.setPriority(-r.getPriority()));
        rules.flush();
        moving.values().forEach(r -> r.setPriority(priorities.get(r.getArn())));
        return moving.values().stream().map(RuleService::view).sorted(java.util.Comparator.comparing(RuleView::priority)).toList();
    }

    private Listener defaultRuleListener(Scope scope, String ruleArn) {
        return listenerRows.findByDefaultRuleArnAndAccountAndRegion(ruleArn, scope.account(), scope.region()).orElse(null);
    }

    private ListenerRule find(Scope scope, String ruleArn) {
        return rules.findByArnAndAccountAndRegion(ruleArn, scope.account(), scope.region()).orElseThrow(RuleService::notFound);
    }

    private static RuleView view(ListenerRule rule) {
        return new RuleView(rule.getArn(), rule.getPriority(), rule.conditions(), rule.actions());
    }

    static AwsException notFound() {
        return new AwsException("RuleNotFound", "One or more rules not found");
    }
}
