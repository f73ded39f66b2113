package dev.netsim.simulation.dns;

/**
 * Where a DNS client is, as Route 53 places it: continent, country (ISO 3166 alpha-2), subdivision,
 * the nearest AWS Region and coordinates, the VPC it is in (for private zones; null outside any), and
 * the words that say how this was found.
 */
public record ClientLocation(String continent, String country, String subdivision, String region, GeoPoint point, String vpcId,
                             String source) {

    /** A client the location table does not place: no country for geolocation, N. Virginia for distances. */
    public static ClientLocation unknown(String address) {
        return new ClientLocation(null, null, null, "us-east-1", AwsRegionLocations.location("us-east-1").orElseThrow(), null,
                address + " is in no entry of the location table, so it has no geolocation and counts as near us-east-1");
    }

    public boolean isKnown() {
        return country != null || continent != null;
    }
}
