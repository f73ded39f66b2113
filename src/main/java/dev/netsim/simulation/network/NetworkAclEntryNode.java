package dev.netsim.simulation.network;

/** One numbered network ACL entry; {@code *} (32767) is the final deny every ACL ends with. */
public record NetworkAclEntryNode(int ruleNumber, Direction direction, IpProtocol protocol, PortRange ports,
                                  AddressRange cidr, RuleAction action) {

    public static final int FINAL_RULE = 32767;

    public boolean isFinalRule() {
        return ruleNumber == FINAL_RULE;
    }

    /** The rule as the console lists it: "100 TCP 443 0.0.0.0/0 ALLOW". */
    public String consoleLine() {
        return (isFinalRule() ? "*" : Integer.toString(ruleNumber)) + " " + protocol.displayName().toUpperCase(java.util.Locale.ROOT)
                + " " + (protocol.hasPorts() && !ports.coversEveryPort() ? ports.toString() : "ALL") + " " + cidr + " " + action.name();
    }
}
