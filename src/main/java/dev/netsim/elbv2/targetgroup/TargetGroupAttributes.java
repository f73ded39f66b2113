package dev.netsim.elbv2.targetgroup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.netsim.elbv2.AttributeChanges;
import dev.netsim.elbv2.ElbErrors;

/** The attributes of a target group by protocol and target type, with AWS's defaults, and the values a change may set. */
final class TargetGroupAttributes {

    private static final String KIND = "Target group";

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
        Map<String, String> result = AttributeChanges.apply(KIND, current, changes, (key, value) -> check(key, value, current));
        if ("least_outstanding_requests".equals(result.get("load_balancing.algorithm.type")) && !"0".equals(result.get("slow_start.duration_seconds"))) {
            throw ElbErrors.configuration("Slow start cannot be enabled with the least outstanding requests algorithm");
        }
        if (!java.util.Objects.equals(result.get("target_failover.on_deregistration"), result.get("target_failover.on_unhealthy"))) {
            throw ElbErrors.configuration("target_failover.on_deregistration and target_failover.on_unhealthy must have the same value");
        }
        if ("on".equals(result.get("load_balancing.algorithm.anomaly_mitigation"))
                && !"weighted_random".equals(result.get("load_balancing.algorithm.type"))) {
            throw ElbErrors.configuration("Anomaly mitigation is available with the weighted random algorithm only");
        }
        return result;
    }

    private static void check(String key, String value, Map<String, String> current) {
        switch (key) {
            case "load_balancing.cross_zone.enabled" -> AttributeChanges.oneOf(KIND, key, value, Set.of("true", "false", "use_load_balancer_configuration"));
            case "load_balancing.algorithm.type" -> AttributeChanges.oneOf(KIND, key, value,
                    Set.of("round_robin", "least_outstanding_requests", "weighted_random"));
            case "load_balancing.algorithm.anomaly_mitigation" -> AttributeChanges.oneOf(KIND, key, value, Set.of("on", "off"));
            case "target_failover.on_deregistration", "target_failover.on_unhealthy" ->
                    AttributeChanges.oneOf(KIND, key, value, Set.of("rebalance", "no_rebalance"));
            case "stickiness.type" -> AttributeChanges.oneOf(KIND, key, value, current.containsKey("stickiness.lb_cookie.duration_seconds")
                    ? Set.of("lb_cookie", "app_cookie") : current.containsKey("target_failover.on_unhealthy")
                    ? Set.of("source_ip_dest_ip", "source_ip_dest_ip_proto", "5_tuple") : Set.of("source_ip"));
            case "deregistration_delay.timeout_seconds" -> AttributeChanges.number(KIND, key, value, 0, 3600);
            case "stickiness.lb_cookie.duration_seconds", "stickiness.app_cookie.duration_seconds" -> AttributeChanges.number(KIND, key, value, 1, 604800);
            case "slow_start.duration_seconds" -> {
                int n = AttributeChanges.number(KIND, key, value, 0, 900);
                if (n != 0 && n < 30) {
                    throw AttributeChanges.bad(KIND, key, value, "0 or between 30 and 900");
                }
            }
            case "stickiness.app_cookie.cookie_name" -> {
                if (value.startsWith("AWSALB") || value.length() > 255) {
                    throw ElbErrors.validation("The application cookie name cannot start with AWSALB, AWSALBAPP or AWSALBTG");
                }
            }
            default -> {
                // free-form values, or booleans the common check covers
            }
        }
    }
}
