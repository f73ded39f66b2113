package dev.netsim.route53.record;

/** Whether a health check exists, for records that name one; implemented by the health check service. */
public interface HealthCheckLookup {

    boolean exists(String account, String healthCheckId);
}
