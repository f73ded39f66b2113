package dev.netsim.ec2.routing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.RouteEntry;
import dev.netsim.simulation.network.RouteTableNode;

/**
 * Route tables with their IPv4 and prefix-list routes in the states DescribeRouteTables shows (the
 * same code decides both), main flags and explicit subnet and gateway associations.
 */
@Component
class RouteTableNetworkSlice implements NetworkSlice {

    private final RouteTableService tables;

    RouteTableNetworkSlice(RouteTableService tables) {
        this.tables = tables;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        for (RoutedTable routed : tables.routedTables(scope)) {
            RouteTable table = routed.table();
            List<RouteEntry> routes = new ArrayList<>();
            for (RouteState state : routed.routes()) {
                Route route = state.route();
                RouteDestination destination = route.destination();
                boolean active = "active".equals(state.state());
                String target = route.target().id();
                switch (destination.kind()) {
                    case IPV4 -> routes.add(RouteEntry.toCidr(destination.value(), target, route.getOrigin(), active));
                    case PREFIX_LIST -> routes.add(RouteEntry.toPrefixList(destination.value(), target, route.getOrigin(), active));
                    case IPV6 -> { } // analyses are IPv4, as AWS's are
                }
            }
            List<String> subnets = table.getAssociations().stream().map(RouteTableAssociation::getSubnetId).filter(s -> s != null).toList();
            List<String> gateways = table.getAssociations().stream().map(RouteTableAssociation::getGatewayId).filter(g -> g != null).toList();
            assembly.network().routeTable(new RouteTableNode(table.getId(), table.getVpcId(), table.isMain(), subnets, gateways, routes));
        }
    }
}
