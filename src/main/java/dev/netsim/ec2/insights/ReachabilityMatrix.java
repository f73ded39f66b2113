package dev.netsim.ec2.insights;

import java.util.List;

/** The grid of a matrix analysis: one cell per source, destination and port, and the counts. */
record ReachabilityMatrix(int reachable, int blocked, List<Cell> cells) {

    /** One path: reachable or not, and when not the first explanation's code and the summary sentence. */
    record Cell(String source, String destination, Integer port, boolean reachable, String explanationCode, String summary) {
    }
}
