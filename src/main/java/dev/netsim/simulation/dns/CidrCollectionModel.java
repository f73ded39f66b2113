package dev.netsim.simulation.dns;

import java.util.List;
import java.util.Map;

/** A CIDR collection for IP-based routing: its locations and the blocks of each. */
public record CidrCollectionModel(String id, String name, Map<String, List<IpPrefix>> locations) {

    public CidrCollectionModel {
        locations = Map.copyOf(locations);
    }
}
