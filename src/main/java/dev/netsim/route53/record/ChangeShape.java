package dev.netsim.route53.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.netsim.simulation.dns.AwsRegionLocations;
import dev.netsim.simulation.dns.RecordSet;

/**
 * What Route 53 checks of each change before it looks at the zone, answered with
 * {@code InvalidInput} (AWS's "Invalid request: …" and model-constraint messages): members that
 * must or must not come together, ranges, and the codes a routing policy names.
 */
final class ChangeShape {

    static final Set<String> TYPES = Set.of("A", "AAAA", "CAA", "CNAME", "DS", "HTTPS", "MX", "NAPTR", "NS", "PTR", "SOA", "SPF", "SRV",
            "SSHFP", "SVCB", "TLSA", "TXT");
    private static final Set<String> CONTINENTS = Set.of("AF", "AN", "AS", "EU", "OC", "NA", "SA");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}|\\*");
    private static final Pattern COORDINATE = Pattern.compile("-?\\d{1,3}(\\.\\d{1,2})?");

    private ChangeShape() {
    }

    /** The problems of one change, each naming it as Route 53 does ("in Change with [Action=…, Name=…, …]"). */
    static List<String> problems(String action, RecordSet s, int index) {
        List<String> problems = new ArrayList<>();
        String where = "in Change with [Action=" + action + ", Name=" + s.name() + ", Type=" + s.type() + ", SetIdentifier=" + s.setIdentifier() + "]";
        String member = "changeBatch.changes." + index + ".member.resourceRecordSet.";
        if (!Set.of("CREATE", "DELETE", "UPSERT").contains(action)) {
            problems.add(constraint(action, "changeBatch.changes." + index + ".member.action", "satisfy enum value set: [CREATE, DELETE, UPSERT]"));
        }
        if (!TYPES.contains(s.type())) {
            problems.add(constraint(s.type(), member + "type", "satisfy enum value set: " + TYPES.stream().sorted().toList()));
        }
        if (s.ttl() != null && (s.ttl() < 0 || s.ttl() > 2147483647L)) {
            problems.add(constraint(s.ttl(), member + "tTL", s.ttl() < 0 ? "have value greater than or equal to 0" : "have value less than or equal to 2147483647"));
        }
        if (s.weight() != null && (s.weight() < 0 || s.weight() > 255)) {
            problems.add(constraint(s.weight(), member + "weight", s.weight() < 0 ? "have value greater than or equal to 0" : "have value less than or equal to 255"));
        }
        if (s.setIdentifier() != null && (s.setIdentifier().isEmpty() || s.setIdentifier().length() > 128)) {
            problems.add(constraint(s.setIdentifier(), member + "setIdentifier", "have length between 1 and 128"));
        }
        boolean values = !s.values().isEmpty() || s.ttl() != null;
        int kinds = (s.isAlias() ? 1 : 0) + (values ? 1 : 0) + (s.trafficPolicyInstanceId() != null ? 1 : 0);
        if (kinds != 1) {
            problems.add("Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and ResourceRecords], or TrafficPolicyInstanceId], but found "
                    + (kinds == 0 ? "none" : "more than one") + " " + where);
        } else if (values && (s.ttl() == null || s.values().isEmpty())) {
            problems.add("Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and ResourceRecords], or TrafficPolicyInstanceId], but found "
                    + "only " + (s.ttl() == null ? "ResourceRecords" : "TTL") + " " + where);
        }
        if (s.isAlias() && (s.aliasTarget().hostedZoneId() == null || s.aliasTarget().dnsName() == null)) {
            problems.add("Invalid request: AliasTarget needs both HostedZoneId and DNSName " + where);
        }
        long policies = countPolicies(s);
        if (policies > 1) {
            problems.add("Invalid request: Expected exactly one of [Weight, Region, Failover, GeoLocation, GeoProximityLocation, MultiValueAnswer, or "
                    + "CidrRoutingConfig], but found more than one " + where);
        } else if (s.setIdentifier() != null && policies == 0) {
            problems.add("Invalid request: Expected exactly one of [Weight, Region, Failover, GeoLocation, GeoProximityLocation, MultiValueAnswer, or "
                    + "CidrRoutingConfig], but found none " + where);
        } else if (s.setIdentifier() == null && policies == 1) {
            problems.add("Invalid request: Missing field 'SetIdentifier' " + where);
        }
        if (s.region() != null && !AwsRegionLocations.isRegion(s.region())) {
            problems.add(constraint(s.region(), member + "region", "satisfy enum value set: " + AwsRegionLocations.names()));
        }
        if (s.failover() != null && !Set.of("PRIMARY", "SECONDARY").contains(s.failover())) {
            problems.add(constraint(s.failover(), member + "failover", "satisfy enum value set: [PRIMARY, SECONDARY]"));
        }
        if (s.geoLocation() != null) {
            geoLocationProblem(s.geoLocation(), where).ifPresent(problems::add);
        }
        if (s.geoProximity() != null) {
            geoProximityProblem(s.geoProximity(), where).ifPresent(problems::add);
        }
        if (s.cidrRouting() != null && (s.cidrRouting().collectionId() == null || s.cidrRouting().locationName() == null)) {
            problems.add("Invalid request: CidrRoutingConfig needs both CollectionId and LocationName " + where);
        }
        return problems;
    }

    private static long countPolicies(RecordSet s) {
        return Stream.of(s.weight(), s.region(), s.failover(), s.geoLocation(), s.geoProximity(),
                s.multiValueAnswer(), s.cidrRouting()).filter(Objects::nonNull).count();
    }

    private static Optional<String> geoLocationProblem(RecordSet.GeoLocation g, String where) {
        int given = (g.continentCode() != null ? 1 : 0) + (g.countryCode() != null ? 1 : 0);
        if (given != 1) {
            return Optional.of("Invalid request: GeoLocation needs exactly one of ContinentCode and CountryCode " + where);
        }
        if (g.continentCode() != null && !CONTINENTS.contains(g.continentCode())) {
            return Optional.of("Invalid request: " + g.continentCode() + " is not a continent code " + where);
        }
        if (g.countryCode() != null && !COUNTRY.matcher(g.countryCode()).matches()) {
            return Optional.of("Invalid request: " + g.countryCode() + " is not an ISO 3166 country code " + where);
        }
        if (g.subdivisionCode() != null && (g.countryCode() == null || !Set.of("US", "UA").contains(g.countryCode()))) {
            return Optional.of("Invalid request: SubdivisionCode is only supported with CountryCode US or UA " + where);
        }
        return Optional.empty();
    }

    private static Optional<String> geoProximityProblem(RecordSet.GeoProximity p, String where) {
        int given = (p.awsRegion() != null ? 1 : 0) + (p.localZoneGroup() != null ? 1 : 0) + (p.latitude() != null || p.longitude() != null ? 1 : 0);
        if (given != 1) {
            return Optional.of("Invalid request: GeoProximityLocation needs exactly one of AWSRegion, LocalZoneGroup and Coordinates " + where);
        }
        if (p.awsRegion() != null && !AwsRegionLocations.isRegion(p.awsRegion())) {
            return Optional.of("Invalid request: " + p.awsRegion() + " is not an AWS Region " + where);
        }
        if (p.latitude() != null && !validCoordinates(p.latitude(), p.longitude())) {
            return Optional.of("Invalid request: Coordinates need a latitude of -90 to 90 and a longitude of -180 to 180, "
                    + "with at most two decimals " + where);
        }
        if (p.bias() != null && (p.bias() < -99 || p.bias() > 99)) {
            return Optional.of("Invalid request: Bias must be between -99 and 99 " + where);
        }
        return Optional.empty();
    }

    private static boolean validCoordinates(String latitude, String longitude) {
        if (latitude == null || longitude == null || !COORDINATE.matcher(latitude).matches() || !COORDINATE.matcher(longitude).matches()) {
            return false;
        }
        return Math.abs(Double.parseDouble(latitude)) <= 90 && Math.abs(Double.parseDouble(longitude)) <= 180;
    }

    private static String constraint(Object value, String member, String rule) {
        return "Value '" + value + "' at '" + member + "' failed to satisfy constraint: Member must " + rule;
    }

    /** AWS's model-validation summary: "1 validation error detected: …" or "2 validation errors detected: …; …". */
    static String summary(List<String> problems) {
        if (problems.stream().allMatch(p -> p.startsWith("Invalid request"))) {
            return problems.get(0);
        }
        List<String> constraints = problems.stream().filter(p -> p.startsWith("Value ")).toList();
        return constraints.size() + " validation error" + (constraints.size() == 1 ? "" : "s") + " detected: " + String.join("; ", constraints);
    }
}
