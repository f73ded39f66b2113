package dev.netsim.dataplane.cdn;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.distribution.Distribution;
import dev.netsim.cloudfront.distribution.DistributionService;
import dev.netsim.cloudfront.distribution.DistributionChanges;

/**
 * Which distribution answers a Host: its CloudFront domain name or an alias. Every HTTP request asks,
 * so the names are read again only after a distribution changed, not per request or per write.
 */
@Component
class ViewerHosts {

    private record Names(long version, Map<String, String> distributionByHost) {
    }

    private final DistributionService distributions;
    private final DistributionChanges changes;
    private volatile Names names = new Names(-1, Map.of());

    ViewerHosts(DistributionService distributions, DistributionChanges changes) {
        this.distributions = distributions;
        this.changes = changes;
    }

    Optional<Distribution> distributionFor(String host) {
        String id = current().distributionByHost().get(host.toLowerCase(Locale.ROOT));
        return id == null ? Optional.empty() : distributions.byId(id);
    }

    private Names current() {
        long version = changes.version();
        Names known = names;
        if (known.version() == version) {
            return known;
        }
        Map<String, String> byHost = new HashMap<>();
        for (Distribution d : distributions.everyAccount()) {
            byHost.put(d.getDomainName().toLowerCase(Locale.ROOT), d.getId());
            d.aliasList().forEach(alias -> byHost.put(alias, d.getId()));
        }
        Names fresh = new Names(version, Map.copyOf(byHost));
        names = fresh;
        return fresh;
    }
}
