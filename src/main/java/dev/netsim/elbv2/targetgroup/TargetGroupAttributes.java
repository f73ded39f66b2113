package dev.netsim.elbv2.targetgroup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.netsim.elbv2.ElbErrors;

/** The attributes of a target group by protocol and target type, with AWS's defaults, and the values a change may set. */
final class TargetGroupAttributes {

    private TargetGroupAttributes() {
    }

    static Map<String, String> defaults(TargetGroupSettings s) {
        Map<String, String> a = new LinkedHashMap<>();
        if ("lambda".equals(s.targetType())) {
            a.put("lambda.multi_value_headers.enabled", "false");
            return a;
        }
        a.put("deregistration_delay.timeout_seconds", "300");
        a.put("stickiness.enabled", "false");
        a.put("load_balancing.cross_zone.enabled", "use_load_balancer_configuration");
        switch (s.protocol()) {
            case "HTTP", "HTTPS" -> {
                a.put("stickiness.type", "lb_cookie");
                a.put("stickiness.lb_cookie.duration_seconds", "86400");
                a.put("stickiness.app_cookie.cookie_name", "");
                a.put("stickiness.app_cookie.duration_seconds", "86400");
                a.put("load_balancing.algorithm.type", "round_robin");
                a.put("load_balancing.algorithm.anomaly_mitigation", "off");
                a.put("slow_start.duration_seconds", "0");
                a.put("target_group_health.dns_failover.minimum_healthy_targets.count", "1");
                a.put("target_group_health.dns_failover.minimum_healthy_targets.percentage", "off");
                a.put("target_group_health.unhealthy_state_routing.minimum_healthy_targets.count", "1");
                a.put("target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage", "off");
            }
            case "GENEVE" -> {
                a.put("stickiness.type", "source_ip_dest_ip_proto");
                a.put("target_failover.on_deregistration", "no_rebalance");
                a.put("target_failover.on_unhealthy", "no_rebalance");
            }
            default -> {
                a.put("stickiness.type", "source_ip");
                a.put("deregistration_delay.connection_termination.enabled", "false");
                a.put("proxy_protocol_v2.enabled", "false");
                a.put("preserve_client_ip.enabled", "instance".equals(s.targetType()) || !"TCP".equals(s.protocol()) ? "true" : "false");
                a.put("target_health_state.unhealthy.connection_termination.enabled", "true");
            }
        }
        return a;
    }

    static Map<String, String> modified(Map<String, String> current, Map<String, String> changes) {
        Map<String, String> result = new LinkedHashMap<>(current);
        changes.forEach((key, value) -> {
            if (!current.containsKey(key)) {
                throw ElbErrors.validation("Target group attribute key '" + key + "' is not recognized");
            }
            if (value == null) {
                throw ElbErrors.validation("Target group attribute value for '" + key + "' must not be null");
            }
            check(key, value, current);
            result.put(key, value);
        });
        if (result.get("load_balancing.algorithm.type") != null && result.get("load_balancing.algorithm.type").equals("least_outstanding_requests")
                && !"0".equals(result.get("slow_start.duration_seconds"))) {
            throw ElbErrors.configuration("Slow start cannot be enabled with the least outstanding requests algorithm");
        }
        if ("on".equals(result.get("load_balancing.algorithm.anomaly_mitigation"))
                && !"weighted_random".equals(result.get("load_balancing.algorithm.type"))) {
            throw ElbErrors.configuration("Anomaly mitigation is available with the weighted random algorithm only");
        }
        return result;
    }

    private static void check(String key, String value, Map<String, String> current) {
        if (key.endsWith(".enabled") && !key.equals("load_balancing.cross_zone.enabled") && !Set.of("true", "false").contains(value)) {
            throw bad(key, value, "'true' or 'false'");
        }
        switch (key) {
            case "load_balancing.cross_zone.enabled" -> oneOf(key, value, Set.of("true", "false", "use_load_balancer_configuration"));
            case "load_balancing.algorithm.type" -> oneOf(key, value, Set.of("round_robin", "least_outstanding_requests", "weighted_random"));
            case "load_balancing.algorithm.anomaly_mitigation" -> oneOf(key, value, Set.of("on", "off"));
            case "stickiness.type" -> oneOf(key, value, current.containsKey("stickiness.lb_cookie.duration_seconds")
                    ? Set.of("lb_cookie", "app_cookie") : current.containsKey("target_failover.on_unhealthy")
                    ? Set.of("source_ip_dest_ip", "source_ip_dest_ip_proto", "5_tuple") : Set.of("source_ip"));
            case "deregistration_delay.timeout_seconds" -> number(key, value, 0, 3600);
            case "stickiness.lb_cookie.duration_seconds", "stickiness.app_cookie.duration_seconds" -> number(key, value, 1, 604800);
            case "slow_start.duration_seconds" -> {
                int n = number(key, value, 0, 900);
                if (n != 0 && n < 30) {
                    throw bad(key, value, "0 or between 30 and 900");
                }
            }
            case "stickiness.app_cookie.cookie_name" -> {
                if (value.startsWith("AWSALB") || value.length() > 255) {
                    throw ElbErrors.validation("The application cookie name cannot start with AWSALB, AWSALBAPP or AWSALBTG");
                }
            }
            default -> {
                // free-form or boolean values checked above
            }
        }
    }

    private static void oneOf(String key, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw bad(key, value, "one of " + allowed);
        }
    }

    private static int number(String key, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw bad(key, value, "an integer between " + min + " and " + max);
    }

    private static dev.netsim.common.AwsException bad(String key, String value, String expected) {
        return ElbErrors.validation("Target group attribute value '" + value + "' for '" + key + "' must be " + expected);
    }
}
