package dev.netsim.simulation.loadbalancing;

/** A target group's {@code load_balancing.cross_zone.enabled}: on, off, or whatever the load balancer says. */
public enum CrossZone {
    ON, OFF, USE_LOAD_BALANCER;

    public static CrossZone of(String attributeValue) {
        return switch (attributeValue) {
            case "true" -> ON;
            case "false" -> OFF;
            case "use_load_balancer_configuration" -> USE_LOAD_BALANCER;
            default -> throw new IllegalArgumentException("not a cross-zone setting: " + attributeValue);
        };
    }

    boolean enabled(boolean loadBalancerSetting) {
        return this == USE_LOAD_BALANCER ? loadBalancerSetting : this == ON;
    }
}
