package dev.netsim.ec2.security;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * One numbered NACL rule; protocol is AWS's number as text, {@code -1} for all. A row of its own,
 * identified by its ACL, number and direction, so a change to one entry writes that row only.
 */
@Entity
@Table(name = "network_acl_entry")
@IdClass(NetworkAclEntry.Key.class)
public class NetworkAclEntry extends AssignedIdEntity<NetworkAclEntry.Key> {

    public static final int CATCH_ALL_RULE_NUMBER = 32767;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_acl_id")
    private NetworkAcl acl;
    @Id
    private int ruleNumber;
    @Id
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

    /** Becomes an entry of the ACL (an entry is made before it is known whether the ACL can take it). */
    void belongTo(NetworkAcl owner) {
        this.acl = owner;
    }

    /** ReplaceNetworkAclEntry: the same number and direction, with another rule. */
    void replaceRuleWith(NetworkAclEntry other) {
        this.protocol = other.protocol;
        this.ruleAction = other.ruleAction;
        this.cidrBlock = other.cidrBlock;
        this.ipv6CidrBlock = other.ipv6CidrBlock;
        this.portFrom = other.portFrom;
        this.portTo = other.portTo;
        this.icmpType = other.icmpType;
        this.icmpCode = other.icmpCode;
    }

    @Override
    public Key getId() {
        return new Key(acl == null ? null : acl.getId(), ruleNumber, egress);
    }

    public record Key(String acl, int ruleNumber, boolean egress) implements Serializable {
        public Key() {
            this(null, 0, false);
        }
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
