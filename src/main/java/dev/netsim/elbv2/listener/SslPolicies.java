package dev.netsim.elbv2.listener;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The predefined security policies HTTPS and TLS listeners may name, with their protocols and
 * ciphers in AWS's order of preference (the policy tables of the ALB and NLB guides). A subset of
 * AWS's list: the default (2016-08), the console's, and the common TLS 1.2 and 1.3 ones.
 */
final class SslPolicies {

    record Policy(String name, List<String> protocols, List<String> ciphers, List<String> loadBalancerTypes) {
    }

    private static final List<String> BOTH = List.of("application", "network");
    private static final List<String> TLS13_CIPHERS = List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256");
    private static final List<String> GCM_ECDHE = List.of("ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
            "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384");
    private static final List<String> LEGACY_2016 = List.of("ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
            "ECDHE-ECDSA-AES128-SHA256", "ECDHE-RSA-AES128-SHA256", "ECDHE-ECDSA-AES128-SHA", "ECDHE-RSA-AES128-SHA",
            "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES256-SHA384", "ECDHE-RSA-AES256-SHA384",
            "ECDHE-RSA-AES256-SHA", "ECDHE-ECDSA-AES256-SHA", "AES128-GCM-SHA256", "AES128-SHA256", "AES128-SHA", "AES256-GCM-SHA384",
            "AES256-SHA256", "AES256-SHA");

    static final Map<String, Policy> ALL = new LinkedHashMap<>();

    static {
        add("ELBSecurityPolicy-TLS13-1-2-2021-06", List.of("TLSv1.2", "TLSv1.3"), concat(TLS13_CIPHERS, List.of(
                "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES128-SHA256", "ECDHE-RSA-AES128-SHA256",
                "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES256-SHA384", "ECDHE-RSA-AES256-SHA384")));
        add("ELBSecurityPolicy-TLS13-1-3-2021-06", List.of("TLSv1.3"), TLS13_CIPHERS);
        add("ELBSecurityPolicy-2016-08", List.of("TLSv1", "TLSv1.1", "TLSv1.2"), LEGACY_2016);
        add("ELBSecurityPolicy-TLS13-1-2-Res-2021-06", List.of("TLSv1.2", "TLSv1.3"), concat(TLS13_CIPHERS, GCM_ECDHE));
        add("ELBSecurityPolicy-TLS-1-2-2017-01", List.of("TLSv1.2"), List.of("ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
                "ECDHE-ECDSA-AES128-SHA256", "ECDHE-RSA-AES128-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
                "ECDHE-ECDSA-AES256-SHA384", "ECDHE-RSA-AES256-SHA384", "AES128-GCM-SHA256", "AES128-SHA256", "AES256-GCM-SHA384",
                "AES256-SHA256"));
        add("ELBSecurityPolicy-FS-1-2-Res-2020-10", List.of("TLSv1.2"), GCM_ECDHE);
    }

    private SslPolicies() {
    }

    static void require(String name) {
        if (name != null && !ALL.containsKey(name)) {
            throw new dev.netsim.common.AwsException("SSLPolicyNotFound", "SSL policy '" + name + "' not found");
        }
    }

    private static void add(String name, List<String> protocols, List<String> ciphers) {
        ALL.put(name, new Policy(name, protocols, ciphers, BOTH));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
