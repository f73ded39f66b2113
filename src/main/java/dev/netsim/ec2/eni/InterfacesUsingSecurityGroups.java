package dev.netsim.ec2.eni;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.ec2.security.SecurityGroupUsers;

/** Network interfaces (of instances, endpoints, …) keep their security groups from being deleted. */
@Component
class InterfacesUsingSecurityGroups implements SecurityGroupUsers {

    private final NetworkInterfaceRepository interfaces;

    InterfacesUsingSecurityGroups(NetworkInterfaceRepository interfaces) {
        this.interfaces = interfaces;
    }

    @Override
    public List<String> usersOf(String groupId) {
        return interfaces.usingGroup(groupId);
    }
}
