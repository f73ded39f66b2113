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
import dev.netsim.simulation.network.NetworkAclEntryNode;
import dev.netsim.simulation.network.NetworkAclNode;
import dev.netsim.simulation.network.PortRange;
import dev.netsim.simulation.network.RuleAction;

/** Network ACLs with their numbered IPv4 entries and subnet associations (the engine applies the final {@code *} deny itself). */
@Component
class NetworkAclNetworkSlice implements NetworkSlice {

    private final NetworkAclRepository acls;

    NetworkAclNetworkSlice(NetworkAclRepository acls) {
        this.acls = acls;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        for (NetworkAcl acl : acls.findByAccountAndRegionOrderById(scope.account(), scope.region())) {
            List<NetworkAclEntryNode> entries = new ArrayList<>();
            for (NetworkAclEntry entry : acl.getEntries()) {
                if (entry.getCidrBlock() == null) {
                    continue;
                }
                IpProtocol protocol = IpProtocol.parse(entry.getProtocol());
                PortRange ports = protocol.hasPorts() ? PortRange.ofNullable(entry.getPortFrom(), entry.getPortTo()) : PortRange.ALL;
                entries.add(new NetworkAclEntryNode(entry.getRuleNumber(), entry.isEgress() ? Direction.EGRESS : Direction.INGRESS, protocol,
                        ports, AddressRange.parse(entry.getCidrBlock()), "allow".equals(entry.getRuleAction()) ? RuleAction.ALLOW : RuleAction.DENY));
            }
            List<String> subnets = acl.getAssociations().stream().map(NetworkAclAssociation::getSubnetId).toList();
            assembly.network().networkAcl(new NetworkAclNode(acl.getId(), acl.getVpcId(), acl.isDefaultAcl(), subnets, entries));
        }
    }
}
