package dev.netsim.cloudfront.resource;

import java.util.Optional;

import dev.netsim.common.Scope;

/**
 * What refers to a config resource (a distribution's cache behaviour to its policies, an origin to
 * its access control): a resource in use cannot be deleted. Implemented by the packages that hold
 * the references, so this one does not depend on them.
 */
public interface ConfigReferences {

    /** What uses the resource, for the message, or empty when nothing does. */
    Optional<String> userOf(Scope scope, ConfigKind kind, String id);
}
