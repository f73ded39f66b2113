package dev.netsim.cloudfront.connection;

import dev.netsim.common.Scope;

/** Whether distribution tenants are reached through a connection group, known by the tenants package, so this one does not depend on it. */
public interface ConnectionGroupUsers {

    boolean usesConnectionGroup(Scope scope, String connectionGroupId);
}
