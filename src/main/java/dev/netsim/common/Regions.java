package dev.netsim.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The regions Netsim knows, the one list every door checks a request's region against: a region
 * not here gets the error AWS gives a request scoped to a region that does not exist.
 */
public final class Regions {

    /** Region → its zone letters and the short code AWS uses in zone ids ({@code use1-az1}). */
    private static final Map<String, String> ZONES = new LinkedHashMap<>();

    static {
        ZONES.put("us-east-1", "abcdef:use1");
        ZONES.put("us-east-2", "abc:use2");
        ZONES.put("us-west-1", "bc:usw1");
        ZONES.put("us-west-2", "abcd:usw2");
        ZONES.put("ca-central-1", "abd:cac1");
        ZONES.put("sa-east-1", "abc:sae1");
        ZONES.put("eu-west-1", "abc:euw1");
        ZONES.put("eu-west-2", "abc:euw2");
        ZONES.put("eu-west-3", "abc:euw3");
        ZONES.put("eu-central-1", "abc:euc1");
        ZONES.put("eu-north-1", "abc:eun1");
        ZONES.put("ap-south-1", "abc:aps1");
        ZONES.put("ap-northeast-1", "acd:apne1");
        ZONES.put("ap-northeast-2", "abcd:apne2");
        ZONES.put("ap-northeast-3", "abc:apne3");
        ZONES.put("ap-southeast-1", "abc:apse1");
        ZONES.put("ap-southeast-2", "abc:apse2");
    }

    private Regions() {
    }

    public static boolean isKnown(String region) {
        return ZONES.containsKey(region);
    }

    /** Every region, in the order DescribeRegions lists them. */
    public static Set<String> names() {
        return java.util.Collections.unmodifiableSet(ZONES.keySet());
    }

    /** The zone letters of a known region ({@code abcdef}). */
    public static String zoneLetters(String region) {
        return spec(region)[0];
    }

    /** The prefix of a known region's zone ids ({@code use1}). */
    public static String zoneIdPrefix(String region) {
        return spec(region)[1];
    }

    private static String[] spec(String region) {
        String spec = ZONES.get(region);
        if (spec == null) {
            throw new IllegalArgumentException("Unknown region " + region);
        }
        return spec.split(":");
    }
}
