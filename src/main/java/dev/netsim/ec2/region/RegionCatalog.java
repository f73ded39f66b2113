package dev.netsim.ec2.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The regions Netsim knows and their Availability Zones (name and zone id). AZ-to-zone-id
 * mapping differs per AWS account; Netsim uses one fixed mapping. A region not listed here still
 * works and gets three zones a, b and c.
 */
@Component
public class RegionCatalog {

    public record Zone(String name, String zoneId) {
    }

    public record Region(String name, String endpoint, List<Zone> zones) {
    }

    private static final Map<String, String> REGIONS = new LinkedHashMap<>();

    static {
        // region -> zone letters and the short code AWS uses in zone ids (use1-az1)
        REGIONS.put("us-east-1", "abcdef:use1");
        REGIONS.put("us-east-2", "abc:use2");
        REGIONS.put("us-west-1", "bc:usw1");
        REGIONS.put("us-west-2", "abcd:usw2");
        REGIONS.put("ca-central-1", "abd:cac1");
        REGIONS.put("sa-east-1", "abc:sae1");
        REGIONS.put("eu-west-1", "abc:euw1");
        REGIONS.put("eu-west-2", "abc:euw2");
        REGIONS.put("eu-west-3", "abc:euw3");
        REGIONS.put("eu-central-1", "abc:euc1");
        REGIONS.put("eu-north-1", "abc:eun1");
        REGIONS.put("ap-south-1", "abc:aps1");
        REGIONS.put("ap-northeast-1", "acd:apne1");
        REGIONS.put("ap-northeast-2", "abcd:apne2");
        REGIONS.put("ap-northeast-3", "abc:apne3");
        REGIONS.put("ap-southeast-1", "abc:apse1");
        REGIONS.put("ap-southeast-2", "abc:apse2");
    }

    private static final RegionCatalog CATALOG = new RegionCatalog();

    /** The zone id of a zone of a region; the catalogue is fixed data, so this needs no bean. */
    public static String zoneIdOf(String region, String zoneName) {
        return CATALOG.zoneByName(region, zoneName).map(Zone::zoneId).orElse(null);
    }

    public List<Region> regions() {
        return REGIONS.keySet().stream().map(this::region).toList();
    }

    public Region region(String name) {
        String spec = REGIONS.getOrDefault(name, "abc:" + name.replace("-", ""));
        String[] parts = spec.split(":");
        List<Zone> zones = new java.util.ArrayList<>();
        for (int i = 0; i < parts[0].length(); i++) {
            zones.add(new Zone(name + parts[0].charAt(i), parts[1] + "-az" + (i + 1)));
        }
        return new Region(name, "ec2." + name + ".amazonaws.com", List.copyOf(zones));
    }

    public Optional<Zone> zoneByName(String region, String zoneName) {
        return region(region).zones().stream().filter(z -> z.name().equals(zoneName)).findFirst();
    }

    public Optional<Zone> zoneById(String region, String zoneId) {
        return region(region).zones().stream().filter(z -> z.zoneId().equals(zoneId)).findFirst();
    }
}
