package dev.netsim.route53.healthcheck;

import java.util.List;
import java.util.Set;

import dev.netsim.common.AwsException;
import dev.netsim.common.net.Cidrs;

/** Route 53's rules for a health check's configuration, answered with {@code InvalidInput}; defaults filled in. */
final class HealthCheckRules {

    static final Set<String> TYPES = Set.of("HTTP", "HTTPS", "HTTP_STR_MATCH", "HTTPS_STR_MATCH", "TCP", "CALCULATED", "CLOUDWATCH_METRIC",
            "RECOVERY_CONTROL");
    static final Set<String> CHECKER_REGIONS = Set.of("us-east-1", "us-west-1", "us-west-2", "eu-west-1", "ap-southeast-1", "ap-southeast-2",
            "ap-northeast-1", "sa-east-1");
    static final int MAX_CHILDREN = 256;

    private HealthCheckRules() {
    }

    /** The configuration as stored: checked, with AWS's default port, interval and threshold. */
    static HealthCheckSpec checked(HealthCheckSpec s) {
        if (s.type() == null || !TYPES.contains(s.type())) {
            throw invalid("Value '" + s.type() + "' at 'healthCheckConfig.type' failed to satisfy constraint: Member must satisfy enum value set: "
                    + TYPES.stream().sorted().toList());
        }
        if (s.requestInterval() != 10 && s.requestInterval() != 30) {
            throw invalid("Invalid request interval: " + s.requestInterval() + ". Valid values are 10 and 30 seconds.");
        }
        if (s.failureThreshold() < 1 || s.failureThreshold() > 10) {
            throw invalid("Value '" + s.failureThreshold() + "' at 'healthCheckConfig.failureThreshold' failed to satisfy constraint: Member must have "
                    + "value between 1 and 10");
        }
        if (s.regions().size() > 0 && (s.regions().size() < 3 || !CHECKER_REGIONS.containsAll(s.regions()))) {
            throw invalid("Regions must name at least three of Route 53's health checker regions: " + CHECKER_REGIONS.stream().sorted().toList());
        }
        return switch (s.type()) {
            case "CALCULATED" -> calculated(s);
            case "CLOUDWATCH_METRIC" -> {
                if (s.alarmName() == null || s.alarmRegion() == null) {
                    throw invalid("A CLOUDWATCH_METRIC health check needs an AlarmIdentifier with Region and Name.");
                }
                yield s;
            }
            case "RECOVERY_CONTROL" -> {
                if (s.routingControlArn() == null) {
                    throw invalid("A RECOVERY_CONTROL health check needs a RoutingControlArn.");
                }
                yield s;
            }
            default -> endpoint(s);
        };
    }

    private static HealthCheckSpec calculated(HealthCheckSpec s) {
        if (s.ipAddress() != null || s.fullyQualifiedDomainName() != null || s.port() != null) {
            throw invalid("A CALCULATED health check checks no endpoint: leave IPAddress, FullyQualifiedDomainName and Port out.");
        }
        if (s.childHealthChecks().size() > MAX_CHILDREN) {
            throw invalid("A CALCULATED health check can have at most " + MAX_CHILDREN + " child health checks.");
        }
        int threshold = s.healthThreshold() == null ? s.childHealthChecks().size() : s.healthThreshold();
        if (threshold < 0 || threshold > MAX_CHILDREN) {
            throw invalid("Value '" + threshold + "' at 'healthCheckConfig.healthThreshold' failed to satisfy constraint: Member must have value "
                    + "between 0 and 256");
        }
        return with(s, null, threshold);
    }

    private static HealthCheckSpec endpoint(HealthCheckSpec s) {
        if (!s.childHealthChecks().isEmpty() || s.healthThreshold() != null) {
            throw invalid("ChildHealthChecks and HealthThreshold are only for CALCULATED health checks.");
        }
        if (s.ipAddress() == null && s.fullyQualifiedDomainName() == null) {
            throw invalid("A " + s.type() + " health check needs an IPAddress or a FullyQualifiedDomainName.");
        }
        if (s.ipAddress() != null && !Cidrs.isAddress(s.ipAddress())) {
            throw invalid("Invalid IP address: " + s.ipAddress());
        }
        if (s.fullyQualifiedDomainName() != null && s.fullyQualifiedDomainName().length() > 255) {
            throw invalid("FullyQualifiedDomainName can be at most 255 characters long.");
        }
        boolean http = s.type().startsWith("HTTP");
        if (!http && (s.resourcePath() != null || s.searchString() != null)) {
            throw invalid("ResourcePath and SearchString are only for HTTP and HTTPS health checks.");
        }
        if (s.resourcePath() != null && s.resourcePath().length() > 255) {
            throw invalid("ResourcePath can be at most 255 characters long.");
        }
        boolean match = s.type().endsWith("_STR_MATCH");
        if (match && (s.searchString() == null || s.searchString().isEmpty() || s.searchString().length() > 255)) {
            throw invalid("A " + s.type() + " health check needs a SearchString of 1 to 255 characters.");
        }
        if (!match && s.searchString() != null) {
            throw invalid("SearchString is only for HTTP_STR_MATCH and HTTPS_STR_MATCH health checks.");
        }
        Integer port = s.port();
        if (port == null && s.type().equals("TCP")) {
            throw invalid("A TCP health check needs a Port.");
        }
        if (port == null) {
            port = s.type().startsWith("HTTPS") ? 443 : 80;
        }
        if (port < 1 || port > 65535) {
            throw invalid("Value '" + port + "' at 'healthCheckConfig.port' failed to satisfy constraint: Member must have value between 1 and 65535");
        }
        return with(s, port, null);
    }

    private static HealthCheckSpec with(HealthCheckSpec s, Integer port, Integer healthThreshold) {
        // HTTPS checks send SNI by default when they name a domain
        Boolean sni = s.enableSni();
        if (sni == null && s.type().startsWith("HTTPS")) {
            sni = s.fullyQualifiedDomainName() != null;
        }
        return new HealthCheckSpec(s.type(), s.ipAddress(), port, s.resourcePath(), s.fullyQualifiedDomainName(), s.searchString(),
                s.requestInterval(), s.failureThreshold(), s.measureLatency(), s.inverted(), s.disabled(), healthThreshold, s.childHealthChecks(),
                sni, s.regions(), s.alarmName(),
                s.alarmRegion(), s.insufficientDataHealthStatus(), s.routingControlArn());
    }

    static List<String> checkerRegions(HealthCheckSpec s) {
        return s.regions().isEmpty() ? CHECKER_REGIONS.stream().sorted().toList() : s.regions();
    }

    private static AwsException invalid(String message) {
        return new AwsException("InvalidInput", message);
    }
}
