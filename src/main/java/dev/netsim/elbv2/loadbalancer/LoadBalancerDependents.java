package dev.netsim.elbv2.loadbalancer;

/** What goes when a load balancer goes (its listeners and their rules), implemented where those live. */
public interface LoadBalancerDependents {

    void deleteAllOf(String loadBalancerArn);
}
