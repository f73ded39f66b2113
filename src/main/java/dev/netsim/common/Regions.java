package dev.netsim.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The regions Netsim knows, the one list every door checks a request's region against: a region
 * not here gets the error AWS gives a request scoped to a region that does not exist.
 */
public final class Regions {

    /** A region's zone letters ({@code abcdef}) and the prefix AWS uses in its zone ids ({@code use1}). */
    public record Zones(String letters, String idPrefix) {
    }

    private static final Map<String, Zones> ZONES = new LinkedHashMap<>();

    static {
        ZONES.put("us-east-1", new Zones("abcdef", "use1"));
        ZONES.put("us-east-2", new Zones("abc", "use2"));
        ZONES.put("us-west-1", new Zones("bc", "usw1"));
        ZONES.put("us-west-2", new Zones("abcd", "usw2"));
        ZONES.put("ca-central-1", new Zones("abd", "cac1"));
        ZONES.put("sa-east-1", new Zones("abc", "sae1"));
        ZONES.put("eu-west-1", new Zones("abc", "euw1"));
        ZONES.put("eu-west-2", new Zones("abc", "euw2"));
        ZONES.put("eu-west-3", new Zones("abc", "euw3"));
        ZONES.put("eu-central-1", new Zones("abc", "euc1"));
        ZONES.put("eu-north-1", new Zones("abc", "eun1"));
        ZONES.put("ap-south-1", new Zones("abc", "aps1"));
        ZONES.put("ap-northeast-1", new Zones("acd", "apne1"));
        ZONES.put("ap-northeast-2", new Zones("abcd", "apne2"));
        ZONES.put("ap-northeast-3", new Zones("abc", "apne3"));
        ZONES.put("ap-southeast-1", new Zones("abc", "apse1"));
        ZONES.put("ap-southeast-2", new Zones("abc", "apse2"));
    }

    /**
     * Regions AWS launched after March 2019, which an account must opt in to: Netsim lists them
     * (DescribeRegions with AllRegions, or by name) as not opted in, and serves no request in them.
     */
    private static final Set<String> OPT_IN = new java.util.LinkedHashSet<>(java.util.List.of("af-south-1", "ap-east-1", "ap-south-2",
            "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-7", "ca-west-1", "eu-central-2", "eu-south-1", "eu-south-2",
            "il-central-1", "me-central-1", "me-south-1", "mx-central-1"));

    private Regions() {
    }

    /** The opt-in regions, in the order DescribeRegions lists them after the others. */
    public static Set<String> optInNames() {
        return java.util.Collections.unmodifiableSet(OPT_IN);
    }

    /** A region of AWS's, served here or not (an S3 bucket may live in any). */
    public static boolean exists(String region) {
        return isKnown(region) || OPT_IN.contains(region);
    }

    public static boolean isKnown(String region) {
        return ZONES.containsKey(region);
    }

    /** Every region, in the order DescribeRegions lists them. */
    public static Set<String> names() {
        return java.util.Collections.unmodifiableSet(ZONES.keySet());
    }

    /** The zones of a known region. */
    public static Zones zones(String region) {
        Zones zones = ZONES.get(region);
        if (zones == null) {
            throw new IllegalArgumentException("Unknown region " + region);
        }
        return zones;
    }
}
