package dev.netsim.ec2.security;

import jakarta.persistence.Embeddable;

/** One security group rule: direction, protocol, port range and a single peer (CIDR, group or prefix list). */
@Embeddable
public class SecurityGroupRule {

    private String ruleId;
    private boolean egress;
    private String ipProtocol;
    private Integer fromPort;
    private Integer toPort;
    private String cidrIpv4;
    private String cidrIpv6;
    private String referencedGroupId;
    private String prefixListId;
    private String description;

    protected SecurityGroupRule() {
    }

    public SecurityGroupRule(String ruleId, RuleSpec spec) {
        this.ruleId = ruleId;
        apply(spec);
    }

    /** All traffic to or from an IPv4 CIDR. */
    public static SecurityGroupRule allTraffic(String ruleId, boolean egress, String cidr) {
        return new SecurityGroupRule(ruleId, new RuleSpec(egress, "-1", null, null, cidr, null, null, null, null));
    }

    /** All traffic from members of a group (the default group's inbound rule references itself). */
    public static SecurityGroupRule allTrafficFromGroup(String ruleId, String groupId) {
        return new SecurityGroupRule(ruleId, new RuleSpec(false, "-1", null, null, null, null, groupId, null, null));
    }

    public RuleSpec spec() {
        return new RuleSpec(egress, ipProtocol, fromPort, toPort, cidrIpv4, cidrIpv6, referencedGroupId, prefixListId, description);
    }

    /** ModifySecurityGroupRules replaces a rule's match and description but keeps its id and direction. */
    void apply(RuleSpec spec) {
        this.egress = spec.egress();
        this.ipProtocol = spec.protocol();
        this.fromPort = spec.fromPort();
        this.toPort = spec.toPort();
        this.cidrIpv4 = spec.cidrIpv4();
        this.cidrIpv6 = spec.cidrIpv6();
        this.referencedGroupId = spec.referencedGroupId();
        this.prefixListId = spec.prefixListId();
        this.description = spec.description();
    }

    public String getRuleId() { return ruleId; }
    public boolean isEgress() { return egress; }
    public String getIpProtocol() { return ipProtocol; }
    public Integer getFromPort() { return fromPort; }
    public Integer getToPort() { return toPort; }
    public String getCidrIpv4() { return cidrIpv4; }
    public String getCidrIpv6() { return cidrIpv6; }
    public String getReferencedGroupId() { return referencedGroupId; }
    public String getPrefixListId() { return prefixListId; }
    public String getDescription() { return description; }
}
