package dev.netsim.simulation.network;

import java.util.List;

/** A security group and its rules, inbound and outbound. */
public record SecurityGroupNode(String id, String vpcId, String name, List<SecurityGroupRuleNode> rules) {

    public SecurityGroupNode {
        rules = List.copyOf(rules);
    }

    public List<SecurityGroupRuleNode> rules(Direction direction) {
        return rules.stream().filter(r -> r.direction() == direction).toList();
    }
}
