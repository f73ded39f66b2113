package dev.netsim.simulation.reachability;

import dev.netsim.simulation.network.NetworkAclEntryNode;
import dev.netsim.simulation.network.PortRange;

/** The network ACL entry a hop applied, in the members of AWS's {@code AnalysisAclRule}. */
public record AclRuleMatch(String cidr, boolean egress, PortRange portRange, String protocol, String ruleAction, int ruleNumber) {

    static AclRuleMatch of(NetworkAclEntryNode entry) {
        return new AclRuleMatch(entry.cidr().toString(), entry.direction() == dev.netsim.simulation.network.Direction.EGRESS,
                entry.protocol().hasPorts() ? entry.ports() : null, Integer.toString(entry.protocol().number()),
                entry.action().awsName(), entry.ruleNumber());
    }
}
