package dev.netsim.ec2.routing;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.ec2.prefixlist.PrefixListUsers;

/** Route tables with a route to a prefix list keep the list from being deleted. */
@Component
class RoutesToPrefixLists implements PrefixListUsers {

    private final RouteTableRepository tables;

    RoutesToPrefixLists(RouteTableRepository tables) {
        this.tables = tables;
    }

    @Override
    public List<String> usersOf(String prefixListId) {
        return tables.routingTo(prefixListId);
    }
}
