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

    private SecurityGroupRule(String ruleId, boolean egress, String ipProtocol, String cidrIpv4, String referencedGroupId) {
        this.ruleId = ruleId;
        this.egress = egress;
        this.ipProtocol = ipProtocol;
        this.cidrIpv4 = cidrIpv4;
        this.referencedGroupId = referencedGroupId;
    }

    /** All traffic to or from an IPv4 CIDR. */
    public static SecurityGroupRule allTraffic(String ruleId, boolean egress, String cidr) {
        return new SecurityGroupRule(ruleId, egress, "-1", cidr, null);
    }

    /** All traffic from members of a group (the default group's inbound rule references itself). */
    public static SecurityGroupRule allTrafficFromGroup(String ruleId, String groupId) {
        return new SecurityGroupRule(ruleId, false, "-1", null, groupId);
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
