package dev.netsim.route53.answer;

import java.util.random.RandomGenerator;

import org.springframework.stereotype.Service;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.net.Cidrs;
import dev.netsim.route53.record.ChangeShapeTypes;
import dev.netsim.route53.zone.HostedZone;
import dev.netsim.route53.zone.HostedZoneService;
import dev.netsim.simulation.dns.DnsAnswer;
import dev.netsim.simulation.dns.DnsQuery;

/**
 * DNS answers as Route 53 gives them: TestDNSAnswer for one zone of the caller's, and the
 * simulation's question to every zone here, as the DNS server answers it.
 */
@Service
public class DnsAnswerService {

    /** The resolver TestDNSAnswer assumes when none is given; the location table places it in us-east-1. */
    static final String DEFAULT_RESOLVER = "127.0.0.1";

    private final DnsCatalogs catalogs;
    private final HostedZoneService zones;
    private final RandomGenerator random;

    public DnsAnswerService(DnsCatalogs catalogs, HostedZoneService zones, RandomGenerator random) {
        this.catalogs = catalogs;
        this.zones = zones;
        this.random = random;
    }

    /** A question as TestDNSAnswer and the JSON API take it. */
    public record Question(String name, String type, String resolverIp, String clientSubnetIp, String clientSubnetMask) {
    }

    public DnsAnswer testDnsAnswer(Scope scope, String zoneId, Question question) {
        HostedZone zone = zones.get(scope, zoneId);
        if (zone.isPrivateZone()) {
            throw new AwsException("InvalidInput", "TestDNSAnswer answers for public hosted zones only; " + zone.getId() + " is private.");
        }
        return catalogs.engine().answerInZone(zone.getId(), query(question), random);
    }

    /** What the DNS server would answer this client, with the explanation. */
    public DnsAnswer simulate(Question question, RandomGenerator chance) {
        return catalogs.engine().answer(query(question), chance == null ? random : chance);
    }

    private static DnsQuery query(Question q) {
        if (q.name() == null || q.name().isBlank()) {
            throw new AwsException("InvalidInput", "The record name is required.");
        }
        String type = q.type() == null ? null : q.type().toUpperCase(java.util.Locale.ROOT);
        if (type == null || !ChangeShapeTypes.isType(type)) {
            throw new AwsException("InvalidInput", "Value '" + q.type() + "' at 'recordType' failed to satisfy constraint: Member must satisfy enum "
                    + "value set: " + ChangeShapeTypes.sorted());
        }
        String resolver = q.resolverIp() == null || q.resolverIp().isBlank() ? DEFAULT_RESOLVER : q.resolverIp();
        if (!Cidrs.isAddress(resolver)) {
            throw new AwsException("InvalidInput", "The resolver IP " + resolver + " is not an IP address.");
        }
        String subnet = null;
        if (q.clientSubnetIp() != null) {
            if (!Cidrs.isAddress(q.clientSubnetIp())) {
                throw new AwsException("InvalidInput", "The EDNS0 client subnet IP " + q.clientSubnetIp() + " is not an IP address.");
            }
            boolean v4 = !q.clientSubnetIp().contains(":");
            int mask = parseMask(q.clientSubnetMask(), v4 ? 24 : 64, v4 ? 32 : 128);
            subnet = q.clientSubnetIp() + "/" + mask;
        } else if (q.clientSubnetMask() != null) {
            throw new AwsException("InvalidInput", "EDNS0ClientSubnetMask needs EDNS0ClientSubnetIP.");
        }
        try {
            return new DnsQuery(q.name(), type, resolver, subnet);
        } catch (IllegalArgumentException e) {
            throw new AwsException("InvalidInput", e.getMessage());
        }
    }

    private static int parseMask(String mask, int fallback, int max) {
        if (mask == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(mask.trim());
            if (value < 0 || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new AwsException("InvalidInput", "EDNS0ClientSubnetMask must be 0 to " + max + ", not " + mask + ".");
        }
    }
}
