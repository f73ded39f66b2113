package dev.netsim.simulation.dns;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.xbill.DNS.Name;

/**
 * Everything the answer engine reads, frozen at one moment: hosted zones, health check verdicts,
 * the addresses and health of alias targets outside Route 53, CIDR collections and where clients are.
 */
public record DnsCatalog(List<ZoneSnapshot> zones, Map<String, HealthVerdicts.Verdict> health, Map<AliasEndpoint.Key, AliasEndpoint> aliasEndpoints,
                         Map<String, CidrCollectionModel> cidrCollections, LocationTable locations) {

    public DnsCatalog {
        // deepest zones first, so a subdomain's own zone answers before its parent's
        zones = zones.stream().sorted(Comparator.comparingInt((ZoneSnapshot z) -> z.name().labels()).reversed()).toList();
        health = Map.copyOf(health);
        aliasEndpoints = Map.copyOf(aliasEndpoints);
        cidrCollections = Map.copyOf(cidrCollections);
    }

    /** The zone that answers for {@code name} to a client at {@code location}: private zones only inside one of their VPCs. */
    public ZoneSnapshot zoneFor(Name name, ClientLocation location, boolean publicOnly) {
        for (ZoneSnapshot zone : zones) {
            if (!name.subdomain(zone.name())) {
                continue;
            }
            if (!zone.isPrivate() || (!publicOnly && location.vpcId() != null && zone.vpcIds().contains(location.vpcId()))) {
                return zone;
            }
        }
        return null;
    }

    public ZoneSnapshot zoneById(String id) {
        return zones.stream().filter(z -> z.id().equals(id)).findFirst().orElse(null);
    }
}
