package dev.netsim.simulation.network;

/** Which way a rule or an explanation applies, in AWS's words. */
public enum Direction {
    INGRESS, EGRESS;

    public String awsName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
