package dev.netsim.cloudfront.function;

import dev.netsim.common.Scope;

/**
 * Whether a distribution associates a function (a cache behaviour a viewer function, the config a
 * connection function), known by the distributions package, so this one does not depend on it.
 */
public interface FunctionAssociations {

    boolean associates(Scope scope, String functionArn);
}
