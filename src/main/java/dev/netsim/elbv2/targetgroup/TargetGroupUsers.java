package dev.netsim.elbv2.targetgroup;

import java.util.List;

import dev.netsim.common.Scope;

/** The load balancers whose listeners or rules forward to a target group, implemented where listeners live. */
public interface TargetGroupUsers {

    List<String> loadBalancersUsing(Scope scope, String targetGroupArn);
}
