package dev.netsim.cloudfront.logging;

import dev.netsim.common.Scope;

/** Whether a distribution's cache behaviour sends its real-time logs to a configuration, known by the distributions package. */
public interface RealtimeLogUsers {

    boolean uses(Scope scope, String realtimeLogConfigArn);
}
