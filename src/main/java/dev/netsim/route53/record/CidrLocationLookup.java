package dev.netsim.route53.record;

import java.util.Optional;

/** The CIDR collections IP-based records name; implemented by the CIDR collection service. */
public interface CidrLocationLookup {

    /** Empty when the collection exists and has the location (or the location is the default {@code *}); else the problem. */
    Optional<String> problem(String account, String collectionId, String locationName);
}
