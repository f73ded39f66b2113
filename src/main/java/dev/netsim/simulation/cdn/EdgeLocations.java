package dev.netsim.simulation.cdn;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.netsim.simulation.dns.AwsRegionLocations;
import dev.netsim.simulation.dns.GeoPoint;

/**
 * CloudFront's edge locations (real POP codes seen in CloudFront's headers) and their regional edge
 * caches: each edge uses the nearest of the 12 Regions that hold one. A viewer is served by the
 * nearest edge its distribution's price class allows.
 */
public final class EdgeLocations {

    /** The Regions with a regional edge cache (and Origin Shield). */
    public static final List<String> REGIONAL_EDGE_CACHES = List.of("us-east-1", "us-east-2", "us-west-2", "ap-south-1", "ap-northeast-1",
            "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "eu-central-1", "eu-west-1", "eu-west-2", "sa-east-1");

    public static final EdgeLocations DEFAULTS = new EdgeLocations(List.of(
            edge("IAD89-C1", "Ashburn", 39.04, -77.49, 100), edge("CMH68-P1", "Columbus", 39.99, -82.89, 100),
            edge("DFW56-P2", "Dallas", 32.90, -97.04, 100), edge("SEA19-C3", "Seattle", 47.45, -122.31, 100),
            edge("LAX50-C1", "Los Angeles", 33.94, -118.41, 100), edge("PHX50-C2", "Phoenix", 33.43, -112.01, 100),
            edge("YUL62-C1", "Montréal", 45.47, -73.74, 100), edge("LHR61-P5", "London", 51.47, -0.45, 100),
            edge("FRA56-P6", "Frankfurt", 50.04, 8.56, 100), edge("AMS58-P2", "Amsterdam", 52.31, 4.76, 100),
            edge("CPH50-C1", "Copenhagen", 55.62, 12.65, 100), edge("HEL51-P1", "Helsinki", 60.32, 24.96, 100),
            edge("PRG50-C1", "Prague", 50.10, 14.26, 100), edge("WAW51-P2", "Warsaw", 52.17, 20.97, 100),
            edge("DEL54-C3", "New Delhi", 28.56, 77.10, 200), edge("NRT57-P3", "Tokyo", 35.77, 140.39, 200),
            edge("ICN57-P1", "Seoul", 37.46, 126.44, 200), edge("SIN2-P7", "Singapore", 1.36, 103.99, 200),
            edge("KUL50-C1", "Kuala Lumpur", 2.75, 101.71, 200), edge("GRU3-C1", "São Paulo", -23.43, -46.47, 300),
            edge("SYD62-P2", "Sydney", -33.95, 151.18, 300), edge("AKL50-C1", "Auckland", -37.01, 174.79, 300)));

    private final List<EdgeLocation> edges;

    public EdgeLocations(List<EdgeLocation> edges) {
        this.edges = List.copyOf(edges);
    }

    /** An edge at these coordinates, with the regional edge cache of the nearest REC Region. */
    public static EdgeLocation edge(String pop, String city, double latitude, double longitude, int tier) {
        GeoPoint point = new GeoPoint(latitude, longitude);
        String cache = REGIONAL_EDGE_CACHES.stream()
                .min(Comparator.comparingDouble(region -> AwsRegionLocations.location(region).orElseThrow().kilometresTo(point))).orElseThrow();
        return new EdgeLocation(pop, city, point, tier, cache);
    }

    public List<EdgeLocation> all() {
        return edges;
    }

    /** An edge by its POP code ({@code FRA56-P6}) or its airport code ({@code FRA}). */
    public Optional<EdgeLocation> find(String code) {
        return edges.stream().filter(e -> e.pop().equalsIgnoreCase(code) || e.airport().equalsIgnoreCase(code)).findFirst();
    }

    /** The edge nearest to a point among those the price class allows. */
    public EdgeLocation nearest(GeoPoint viewer, String priceClass) {
        return edges.stream().filter(e -> e.servesPriceClass(priceClass))
                .min(Comparator.comparingDouble(e -> e.point().kilometresTo(viewer))).orElseThrow();
    }
}
