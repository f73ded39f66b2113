package dev.netsim.ec2.security;

import java.util.ArrayList;
import java.util.List;

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

/** Security groups with their IPv4, group and prefix-list rules (IPv6 rules play no part in IPv4 analyses). */
@Component
class SecurityGroupNetworkSlice implements NetworkSlice {

    private final SecurityGroupRepository groups;

    SecurityGroupNetworkSlice(SecurityGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        for (SecurityGroup group : groups.findByAccountAndRegionOrderById(scope.account(), scope.region())) {
            List<SecurityGroupRuleNode> rules = new ArrayList<>();
            for (SecurityGroupRule rule : group.getRules()) {
                if (rule.getCidrIpv4() == null && rule.getReferencedGroupId() == null && rule.getPrefixListId() == null) {
                    continue;
                }
                IpProtocol protocol = IpProtocol.parse(rule.getIpProtocol());
                PortRange ports = protocol.hasPorts() ? PortRange.ofNullable(rule.getFromPort(), rule.getToPort()) : PortRange.ALL;
                rules.add(new SecurityGroupRuleNode(rule.getRuleId(), rule.isEgress() ? Direction.EGRESS : Direction.INGRESS, protocol, ports,
                        rule.getCidrIpv4() == null ? null : AddressRange.parse(rule.getCidrIpv4()), rule.getReferencedGroupId(),
                        rule.getPrefixListId()));
            }
            assembly.network().securityGroup(new SecurityGroupNode(group.getId(), group.getVpcId(), group.getGroupName(), rules));
        }
    }
}
