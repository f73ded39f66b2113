package dev.netsim.ec2.routing;

import java.util.List;

/** A route table as Describe shows it: with each route's current state. */
public record RoutedTable(RouteTable table, List<RouteState> routes) {
}
