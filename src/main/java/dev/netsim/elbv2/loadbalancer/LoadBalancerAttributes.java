package dev.netsim.elbv2.loadbalancer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.netsim.elbv2.AttributeChanges;
import dev.netsim.elbv2.ElbErrors;

/** The attributes each kind of load balancer has, with AWS's defaults, and the values ModifyLoadBalancerAttributes accepts. */
final class LoadBalancerAttributes {

    private static final String KIND = "Load balancer";

    private LoadBalancerAttributes() {
    }

    static Map<String, String> defaults(String type) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("deletion_protection.enabled", "false");
        switch (type) {
            case "application" -> {
                a.put("access_logs.s3.enabled", "false");
                a.put("access_logs.s3.bucket", "");
                a.put("access_logs.s3.prefix", "");
                a.put("connection_logs.s3.enabled", "false");
                a.put("connection_logs.s3.bucket", "");
                a.put("connection_logs.s3.prefix", "");
                a.put("idle_timeout.timeout_seconds", "60");
                a.put("client_keep_alive.seconds", "3600");
                a.put("routing.http.desync_mitigation_mode", "defensive");
                a.put("routing.http.drop_invalid_header_fields.enabled", "false");
                a.put("routing.http.preserve_host_header.enabled", "false");
                a.put("routing.http.x_amzn_tls_version_and_cipher_suite.enabled", "false");
                a.put("routing.http.xff_client_port.enabled", "false");
                a.put("routing.http.xff_header_processing.mode", "append");
                a.put("routing.http2.enabled", "true");
                a.put("waf.fail_open.enabled", "false");
                a.put("load_balancing.cross_zone.enabled", "true");
                a.put("zonal_shift.config.enabled", "false");
            }
            case "network" -> {
                a.put("access_logs.s3.enabled", "false");
                a.put("access_logs.s3.bucket", "");
                a.put("access_logs.s3.prefix", "");
                a.put("load_balancing.cross_zone.enabled", "false");
                a.put("dns_record.client_routing_policy", "any_availability_zone");
                a.put("zonal_shift.config.enabled", "false");
            }
            default -> a.put("load_balancing.cross_zone.enabled", "false");
        }
        return a;
    }

    /** The attributes after a change; an unknown key or a value AWS would refuse fails the whole change. */
    static Map<String, String> modified(String type, Map<String, String> current, Map<String, String> changes) {
        return AttributeChanges.apply(KIND, current, changes, (key, value) -> {
            switch (key) {
                case "idle_timeout.timeout_seconds" -> AttributeChanges.number(KIND, key, value, 1, 4000);
                case "client_keep_alive.seconds" -> AttributeChanges.number(KIND, key, value, 60, 604800);
                case "routing.http.desync_mitigation_mode" -> AttributeChanges.oneOf(KIND, key, value, Set.of("monitor", "defensive", "strictest"));
                case "routing.http.xff_header_processing.mode" -> AttributeChanges.oneOf(KIND, key, value, Set.of("append", "preserve", "remove"));
                case "dns_record.client_routing_policy" -> AttributeChanges.oneOf(KIND, key, value,
                        Set.of("availability_zone_affinity", "partial_availability_zone_affinity", "any_availability_zone"));
                case "load_balancing.cross_zone.enabled" -> {
                    if (type.equals("application") && !value.equals("true")) {
                        throw ElbErrors.configuration("Cross-zone load balancing cannot be disabled for an application load balancer; "
                                + "turn it off on its target groups instead");
                    }
                }
                case "access_logs.s3.enabled" -> {
                    if (value.equals("true") && changes.getOrDefault("access_logs.s3.bucket", current.get("access_logs.s3.bucket")).isEmpty()) {
                        throw ElbErrors.validation("The value of 'access_logs.s3.bucket' cannot be empty when access logs are enabled");
                    }
                }
                default -> {
                    // free-form values (bucket names, prefixes)
                }
            }
        });
    }
}
