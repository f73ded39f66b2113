package dev.netsim.ec2.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.Direction;
import dev.netsim.simulation.network.IpProtocol;
import dev.netsim.simulation.network.PortRange;
import dev.netsim.simulation.network.SecurityGroupNode;
import dev.netsim.simulation.network.SecurityGroupRuleNode;

/**
 * Security groups with their IPv4, group and prefix-list rules (IPv6 rules play no part in IPv4
 * analyses). Two column queries, no entities.
 */
@Component
class SecurityGroupNetworkSlice implements NetworkSlice {

    private final SecurityGroupRepository groups;

    SecurityGroupNetworkSlice(SecurityGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        Map<String, List<SecurityGroupRuleNode>> rules = new HashMap<>();
        for (SecurityGroupRuleRow rule : groups.rulesInScope(scope.account(), scope.region())) {
            if (rule.cidrIpv4() == null && rule.referencedGroupId() == null && rule.prefixListId() == null) {
                continue;
            }
            IpProtocol protocol = IpProtocol.parse(rule.ipProtocol());
            PortRange ports = protocol.hasPorts() ? PortRange.ofNullable(rule.fromPort(), rule.toPort()) : PortRange.ALL;
            rules.computeIfAbsent(rule.groupId(), k -> new ArrayList<>()).add(new SecurityGroupRuleNode(rule.ruleId(),
                    rule.egress() ? Direction.EGRESS : Direction.INGRESS, protocol, ports,
                    rule.cidrIpv4() == null ? null : AddressRange.parse(rule.cidrIpv4()), rule.referencedGroupId(), rule.prefixListId()));
        }
        for (Object[] group : groups.namesInScope(scope.account(), scope.region())) {
            String id = (String) group[0];
            assembly.network().securityGroup(new SecurityGroupNode(id, (String) group[1], (String) group[2], rules.getOrDefault(id, List.of())));
        }
    }
}
