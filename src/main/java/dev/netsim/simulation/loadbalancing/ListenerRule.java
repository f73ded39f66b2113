package dev.netsim.simulation.loadbalancing;

import java.util.List;

/** A listener rule: unique priority 1-50000, conditions AND-ed, one terminal action. */
public record ListenerRule(String arn, int priority, List<RuleCondition> conditions, RuleAction action) {

    public ListenerRule {
        conditions = List.copyOf(conditions);
    }

    boolean matches(RequestView request) {
        for (int i = 0; i < conditions.size(); i++) {
            if (!conditions.get(i).matches(request)) {
                return false;
            }
        }
        return true;
    }
}
