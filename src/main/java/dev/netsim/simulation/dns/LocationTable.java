package dev.netsim.simulation.dns;

import java.util.Comparator;
import java.util.List;

/**
 * Where clients are: CIDR blocks mapped to a continent, country, subdivision, nearest AWS Region,
 * coordinates and optionally a VPC, matched by longest prefix. The built-in table places this
 * machine and the documentation ranges so that every routing policy can be tried at once;
 * {@code netsim.dns.locations-file} and {@code PUT /api/simulate/dns/locations} replace it.
 */
public final class LocationTable {

    /** One block and the place it stands for. */
    public record Entry(String cidr, String continent, String country, String subdivision, String region, Double latitude, Double longitude,
                        String vpcId) {
    }

    private record Compiled(IpPrefix prefix, Entry entry) {
    }

    /** The built-in places: this machine in Virginia, and RFC 5737's and RFC 3849's documentation blocks around the world. */
    public static final List<Entry> DEFAULTS = List.of(
            new Entry("127.0.0.0/8", "NA", "US", "VA", "us-east-1", 39.04, -77.49, null),
            new Entry("::1/128", "NA", "US", "VA", "us-east-1", 39.04, -77.49, null),
            new Entry("192.0.2.0/24", "EU", "DE", null, "eu-central-1", 50.11, 8.68, null),
            new Entry("198.51.100.0/24", "AS", "JP", null, "ap-northeast-1", 35.68, 139.69, null),
            new Entry("203.0.113.0/24", "OC", "AU", null, "ap-southeast-2", -33.87, 151.21, null),
            new Entry("2001:db8::/32", "SA", "BR", null, "sa-east-1", -23.55, -46.63, null));

    private final List<Compiled> entries;
    private final List<Entry> source;

    public LocationTable(List<Entry> entries) {
        this.source = List.copyOf(entries);
        this.entries = entries.stream().map(e -> new Compiled(IpPrefix.parse(e.cidr()), e))
                .sorted(Comparator.comparingInt((Compiled c) -> c.prefix().length()).reversed()).toList();
    }

    public static LocationTable defaults() {
        return new LocationTable(DEFAULTS);
    }

    public List<Entry> entries() {
        return source;
    }

    /** The place of the most specific entry holding {@code client} (a block shorter than an entry's prefix does not match it). */
    public ClientLocation locate(IpPrefix client) {
        for (Compiled c : entries) {
            if (c.prefix().contains(client)) {
                Entry e = c.entry();
                GeoPoint point = e.latitude() != null && e.longitude() != null ? new GeoPoint(e.latitude(), e.longitude())
                        : AwsRegionLocations.location(e.region() == null ? "us-east-1" : e.region()).orElseThrow();
                String region = e.region() != null ? e.region() : AwsRegionLocations.nearest(point);
                return new ClientLocation(e.continent(), e.country(), e.subdivision(), region, point, e.vpcId(),
                        client + " is in " + e.cidr() + " of the location table (" + describe(e, region) + ")");
            }
        }
        return ClientLocation.unknown(client.toString());
    }

    private static String describe(Entry e, String region) {
        StringBuilder s = new StringBuilder();
        if (e.subdivision() != null) {
            s.append(e.subdivision()).append(", ");
        }
        if (e.country() != null) {
            s.append(e.country()).append(", ");
        }
        if (e.continent() != null) {
            s.append(e.continent()).append(", ");
        }
        s.append("nearest region ").append(region);
        if (e.vpcId() != null) {
            s.append(", in ").append(e.vpcId());
        }
        return s.toString();
    }
}
