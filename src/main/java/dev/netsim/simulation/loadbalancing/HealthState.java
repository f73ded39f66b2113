package dev.netsim.simulation.loadbalancing;

/** A registered target's health as DescribeTargetHealth names it. */
public enum HealthState implements ApiNamed {
    INITIAL("initial"), HEALTHY("healthy"), UNHEALTHY("unhealthy"), UNUSED("unused"), DRAINING("draining"),
    UNAVAILABLE("unavailable");

    private final String apiName;

    HealthState(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    /** Healthy targets get traffic, and so do targets whose health checks are disabled (AWS: unavailable). */
    boolean routable() {
        return this == HEALTHY || this == UNAVAILABLE;
    }

    /** What fail-open routes to when nothing is routable: registered targets that are neither draining nor unused. */
    boolean inService() {
        return this == HEALTHY || this == UNAVAILABLE || this == UNHEALTHY || this == INITIAL;
    }

    public static HealthState of(String apiName) {
        return ApiNamed.of(HealthState.class, apiName);
    }
}
