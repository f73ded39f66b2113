package dev.netsim.simulation.reachability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.IpProtocol;
import dev.netsim.simulation.network.PortRange;

/**
 * The set of packets still travelling a path: one protocol and a union of disjoint {@link PacketBox}es.
 * Filters narrow it (a security group keeps what some rule admits, an ACL what its first matching
 * entry allows), translations rewrite it, and an empty space means the path is blocked there.
 */
public record HeaderSpace(IpProtocol protocol, List<PacketBox> boxes) {

    public HeaderSpace {
        boxes = List.copyOf(boxes);
    }

    public static HeaderSpace of(IpProtocol protocol, PacketBox box) {
        return new HeaderSpace(protocol, List.of(box));
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }

    public HeaderSpace intersect(PacketBox constraint) {
        List<PacketBox> kept = new ArrayList<>();
        for (PacketBox box : boxes) {
            PacketBox both = box.intersect(constraint);
            if (both != null) {
                kept.add(both);
            }
        }
        return new HeaderSpace(protocol, kept);
    }

    /** The packets in any of {@code constraints} (which need not be disjoint). */
    public HeaderSpace intersectAny(Collection<PacketBox> constraints) {
        HeaderSpace kept = new HeaderSpace(protocol, List.of());
        HeaderSpace rest = this;
        for (PacketBox constraint : constraints) {
            kept = kept.union(rest.intersect(constraint));
            rest = rest.minus(constraint);
        }
        return kept;
    }

    public HeaderSpace minus(PacketBox removed) {
        List<PacketBox> kept = new ArrayList<>();
        for (PacketBox box : boxes) {
            kept.addAll(box.minus(removed));
        }
        return new HeaderSpace(protocol, kept);
    }

    public HeaderSpace minus(HeaderSpace removed) {
        HeaderSpace rest = this;
        for (PacketBox box : removed.boxes) {
            rest = rest.minus(box);
        }
        return rest;
    }

    /** The union with a space disjoint from this one. */
    public HeaderSpace union(HeaderSpace disjoint) {
        List<PacketBox> all = new ArrayList<>(boxes);
        all.addAll(disjoint.boxes);
        return new HeaderSpace(protocol, all);
    }

    public HeaderSpace map(UnaryOperator<PacketBox> rewrite) {
        return new HeaderSpace(protocol, boxes.stream().map(rewrite).toList());
    }

    public HeaderSpace reversed() {
        return map(PacketBox::reversed);
    }

    /** The destination addresses the space holds, as disjoint merged ranges in address order. */
    public List<AddressRange> destinations() {
        return merged(boxes.stream().map(PacketBox::destination).toList());
    }

    public List<AddressRange> sources() {
        return merged(boxes.stream().map(PacketBox::source).toList());
    }

    public List<PortRange> sourcePorts() {
        return mergedPorts(boxes.stream().map(PacketBox::sourcePorts).toList());
    }

    public List<PortRange> destinationPorts() {
        return mergedPorts(boxes.stream().map(PacketBox::destinationPorts).toList());
    }

    /** The one destination address every packet has, or -1 when they differ. */
    public long singleDestination() {
        List<AddressRange> destinations = destinations();
        return destinations.size() == 1 && destinations.get(0).isSingle() ? destinations.get(0).first() : -1;
    }

    static List<AddressRange> merged(List<AddressRange> ranges) {
        List<AddressRange> sorted = new ArrayList<>(new TreeSet<>(ranges));
        List<AddressRange> merged = new ArrayList<>();
        for (AddressRange r : sorted) {
            AddressRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.first() <= last.last() + 1) {
                merged.set(merged.size() - 1, new AddressRange(last.first(), Math.max(last.last(), r.last())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    private static List<PortRange> mergedPorts(List<PortRange> ranges) {
        return merged(ranges.stream().map(p -> new AddressRange(p.from(), p.to())).toList()).stream()
                .map(r -> new PortRange((int) r.first(), (int) r.last())).toList();
    }
}
