package dev.netsim.route53.healthcheck;

import java.util.List;

/**
 * A health check's configuration (HealthCheckConfig), with Route 53's defaults filled in: what is
 * checked (an IP address or a domain name, a port and a path, a string to find), how often and how
 * many failures make it unhealthy, or the children a CALCULATED check combines.
 */
public record HealthCheckSpec(String type, String ipAddress, Integer port, String resourcePath, String fullyQualifiedDomainName,
                              String searchString, int requestInterval, int failureThreshold, boolean measureLatency, boolean inverted,
                              boolean disabled, Integer healthThreshold, List<String> childHealthChecks, Boolean enableSni,
                              List<String> regions, String alarmName, String alarmRegion, String insufficientDataHealthStatus,
                              String routingControlArn) {

    public HealthCheckSpec {
        childHealthChecks = childHealthChecks == null ? List.of() : List.copyOf(childHealthChecks);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    public boolean isCalculated() {
        return type.equals("CALCULATED");
    }

    /** Whether Netsim (or Route 53's checkers) send requests to an endpoint for this check. */
    public boolean probesAnEndpoint() {
        return type.startsWith("HTTP") || type.equals("TCP");
    }
}
