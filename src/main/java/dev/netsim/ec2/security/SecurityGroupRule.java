package dev.netsim.ec2.security;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/**
 * One security group rule: direction, protocol, port range and a single peer (CIDR, group or prefix
 * list). A row of its own, so authorising or revoking a rule writes that row only.
 */
@Entity
@Table(name = "security_group_rule")
public class SecurityGroupRule extends AssignedIdEntity<String> {

    @Id
    private String ruleId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private SecurityGroup group;
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

    SecurityGroupRule(String ruleId, SecurityGroup group, RuleSpec spec) {
        this.ruleId = ruleId;
        this.group = group;
        apply(spec);
    }

    /** All traffic to or from an IPv4 CIDR. */
    public static RuleSpec allTraffic(boolean egress, String cidr) {
        return new RuleSpec(egress, "-1", null, null, cidr, null, null, null, null);
    }

    /** All traffic from members of a group (the default group's inbound rule references itself). */
    public static RuleSpec allTrafficFromGroup(String groupId) {
        return new RuleSpec(false, "-1", null, null, null, null, groupId, null, null);
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

    @Override
    public String getId() {
        return ruleId;
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
