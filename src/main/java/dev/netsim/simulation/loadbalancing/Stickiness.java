package dev.netsim.simulation.loadbalancing;

import java.time.Duration;

/**
 * A target group's stickiness when {@code stickiness.enabled} is true: an ALB's load balancer cookie
 * ({@code AWSALB}) or application cookie ({@code AWSALBAPP-0}, issued once the application sets its
 * own cookie), an NLB's source-IP affinity, or a gateway load balancer's 2-, 3- or 5-tuple flow stickiness.
 */
public record Stickiness(Type type, Duration duration, String appCookieName) {

    public enum Type implements ApiNamed {
        LB_COOKIE("lb_cookie"), APP_COOKIE("app_cookie"), SOURCE_IP("source_ip"),
        /** Gateway load balancers: flows stick by 2-tuple, 3-tuple or (the default) 5-tuple. */
        SOURCE_IP_DEST_IP("source_ip_dest_ip"), SOURCE_IP_DEST_IP_PROTO("source_ip_dest_ip_proto"), FIVE_TUPLE("5_tuple");

        private final String apiName;

        Type(String apiName) {
            this.apiName = apiName;
        }

        @Override
        public String apiName() {
            return apiName;
        }

        public static Type of(String apiName) {
            return ApiNamed.of(Type.class, apiName);
        }
    }

    /** The load balancer's cookie for this stickiness, or null for source-IP affinity. */
    String cookieName() {
        return switch (type) {
            case LB_COOKIE -> "AWSALB";
            case APP_COOKIE -> "AWSALBAPP-0";
            default -> null;
        };
    }
}
