package dev.netsim.simulation.loadbalancing;

import java.util.List;

/**
 * A load balancer as the engine sees it: one node per enabled Availability Zone, the load
 * balancer's cross-zone setting ({@code load_balancing.cross_zone.enabled}: always on for an ALB,
 * off by default for NLB and GWLB), and its listeners.
 */
public record LoadBalancerModel(String arn, String name, LoadBalancerKind kind, List<String> availabilityZones,
                                boolean crossZoneEnabled, List<ListenerModel> listeners) {

    public LoadBalancerModel {
        availabilityZones = List.copyOf(availabilityZones);
        listeners = List.copyOf(listeners);
    }

    ListenerModel listenerOn(int port) {
        for (ListenerModel listener : listeners) {
            if (listener.port() == port) {
                return listener;
            }
        }
        return null;
    }
}
