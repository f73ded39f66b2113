package dev.netsim.simulation.network;

/** What a network ACL entry does with the packets it matches. */
public enum RuleAction {
    ALLOW, DENY;

    public String awsName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
