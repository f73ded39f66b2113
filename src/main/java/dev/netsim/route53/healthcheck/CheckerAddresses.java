package dev.netsim.route53.healthcheck;

import java.util.List;
import java.util.Map;

/** Route 53's health checkers: the address ranges GetCheckerIpRanges lists, and one checker address per region. */
final class CheckerAddresses {

    /** Each checker region's published range (ip-ranges.json, service ROUTE53_HEALTHCHECKS). */
    static final Map<String, String> RANGES = Map.of(
            "us-east-1", "107.23.255.0/26",
            "us-west-1", "54.183.255.128/26",
            "us-west-2", "54.244.52.192/26",
            "eu-west-1", "54.228.16.0/26",
            "ap-southeast-1", "54.255.254.192/26",
            "ap-southeast-2", "54.252.254.192/26",
            "ap-northeast-1", "54.250.253.192/26",
            "sa-east-1", "177.71.207.128/26");

    private CheckerAddresses() {
    }

    static List<String> ranges() {
        return RANGES.values().stream().sorted().toList();
    }

    /** The first usable address of the region's range, as the checker that reports for it. */
    static String checkerIp(String region) {
        String range = RANGES.get(region);
        String base = range.substring(0, range.indexOf('/'));
        int dot = base.lastIndexOf('.');
        return base.substring(0, dot + 1) + (Integer.parseInt(base.substring(dot + 1)) + 1);
    }
}
