package dev.netsim.simulation.reachability;

import java.util.ArrayList;
import java.util.List;

import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.Direction;
import dev.netsim.simulation.network.NetworkSnapshot;
import dev.netsim.simulation.network.SecurityGroupNode;
import dev.netsim.simulation.network.SecurityGroupRuleNode;

/**
 * The security groups of an interface applied to packets: allow rules only, the rules of every group
 * together, order irrelevant. {@code allowed} is what some rule admits; the reported rule is the first
 * admitting one in group and rule-id order, so the answer is the same whatever order they were made in.
 */
record SecurityGroupVerdict(HeaderSpace allowed, String groupId, SecurityGroupRuleNode rule, boolean groupsHaveNoRules) {

    static SecurityGroupVerdict apply(NetworkSnapshot network, List<String> groupIds, Direction direction, HeaderSpace space) {
        HeaderSpace allowed = new HeaderSpace(space.protocol(), List.of());
        HeaderSpace rest = space;
        String matchedGroup = null;
        SecurityGroupRuleNode matchedRule = null;
        boolean anyRules = false;
        for (String groupId : groupIds.stream().sorted().toList()) {
            SecurityGroupNode group = network.securityGroup(groupId).orElse(null);
            if (group == null) {
                continue;
            }
            for (SecurityGroupRuleNode rule : group.rules(direction).stream()
                    .sorted(java.util.Comparator.comparing(SecurityGroupRuleNode::ruleId)).toList()) {
                anyRules = true;
                if (!rule.protocol().admits(space.protocol())) {
                    continue;
                }
                HeaderSpace admitted = rest.intersectAny(boxes(network, rule, direction, space));
                if (!admitted.isEmpty()) {
                    allowed = allowed.union(admitted);
                    rest = rest.minus(admitted);
                    if (matchedRule == null) {
                        matchedGroup = groupId;
                        matchedRule = rule;
                    }
                }
            }
        }
        return new SecurityGroupVerdict(allowed, matchedGroup, matchedRule, !anyRules);
    }

    /** The packets a rule admits: its peer's addresses on the far side, its ports as destination ports. */
    private static List<PacketBox> boxes(NetworkSnapshot network, SecurityGroupRuleNode rule, Direction direction, HeaderSpace space) {
        List<AddressRange> peers = new ArrayList<>();
        if (rule.cidr() != null) {
            peers.add(rule.cidr());
        } else if (rule.referencedGroupId() != null) {
            network.groupMemberAddresses(rule.referencedGroupId()).forEach(a -> peers.add(AddressRange.single(a)));
        } else if (rule.prefixListId() != null) {
            network.prefixList(rule.prefixListId()).ifPresent(pl -> peers.addAll(pl.cidrs()));
        }
        boolean ports = rule.protocol().hasPorts() && space.protocol().hasPorts();
        return peers.stream().map(peer -> {
            PacketBox box = direction == Direction.INGRESS ? PacketBox.fromSource(peer) : PacketBox.toDestination(peer);
            return ports ? box.withDestinationPorts(rule.ports()) : box;
        }).toList();
    }
}
