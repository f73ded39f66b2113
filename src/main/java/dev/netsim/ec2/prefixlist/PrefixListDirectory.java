package dev.netsim.ec2.prefixlist;

import dev.netsim.common.Scope;

/** Tells routes whether a prefix list they name as destination exists for the caller. */
public interface PrefixListDirectory {

    boolean exists(Scope scope, String prefixListId);
}
