package dev.netsim.simulation.cdn;

import dev.netsim.simulation.dns.GeoPoint;

/**
 * A CloudFront edge location: its POP code as {@code X-Amz-Cf-Pop} shows it ({@code IAD89-C1}), the
 * city, where it is, the price class tier it belongs to (100, 200 or All) and the Region of the
 * regional edge cache behind it.
 */
public record EdgeLocation(String pop, String city, GeoPoint point, int priceTier, String regionalEdgeCache) {

    /** The three-letter airport code the POP code starts with. */
    public String airport() {
        return pop.substring(0, 3);
    }

    /** Whether a distribution of this price class ({@code PriceClass_100}, {@code PriceClass_200}, {@code PriceClass_All}) uses the edge. */
    public boolean servesPriceClass(String priceClass) {
        return switch (priceClass == null ? "PriceClass_All" : priceClass) {
            case "PriceClass_100" -> priceTier == 100;
            case "PriceClass_200" -> priceTier <= 200;
            default -> true;
        };
    }
}
