package dev.netsim.simulation.loadbalancing;

import java.util.Comparator;
import java.util.List;

/**
 * A listener: its port and protocol, its rules (kept lowest priority first, as they are evaluated)
 * and its default action, which applies when no rule matches, with the authentication before it
 * (null when none). Network and gateway listeners have no rules.
 */
public record ListenerModel(String arn, int port, String protocol, List<ListenerRule> rules, Authentication defaultAuthentication,
                            RuleAction defaultAction) {

    public ListenerModel {
        rules = rules.stream().sorted(Comparator.comparingInt(ListenerRule::priority)).toList();
    }

    /** A listener whose default action needs no authentication. */
    public ListenerModel(String arn, int port, String protocol, List<ListenerRule> rules, RuleAction defaultAction) {
        this(arn, port, protocol, rules, null, defaultAction);
    }
}
