package dev.netsim.simulation.reachability;

import java.util.ArrayList;
import java.util.List;

import dev.netsim.simulation.network.NetworkSnapshot;
import dev.netsim.simulation.network.RouteEntry;
import dev.netsim.simulation.network.RouteSelection;
import dev.netsim.simulation.network.RouteTableNode;

/**
 * The packets of a header space that one route of a table carries. A space with several destinations
 * (everything on the internet, a prefix list's blocks) can be split over several routes; the legs
 * come in the table's preference order, each packet on the route AWS would pick for it.
 */
record RouteLeg(RouteEntry route, HeaderSpace space) {

    static List<RouteLeg> partition(RouteTableNode table, NetworkSnapshot network, HeaderSpace space) {
        List<RouteLeg> legs = new ArrayList<>();
        HeaderSpace rest = space;
        for (RouteSelection.Candidate candidate : RouteSelection.candidates(table, network)) {
            PacketBox block = PacketBox.toDestination(candidate.block());
            HeaderSpace carried = rest.intersect(block);
            if (!carried.isEmpty()) {
                int same = indexOf(legs, candidate.route());
                if (same >= 0) {
                    legs.set(same, new RouteLeg(candidate.route(), legs.get(same).space().union(carried)));
                } else {
                    legs.add(new RouteLeg(candidate.route(), carried));
                }
                rest = rest.minus(block);
            }
            if (rest.isEmpty()) {
                break;
            }
        }
        return legs;
    }

    private static int indexOf(List<RouteLeg> legs, RouteEntry route) {
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i).route().equals(route)) {
                return i;
            }
        }
        return -1;
    }
}
