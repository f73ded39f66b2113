package dev.netsim.simulation.reachability;

import java.util.List;

/**
 * The answer: whether packets get there and back, the forward and return path components in AWS's
 * order, the explanations when they do not, and one sentence for people.
 */
public record ReachabilityResult(boolean pathFound, List<PathComponent> forwardPath, List<PathComponent> returnPath,
                                 List<Explanation> explanations, String summary) {

    public ReachabilityResult {
        forwardPath = List.copyOf(forwardPath);
        returnPath = List.copyOf(returnPath);
        explanations = List.copyOf(explanations);
    }
}
