package dev.netsim.simulation.dns;

import java.util.List;

/**
 * A Route 53 resource record set as its API describes it: name, type, optional set identifier,
 * either values with a TTL or an alias target, the routing policy's own member, and an optional
 * health check. Names are fully qualified, lower case, with Route 53's octal escapes
 * ({@code \052.example.com.}).
 */
public record RecordSet(String name, String type, String setIdentifier, Long ttl, List<String> values, AliasTarget aliasTarget,
                        Long weight, String region, String failover, GeoLocation geoLocation, GeoProximity geoProximity,
                        Boolean multiValueAnswer, CidrRouting cidrRouting, String healthCheckId, String trafficPolicyInstanceId) {

    public RecordSet {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** An alias: the target's hosted zone id and DNS name, and whether the target's health counts. */
    public record AliasTarget(String hostedZoneId, String dnsName, boolean evaluateTargetHealth) {
    }

    /** Geolocation: a continent, a country (with a US state), or the default {@code CountryCode="*"}. */
    public record GeoLocation(String continentCode, String countryCode, String subdivisionCode) {

        public boolean isDefault() {
            return "*".equals(countryCode);
        }
    }

    /** Geoproximity: an AWS Region, a Local Zone group or coordinates (kept as written), moved by a bias of −99..99. */
    public record GeoProximity(String awsRegion, String localZoneGroup, String latitude, String longitude, Integer bias) {
    }

    /** IP-based routing: a location of a CIDR collection ({@code *} is the collection's default). */
    public record CidrRouting(String collectionId, String locationName) {
    }

    public RoutingPolicy policy() {
        if (weight != null) {
            return RoutingPolicy.WEIGHTED;
        }
        if (region != null) {
            return RoutingPolicy.LATENCY;
        }
        if (failover != null) {
            return RoutingPolicy.FAILOVER;
        }
        if (geoLocation != null) {
            return RoutingPolicy.GEOLOCATION;
        }
        if (geoProximity != null) {
            return RoutingPolicy.GEOPROXIMITY;
        }
        if (Boolean.TRUE.equals(multiValueAnswer)) {
            return RoutingPolicy.MULTIVALUE;
        }
        if (cidrRouting != null) {
            return RoutingPolicy.IP_BASED;
        }
        return RoutingPolicy.SIMPLE;
    }

    public boolean isAlias() {
        return aliasTarget != null;
    }

    /** The record set's key in its zone: name, type and set identifier. */
    public Key key() {
        return new Key(name, type, setIdentifier);
    }

    /** Name, type and set identifier, as Route 53's messages name a record set. */
    public record Key(String name, String type, String setIdentifier) {

        @Override
        public String toString() {
            return "[name='" + name + "', type='" + type + "'" + (setIdentifier == null ? "" : ", set-identifier='" + setIdentifier + "'") + "]";
        }
    }
}
