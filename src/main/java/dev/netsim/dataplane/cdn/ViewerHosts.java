package dev.netsim.dataplane.cdn;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.distribution.Distribution;
import dev.netsim.cloudfront.distribution.DistributionService;
import dev.netsim.common.persistence.CommittedWrites;

/**
 * Which distribution answers a Host: its CloudFront domain name or an alias. Every HTTP request asks,
 * so the names are read once per committed write, not once per request.
 */
@Component
class ViewerHosts {

    private record Names(long version, Map<String, String> distributionByHost) {
    }

    private final DistributionService distributions;
    private final CommittedWrites writes;
    private volatile Names names = new Names(-1, Map.of());

    ViewerHosts(DistributionService distributions, CommittedWrites writes) {
        this.distributions = distributions;
        this.writes = writes;
    }

    Optional<Distribution> distributionFor(String host) {
        String id = current().distributionByHost().get(host.toLowerCase(Locale.ROOT));
        return id == null ? Optional.empty() : distributions.byId(id);
    }

    private Names current() {
        long version = writes.version();
        Names known = names;
        if (known.version() == version) {
            return known;
        }
        Map<String, String> byHost = new HashMap<>();
        for (Distribution d : distributions.everyAccount()) {
            byHost.put(d.getDomainName().toLowerCase(Locale.ROOT), d.getId());
            if (d.getAliases() != null && !d.getAliases().isEmpty()) {
                for (String alias : d.getAliases().split("\n")) {
                    byHost.put(alias, d.getId());
                }
            }
        }
        Names fresh = new Names(version, Map.copyOf(byHost));
        names = fresh;
        return fresh;
    }
}
