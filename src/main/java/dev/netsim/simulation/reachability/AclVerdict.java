package dev.netsim.simulation.reachability;

import java.util.List;

import dev.netsim.simulation.network.Direction;
import dev.netsim.simulation.network.IpProtocol;
import dev.netsim.simulation.network.NetworkAclEntryNode;
import dev.netsim.simulation.network.NetworkAclNode;
import dev.netsim.simulation.network.PortRange;
import dev.netsim.simulation.network.RuleAction;

/**
 * A network ACL applied to packets crossing its subnet's boundary: entries in rule-number order,
 * the first one a packet matches decides it. {@code allowed} is what gets through; {@code decidingEntry}
 * is the allow entry reported for the hop, or when nothing gets through the entry that denied.
 */
record AclVerdict(HeaderSpace allowed, NetworkAclEntryNode decidingEntry) {

    private static final NetworkAclEntryNode FINAL_DENY_INGRESS = finalDeny(Direction.INGRESS);
    private static final NetworkAclEntryNode FINAL_DENY_EGRESS = finalDeny(Direction.EGRESS);

    static AclVerdict apply(NetworkAclNode acl, Direction direction, HeaderSpace space) {
        HeaderSpace rest = space;
        HeaderSpace allowed = new HeaderSpace(space.protocol(), List.of());
        NetworkAclEntryNode firstAllow = null;
        NetworkAclEntryNode firstDeny = null;
        for (NetworkAclEntryNode entry : acl.entries(direction)) {
            if (!entry.protocol().admits(space.protocol())) {
                continue;
            }
            PacketBox match = box(entry, direction, space.protocol());
            HeaderSpace matched = rest.intersect(match);
            if (!matched.isEmpty()) {
                if (entry.action() == RuleAction.ALLOW) {
                    allowed = allowed.union(matched);
                    firstAllow = firstAllow == null ? entry : firstAllow;
                } else {
                    firstDeny = firstDeny == null ? entry : firstDeny;
                }
                rest = rest.minus(match);
            }
            if (rest.isEmpty()) {
                break;
            }
        }
        if (!rest.isEmpty() && firstDeny == null) {
            firstDeny = direction == Direction.INGRESS ? FINAL_DENY_INGRESS : FINAL_DENY_EGRESS;
        }
        return new AclVerdict(allowed, allowed.isEmpty() ? firstDeny : firstAllow);
    }

    private static PacketBox box(NetworkAclEntryNode entry, Direction direction, IpProtocol protocol) {
        PacketBox box = direction == Direction.INGRESS ? PacketBox.fromSource(entry.cidr()) : PacketBox.toDestination(entry.cidr());
        return entry.protocol().hasPorts() && protocol.hasPorts() ? box.withDestinationPorts(entry.ports()) : box;
    }

    private static NetworkAclEntryNode finalDeny(Direction direction) {
        return new NetworkAclEntryNode(NetworkAclEntryNode.FINAL_RULE, direction, IpProtocol.ALL, PortRange.ALL,
                dev.netsim.simulation.network.AddressRange.ALL, RuleAction.DENY);
    }
}
