package dev.netsim.simulation.dns;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.xbill.DNS.Name;

/**
 * Everything the answer engine reads, frozen at one moment: hosted zones, health check verdicts,
 * the addresses and health of alias targets outside Route 53, CIDR collections, the rule trees of
 * traffic policy instances (by instance id) and where clients are.
 */
public record DnsCatalog(List<ZoneSnapshot> zones, Map<String, HealthVerdicts.Verdict> health, Map<AliasEndpoint.Key, AliasEndpoint> aliasEndpoints,
                         Map<String, CidrCollectionModel> cidrCollections, Map<String, TrafficPolicyTree> trafficPolicies, LocationTable locations,
                         Map<String, Located> locatedClients) {

    /** A client's block and where the location table places it. */
    public record Located(IpPrefix prefix, ClientLocation location) {
    }

    /** How many clients' places are remembered; the DNS server sees few distinct resolvers, so parsing each once pays. */
    static final int LOCATED_CLIENTS = 4096;

    public DnsCatalog(List<ZoneSnapshot> zones, Map<String, HealthVerdicts.Verdict> health, Map<AliasEndpoint.Key, AliasEndpoint> aliasEndpoints,
                      Map<String, CidrCollectionModel> cidrCollections, Map<String, TrafficPolicyTree> trafficPolicies, LocationTable locations) {
        this(zones, health, aliasEndpoints, cidrCollections, trafficPolicies, locations, new ConcurrentHashMap<>());
    }

    public DnsCatalog {
        // deepest zones first, so a subdomain's own zone answers before its parent's
        zones = zones.stream().sorted(Comparator.comparingInt((ZoneSnapshot z) -> z.name().labels()).reversed()).toList();
        health = Map.copyOf(health);
        aliasEndpoints = Map.copyOf(aliasEndpoints);
        cidrCollections = Map.copyOf(cidrCollections);
        trafficPolicies = Map.copyOf(trafficPolicies);
    }

    /** Where the question's client is: its client subnet, else its resolver. */
    public Located locate(DnsQuery query) {
        String key = query.ednsClientSubnet() != null ? query.ednsClientSubnet() : query.resolverIp();
        Located known = locatedClients.get(key);
        if (known != null) {
            return known;
        }
        IpPrefix prefix = query.clientPrefix();
        Located located = new Located(prefix, locations.locate(prefix));
        if (locatedClients.size() >= LOCATED_CLIENTS) {
            locatedClients.clear();
        }
        locatedClients.put(key, located);
        return located;
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
