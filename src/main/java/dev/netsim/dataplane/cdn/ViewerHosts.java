package dev.netsim.dataplane.cdn;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.distribution.Distribution;
import dev.netsim.cloudfront.distribution.DistributionChanges;
import dev.netsim.cloudfront.distribution.DistributionService;
import dev.netsim.cloudfront.tenant.DistributionTenant;
import dev.netsim.cloudfront.tenant.DistributionTenantService;

/**
 * What answers a Host: a standard distribution, by its CloudFront domain name or an alias, or a
 * distribution tenant, by one of its domains (a multi-tenant distribution has no name viewers use).
 * Every HTTP request asks, so the names are read again only after a distribution or tenant changed,
 * not per request or per write.
 */
@Component
class ViewerHosts {

    /** The account and the id the CDN simulation knows it by (a distribution's or a tenant's), and the name viewers asked for. */
    record Target(String account, String id, String host) {
    }

    private record Names(long version, Map<String, Target> byHost, Map<String, Target> byId) {
    }

    private final DistributionService distributions;
    private final DistributionTenantService tenants;
    private final DistributionChanges changes;
    private volatile Names names = new Names(-1, Map.of(), Map.of());

    ViewerHosts(DistributionService distributions, DistributionTenantService tenants, DistributionChanges changes) {
        this.distributions = distributions;
        this.tenants = tenants;
        this.changes = changes;
    }

    Optional<Target> targetFor(String host) {
        return Optional.ofNullable(current().byHost().get(host.toLowerCase(Locale.ROOT)));
    }

    /** {@code /_cloudfront/{id}/…}: a distribution's or a tenant's id. */
    Optional<Target> targetById(String id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    private Names current() {
        long version = changes.version();
        Names known = names;
        if (known.version() == version) {
            return known;
        }
        Map<String, Target> byHost = new HashMap<>();
        Map<String, Target> byId = new HashMap<>();
        for (Distribution d : distributions.everyAccount()) {
            if ("tenant-only".equals(DistributionService.config(d).connectionModeAsString())) {
                continue;
            }
            String domain = d.getDomainName().toLowerCase(Locale.ROOT);
            byHost.put(domain, new Target(d.getAccount(), d.getId(), domain));
            byId.put(d.getId(), byHost.get(domain));
            d.aliasList().forEach(alias -> byHost.put(alias, new Target(d.getAccount(), d.getId(), alias)));
        }
        for (DistributionTenant t : tenants.everyAccount()) {
            t.domainList().forEach(domain -> byHost.put(domain, new Target(t.getAccount(), t.getId(), domain)));
            byId.put(t.getId(), new Target(t.getAccount(), t.getId(), t.domainList().get(0)));
        }
        Names fresh = new Names(version, Map.copyOf(byHost), Map.copyOf(byId));
        names = fresh;
        return fresh;
    }
}
