package dev.netsim.simulation.loadbalancing;

/** The three kinds of ELBv2 load balancer, by their API names. */
public enum LoadBalancerKind implements ApiNamed {
    APPLICATION("application"), NETWORK("network"), GATEWAY("gateway");

    private final String apiName;

    LoadBalancerKind(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    public static LoadBalancerKind of(String apiName) {
        return ApiNamed.of(LoadBalancerKind.class, apiName);
    }
}
