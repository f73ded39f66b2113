package dev.netsim.simulation.dns;

/** Route 53's routing policies, as a record set's members select them. */
public enum RoutingPolicy {
    SIMPLE("simple"), WEIGHTED("weighted"), LATENCY("latency"), FAILOVER("failover"), GEOLOCATION("geolocation"),
    GEOPROXIMITY("geoproximity"), MULTIVALUE("multivalue answer"), IP_BASED("IP-based");

    private final String label;

    RoutingPolicy(String label) {
        this.label = label;
    }

    /** The policy's name as the Route 53 console writes it. */
    public String label() {
        return label;
    }
}
