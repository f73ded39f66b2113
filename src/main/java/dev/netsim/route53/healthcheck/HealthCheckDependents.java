package dev.netsim.route53.healthcheck;

/** What belongs to a health check outside its table (its tags) and goes with it; implemented by the services that keep it. */
public interface HealthCheckDependents {

    void healthCheckDeleted(String healthCheckId);
}
