package dev.netsim.simulation.reachability;

import dev.netsim.simulation.network.PortRange;
import dev.netsim.simulation.network.SecurityGroupRuleNode;

/** The security group rule a hop applied, in the members of AWS's {@code AnalysisSecurityGroupRule}. */
public record SecurityGroupRuleMatch(String securityGroupId, String ruleId, String direction, String protocol, PortRange portRange,
                                     String cidr, String referencedGroupId, String prefixListId) {

    static SecurityGroupRuleMatch of(String groupId, SecurityGroupRuleNode rule) {
        return new SecurityGroupRuleMatch(groupId, rule.ruleId(), rule.direction().awsName(), rule.protocol().displayName(),
                rule.protocol().hasPorts() ? rule.ports() : null, rule.cidr() == null ? null : rule.cidr().toString(),
                rule.referencedGroupId(), rule.prefixListId());
    }
}
