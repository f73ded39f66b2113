package dev.netsim.ec2.security;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.ec2.prefixlist.PrefixListUsers;

/** Security groups with a rule whose peer is a prefix list keep the list from being deleted. */
@Component
class SecurityGroupsUsingPrefixLists implements PrefixListUsers {

    private final SecurityGroupRepository groups;

    SecurityGroupsUsingPrefixLists(SecurityGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public List<String> usersOf(String prefixListId) {
        return groups.referencingPrefixList(prefixListId);
    }
}
