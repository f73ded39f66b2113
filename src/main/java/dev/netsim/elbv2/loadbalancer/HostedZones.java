package dev.netsim.elbv2.loadbalancer;

import java.util.Map;

/**
 * The Route 53 hosted zone that holds load balancer DNS names, per region and kind, as AWS's
 * "Elastic Load Balancing endpoints and quotas" page lists them (the alias target's zone id).
 */
public final class HostedZones {

    private static final Map<String, String[]> BY_REGION = Map.ofEntries(
            Map.entry("us-east-1", new String[] {"Z35SXDOTRQ7X7K", "Z26RNL4JYFTOTI"}),
            Map.entry("us-east-2", new String[] {"Z3AADJGX6KTTL2", "ZLMOA37VPKANP"}),
            Map.entry("us-west-1", new String[] {"Z368ELLRRE2KJ0", "Z24FKFUX50B4VW"}),
            Map.entry("us-west-2", new String[] {"Z1H1FL5HABSF5", "Z18D5FSROUN65G"}),
            Map.entry("eu-west-1", new String[] {"Z32O12XQLNTSW2", "Z2IFOLAFXWLO4F"}),
            Map.entry("eu-central-1", new String[] {"Z215JYRZR1TBD5", "Z3F0SRJ5LGBH90"}),
            Map.entry("ap-southeast-1", new String[] {"Z1LMS91P8CMLE5", "ZKVM4W9LS7TM"}),
            Map.entry("ap-northeast-1", new String[] {"Z14GRHDCWA56QT", "Z31USIVHYNEOWT"}));

    private HostedZones() {
    }

    /** Whether Route 53 aliases with this hosted zone id point at a load balancer. */
    public static boolean isLoadBalancerZone(String hostedZoneId) {
        return BY_REGION.values().stream().anyMatch(zones -> zones[0].equals(hostedZoneId) || zones[1].equals(hostedZoneId));
    }

    /** Regions outside the table answer with us-east-1's zones. */
    static String of(String region, String type) {
        String[] zones = BY_REGION.getOrDefault(region, BY_REGION.get("us-east-1"));
        return type.equals("application") ? zones[0] : zones[1];
    }
}
