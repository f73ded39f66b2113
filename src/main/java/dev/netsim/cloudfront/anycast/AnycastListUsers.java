package dev.netsim.cloudfront.anycast;

import dev.netsim.common.Scope;

/** Whether a distribution uses an Anycast IP list, known by the distributions package, so this one does not depend on it. */
public interface AnycastListUsers {

    boolean servedOn(Scope scope, String anycastIpListId);
}
