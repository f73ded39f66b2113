package dev.netsim.elbv2.listener;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.netsim.elbv2.AttributeChanges;

/**
 * The attributes a listener has by protocol, with AWS's defaults: an ALB listener's response
 * headers (the Server header on, the others unset), an NLB TCP listener's idle timeout.
 */
final class ListenerAttributes {

    private static final String KIND = "Listener";

    private ListenerAttributes() {
    }

    static Map<String, String> defaults(String protocol) {
        Map<String, String> a = new LinkedHashMap<>();
        if ("HTTP".equals(protocol) || "HTTPS".equals(protocol)) {
            a.put("routing.http.response.server.enabled", "true");
            for (String header : new String[] {"strict_transport_security", "access_control_allow_origin", "access_control_allow_methods",
                    "access_control_allow_headers", "access_control_allow_credentials", "access_control_expose_headers",
                    "access_control_max_age", "content_security_policy", "x_content_type_options", "x_frame_options"}) {
                a.put("routing.http.response." + header + ".header_value", "");
            }
        } else if ("TCP".equals(protocol)) {
            a.put("tcp.idle_timeout.seconds", "350");
        }
        return a;
    }

    static Map<String, String> modified(Map<String, String> current, Map<String, String> changes) {
        return AttributeChanges.apply(KIND, current, changes, (key, value) -> {
            if (key.equals("tcp.idle_timeout.seconds")) {
                AttributeChanges.number(KIND, key, value, 60, 6000);
            }
        });
    }
}
