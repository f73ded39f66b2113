package dev.netsim.simulation.dns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each AWS Region that Route 53 latency and geoproximity records can name is (the city of
 * its data centres). Latency routing is simulated as the shortest great-circle distance from the
 * client to a record's Region: the measured latencies Route 53 uses follow distance closely.
 */
public final class AwsRegionLocations {

    private static final Map<String, GeoPoint> REGIONS = new LinkedHashMap<>();

    static {
        region("us-east-1", 38.13, -78.45);      // N. Virginia
        region("us-east-2", 39.96, -83.00);      // Ohio
        region("us-west-1", 37.35, -121.96);     // N. California
        region("us-west-2", 45.84, -119.70);     // Oregon
        region("ca-central-1", 45.50, -73.57);   // Montreal
        region("ca-west-1", 51.05, -114.07);     // Calgary
        region("mx-central-1", 20.59, -100.39);  // Querétaro
        region("sa-east-1", -23.55, -46.63);     // São Paulo
        region("eu-west-1", 53.35, -6.26);       // Dublin
        region("eu-west-2", 51.51, -0.13);       // London
        region("eu-west-3", 48.86, 2.35);        // Paris
        region("eu-central-1", 50.11, 8.68);     // Frankfurt
        region("eu-central-2", 47.37, 8.54);     // Zurich
        region("eu-north-1", 59.33, 18.07);      // Stockholm
        region("eu-south-1", 45.46, 9.19);       // Milan
        region("eu-south-2", 41.65, -0.88);      // Aragón
        region("il-central-1", 32.09, 34.78);    // Tel Aviv
        region("me-south-1", 26.07, 50.56);      // Bahrain
        region("me-central-1", 25.20, 55.27);    // UAE
        region("af-south-1", -33.92, 18.42);     // Cape Town
        region("ap-south-1", 19.08, 72.88);      // Mumbai
        region("ap-south-2", 17.39, 78.49);      // Hyderabad
        region("ap-east-1", 22.32, 114.17);      // Hong Kong
        region("ap-east-2", 25.03, 121.57);      // Taipei
        region("ap-southeast-1", 1.35, 103.82);  // Singapore
        region("ap-southeast-2", -33.87, 151.21);// Sydney
        region("ap-southeast-3", -6.20, 106.85); // Jakarta
        region("ap-southeast-4", -37.81, 144.96);// Melbourne
        region("ap-southeast-5", 3.14, 101.69);  // Kuala Lumpur
        region("ap-southeast-6", -36.85, 174.76);// Auckland
        region("ap-southeast-7", 13.76, 100.50); // Bangkok
        region("ap-northeast-1", 35.68, 139.69); // Tokyo
        region("ap-northeast-2", 37.57, 126.98); // Seoul
        region("ap-northeast-3", 34.69, 135.50); // Osaka
        region("cn-north-1", 39.90, 116.40);     // Beijing
        region("cn-northwest-1", 38.47, 106.26); // Ningxia
        region("us-gov-east-1", 40.42, -82.91);  // Ohio
        region("us-gov-west-1", 45.52, -122.68); // Oregon
    }

    private AwsRegionLocations() {
    }

    private static void region(String name, double latitude, double longitude) {
        REGIONS.put(name, new GeoPoint(latitude, longitude));
    }

    public static boolean isRegion(String name) {
        return REGIONS.containsKey(name);
    }

    public static Optional<GeoPoint> location(String region) {
        return Optional.ofNullable(REGIONS.get(region));
    }

    public static List<String> names() {
        return List.copyOf(REGIONS.keySet());
    }

    /** The Region nearest to a point. */
    public static String nearest(GeoPoint point) {
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Map.Entry<String, GeoPoint> e : REGIONS.entrySet()) {
            double d = point.kilometresTo(e.getValue());
            if (d < bestDistance) {
                best = e.getKey();
                bestDistance = d;
            }
        }
        return best;
    }
}
