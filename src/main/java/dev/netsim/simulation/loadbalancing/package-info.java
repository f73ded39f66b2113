/**
 * Target selection in the manner of Elastic Load Balancing v2: a request is matched against a
 * listener's rules in priority order, the winning action is applied, and a forward picks a target
 * group by weight and a target by the group's algorithm, stickiness, cross-zone setting and target
 * health. Pure Java over an immutable {@link dev.netsim.simulation.loadbalancing.LoadBalancerModel};
 * the only mutable part is the per-load-balancer {@link dev.netsim.simulation.loadbalancing.LoadBalancerState}
 * (rotation cursors and requests in flight), which is safe under concurrent calls. Every decision
 * carries the sentences that explain it.
 */
package dev.netsim.simulation.loadbalancing;
