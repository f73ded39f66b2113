package dev.netsim.ec2.region;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.netsim.common.Regions;

/**
 * The regions Netsim knows ({@link Regions}) and their Availability Zones (name and zone id).
 * AZ-to-zone-id mapping differs per AWS account; Netsim uses one fixed mapping.
 */
@Component
public class RegionCatalog {

    public record Zone(String name, String zoneId) {
    }

    public record Region(String name, String endpoint, List<Zone> zones) {
    }

    private static final RegionCatalog CATALOG = new RegionCatalog();

    /** The zone id of a zone of a region; the catalogue is fixed data, so this needs no bean. */
    public static String zoneIdOf(String region, String zoneName) {
        return CATALOG.zoneByName(region, zoneName).map(Zone::zoneId).orElse(null);
    }

    public List<Region> regions() {
        return Regions.names().stream().map(this::region).toList();
    }

    /** A region the doors let through: every request's region is checked against {@link Regions}. */
    public Region region(String name) {
        Regions.Zones spec = Regions.zones(name);
        List<Zone> zones = new java.util.ArrayList<>();
        for (int i = 0; i < spec.letters().length(); i++) {
            zones.add(new Zone(name + spec.letters().charAt(i), spec.idPrefix() + "-az" + (i + 1)));
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
