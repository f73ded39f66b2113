package dev.netsim.cloudfront.tenant;

import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.netsim.route53.answer.DnsAnswerService;
import dev.netsim.simulation.dns.DnsAnswer;

/**
 * Whether a tenant's domain points at its connection group's routing endpoint, asked of Netsim's
 * own Route 53 as its DNS server answers (VerifyDnsConfiguration, and CloudFront serving the
 * validation token of a managed certificate). A domain no public hosted zone here holds is unknown:
 * its DNS lives elsewhere.
 */
@Component
class TenantDnsChecks {

    static final String VALID = "valid-configuration";
    static final String INVALID = "invalid-configuration";
    static final String UNKNOWN = "unknown-configuration";

    /** One domain's verdict and why. */
    record DnsCheck(String domain, String status, String reason) {
    }

    private final DnsAnswerService dns;

    TenantDnsChecks(DnsAnswerService dns) {
        this.dns = dns;
    }

    DnsCheck check(String domain, String routingEndpoint) {
        DnsAnswer answer = dns.simulate(new DnsAnswerService.Question(domain, "CNAME", null, null, null), null);
        if (answer.zoneId() == null) {
            return new DnsCheck(domain, UNKNOWN, "No public hosted zone in Netsim holds " + domain + ", so where it points is not known here.");
        }
        String wanted = bare(routingEndpoint);
        for (DnsAnswer.Answered record : answer.answerView()) {
            if (record.type().equals("CNAME") && bare(record.name()).equals(bare(domain))) {
                return bare(record.value()).equals(wanted) ? new DnsCheck(domain, VALID, null)
                        : new DnsCheck(domain, INVALID, domain + " is a CNAME for " + bare(record.value()) + ", not for the connection group's "
                                + "routing endpoint " + wanted + ".");
            }
        }
        return new DnsCheck(domain, INVALID, "Hosted zone " + answer.zoneId() + " has no CNAME record for " + domain + " pointing to the "
                + "connection group's routing endpoint " + wanted + ".");
    }

    private static String bare(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
