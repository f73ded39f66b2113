package dev.netsim.simulation.loadbalancing;

/** An ALB target group's {@code load_balancing.algorithm.type}; network and gateway load balancers hash flows instead. */
public enum Algorithm implements ApiNamed {
    ROUND_ROBIN("round_robin"), LEAST_OUTSTANDING_REQUESTS("least_outstanding_requests"), WEIGHTED_RANDOM("weighted_random");

    private final String apiName;

    Algorithm(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    public static Algorithm of(String apiName) {
        return ApiNamed.of(Algorithm.class, apiName);
    }
}
