package dev.netsim.ec2.prefixlist;

import java.util.List;

/** Resources that refer to a prefix list (routes, security group rules) and so keep it from being deleted. */
public interface PrefixListUsers {

    List<String> usersOf(String prefixListId);
}
