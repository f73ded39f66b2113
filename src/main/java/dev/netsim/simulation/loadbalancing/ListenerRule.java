package dev.netsim.simulation.loadbalancing;

import java.util.List;

/**
 * A listener rule: unique priority 1-50000, conditions AND-ed, an authentication before the action
 * (null when none), one terminal action.
 */
public record ListenerRule(String arn, int priority, List<RuleCondition> conditions, Authentication authentication, RuleAction action) {

    public ListenerRule {
        conditions = List.copyOf(conditions);
    }

    /** A rule without authentication. */
    public ListenerRule(String arn, int priority, List<RuleCondition> conditions, RuleAction action) {
        this(arn, priority, conditions, null, action);
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
