package dev.netsim.simulation.reachability;

import java.util.List;

/** What reachability tests compare: a path's component ids, an answer's explanation codes. */
final class Paths {

    private Paths() {
    }

    static List<String> ids(List<PathComponent> path) {
        return path.stream().map(PathComponent::componentId).toList();
    }

    static List<String> codes(ReachabilityResult result) {
        return result.explanations().stream().map(Explanation::code).toList();
    }
}
