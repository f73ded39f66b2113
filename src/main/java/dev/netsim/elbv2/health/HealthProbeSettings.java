package dev.netsim.elbv2.health;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.netsim.common.net.EndpointProbe;

/**
 * Real health checks ({@code netsim.elbv2.health-checks}): off by default. When {@code probe} is on,
 * Netsim probes every registered target whose address answers on this machine — an address of one
 * of its own interfaces, or one that {@code probe-addresses} maps to a host here
 * ({@code 10.0.1.50=127.0.0.1}: the target 10.0.1.50 is probed at 127.0.0.1, on its own port) — with
 * its group's protocol, port, path, matcher, interval, timeout and thresholds.
 */
@ConfigurationProperties("netsim.elbv2.health-checks")
public record HealthProbeSettings(@DefaultValue("false") boolean probe, @DefaultValue({}) List<String> probeAddresses,
                                  @DefaultValue("1s") Duration tick) {

    /** Target address → the host that answers for it. */
    public Map<String, String> addressMap() {
        return EndpointProbe.addressMap(probeAddresses, "netsim.elbv2.health-checks.probe-addresses");
    }
}
