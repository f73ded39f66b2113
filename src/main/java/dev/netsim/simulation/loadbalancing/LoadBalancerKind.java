package dev.netsim.simulation.loadbalancing;

/** The three kinds of ELBv2 load balancer, by their API names. */
public enum LoadBalancerKind {
    APPLICATION("application"), NETWORK("network"), GATEWAY("gateway");

    private final String apiName;

    LoadBalancerKind(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static LoadBalancerKind of(String apiName) {
        for (LoadBalancerKind kind : values()) {
            if (kind.apiName.equals(apiName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a load balancer type: " + apiName);
    }
}
