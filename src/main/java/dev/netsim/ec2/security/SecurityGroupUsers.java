package dev.netsim.ec2.security;

import java.util.List;

/** Resources that use a security group (network interfaces) and so keep it from being deleted. */
public interface SecurityGroupUsers {

    List<String> usersOf(String groupId);
}
