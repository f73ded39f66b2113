package dev.netsim.elbv2;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ELBv2 quotas Netsim enforces, by the names DescribeAccountLimits gives them and with AWS's
 * default values; the services check against these, so what the call reports is what holds.
 */
public final class ElbQuotas {

    public static final int LOAD_BALANCERS = 50;
    public static final int TARGET_GROUPS = 3000;
    public static final int LISTENERS_PER_LOAD_BALANCER = 50;
    public static final int RULES_PER_APPLICATION_LOAD_BALANCER = 100;
    public static final int TARGETS_PER_TARGET_GROUP = 1000;
    public static final int CONDITION_VALUES_PER_RULE = 5;
    public static final int CONDITION_WILDCARDS_PER_RULE = 5;
    public static final int TARGET_GROUPS_PER_ACTION = 5;
    public static final int CERTIFICATES_PER_LOAD_BALANCER = 25;

    private ElbQuotas() {
    }

    /** Name → maximum, in the order DescribeAccountLimits lists them. */
    public static Map<String, Integer> all() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("application-load-balancers", LOAD_BALANCERS);
        limits.put("target-groups", TARGET_GROUPS);
        limits.put("targets-per-application-load-balancer", TARGETS_PER_TARGET_GROUP);
        limits.put("listeners-per-application-load-balancer", LISTENERS_PER_LOAD_BALANCER);
        limits.put("rules-per-application-load-balancer", RULES_PER_APPLICATION_LOAD_BALANCER);
        limits.put("network-load-balancers", LOAD_BALANCERS);
        limits.put("targets-per-network-load-balancer", TARGETS_PER_TARGET_GROUP);
        limits.put("listeners-per-network-load-balancer", LISTENERS_PER_LOAD_BALANCER);
        limits.put("condition-values-per-alb-rule", CONDITION_VALUES_PER_RULE);
        limits.put("condition-wildcards-per-alb-rule", CONDITION_WILDCARDS_PER_RULE);
        limits.put("target-groups-per-action-on-application-load-balancer", TARGET_GROUPS_PER_ACTION);
        limits.put("target-groups-per-action-on-network-load-balancer", 1);
        limits.put("certificates-per-application-load-balancer", CERTIFICATES_PER_LOAD_BALANCER);
        limits.put("certificates-per-network-load-balancer", CERTIFICATES_PER_LOAD_BALANCER);
        limits.put("targets-per-target-group", TARGETS_PER_TARGET_GROUP);
        limits.put("gateway-load-balancers", LOAD_BALANCERS);
        return limits;
    }
}
