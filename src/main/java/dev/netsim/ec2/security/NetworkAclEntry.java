package dev.netsim.ec2.security;

import jakarta.persistence.Embeddable;

/** One numbered NACL rule; protocol is AWS's number as text, {@code -1} for all. */
@Embeddable
public class NetworkAclEntry {

    public static final int CATCH_ALL_RULE_NUMBER = 32767;

    private int ruleNumber;
    private boolean egress;
    private String protocol;
    private String ruleAction;
    private String cidrBlock;
    private String ipv6CidrBlock;
    private Integer portFrom;
    private Integer portTo;
    private Integer icmpType;
    private Integer icmpCode;

    protected NetworkAclEntry() {
    }

    private NetworkAclEntry(int ruleNumber, boolean egress, String protocol, String ruleAction, String cidrBlock) {
        this.ruleNumber = ruleNumber;
        this.egress = egress;
        this.protocol = protocol;
        this.ruleAction = ruleAction;
        this.cidrBlock = cidrBlock;
    }

    /** A numbered entry; the ports apply to TCP and UDP, the ICMP type and code to ICMP. */
    public NetworkAclEntry(int ruleNumber, boolean egress, String protocol, String ruleAction, String cidrBlock, String ipv6CidrBlock,
                           Integer portFrom, Integer portTo, Integer icmpType, Integer icmpCode) {
        this(ruleNumber, egress, protocol, ruleAction, cidrBlock);
        this.ipv6CidrBlock = ipv6CidrBlock;
        this.portFrom = portFrom;
        this.portTo = portTo;
        this.icmpType = icmpType;
        this.icmpCode = icmpCode;
    }

    /** Rule 100 of a default ACL: allow everything from or to anywhere. */
    public static NetworkAclEntry allowAll(int ruleNumber, boolean egress) {
        return new NetworkAclEntry(ruleNumber, egress, "-1", "allow", "0.0.0.0/0");
    }

    static NetworkAclEntry catchAllDeny(boolean egress) {
        return new NetworkAclEntry(CATCH_ALL_RULE_NUMBER, egress, "-1", "deny", "0.0.0.0/0");
    }

    public int getRuleNumber() { return ruleNumber; }
    public boolean isEgress() { return egress; }
    public String getProtocol() { return protocol; }
    public String getRuleAction() { return ruleAction; }
    public String getCidrBlock() { return cidrBlock; }
    public String getIpv6CidrBlock() { return ipv6CidrBlock; }
    public Integer getPortFrom() { return portFrom; }
    public Integer getPortTo() { return portTo; }
    public Integer getIcmpType() { return icmpType; }
    public Integer getIcmpCode() { return icmpCode; }
}
