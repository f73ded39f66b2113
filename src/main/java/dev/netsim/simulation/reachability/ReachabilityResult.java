package dev.netsim.simulation.reachability;

import java.util.List;
import java.util.Map;

/**
 * The answer: whether packets get there and back, the forward and return path components in AWS's
 * order, the explanations when they do not, one sentence for people, and the owner account of every
 * VPC the answer names (a peered VPC may be another account's), so it renders without the network.
 */
public record ReachabilityResult(boolean pathFound, List<PathComponent> forwardPath, List<PathComponent> returnPath,
                                 List<Explanation> explanations, String summary, Map<String, String> vpcAccounts) {

    public ReachabilityResult {
        forwardPath = List.copyOf(forwardPath);
        returnPath = List.copyOf(returnPath);
        explanations = List.copyOf(explanations);
        vpcAccounts = Map.copyOf(vpcAccounts);
    }
}
