package dev.netsim.elbv2.targetgroup;

import java.util.Map;
import java.util.Set;

import dev.netsim.common.Scope;

/** The load balancers whose listeners or rules forward to each target group of a scope, implemented where listeners live. */
public interface TargetGroupUsers {

    Map<String, Set<String>> loadBalancersByTargetGroup(Scope scope);
}
