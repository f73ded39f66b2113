package dev.netsim.route53.healthcheck;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.netsim.common.net.EndpointProbe;

/**
 * Real Route 53 health checks ({@code netsim.route53.health-checks}): off by default. When
 * {@code probe} is on, every HTTP, HTTPS, string-match and TCP health check whose IP address
 * answers on this machine (an address of its own, or one that {@code probe-addresses} maps to a
 * host here: {@code 203.0.113.10=127.0.0.1}) is checked every RequestInterval, and its status
 * changes after FailureThreshold consecutive results that disagree with it.
 */
@ConfigurationProperties("netsim.route53.health-checks")
public record Route53ProbeSettings(@DefaultValue("false") boolean probe, @DefaultValue({}) List<String> probeAddresses,
                                   @DefaultValue("1s") Duration tick) {

    public Map<String, String> addressMap() {
        return EndpointProbe.addressMap(probeAddresses, "netsim.route53.health-checks.probe-addresses");
    }
}
