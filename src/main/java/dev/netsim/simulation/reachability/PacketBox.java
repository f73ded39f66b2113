package dev.netsim.simulation.reachability;

import java.util.ArrayList;
import java.util.List;

import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.PortRange;

/**
 * A box of packets of one protocol: every combination of a source and destination address range
 * and a source and destination port range. Header spaces are unions of these.
 */
public record PacketBox(AddressRange source, AddressRange destination, PortRange sourcePorts, PortRange destinationPorts) {

    /** Every packet: what a rule with no constraint in a field matches. */
    public static final PacketBox ANY = new PacketBox(AddressRange.ALL, AddressRange.ALL, PortRange.ALL, PortRange.ALL);

    private static final int FIELDS = 4;

    private long lo(int field) {
        return switch (field) {
            case 0 -> source.first();
            case 1 -> destination.first();
            case 2 -> sourcePorts.from();
            default -> destinationPorts.from();
        };
    }

    private long hi(int field) {
        return switch (field) {
            case 0 -> source.last();
            case 1 -> destination.last();
            case 2 -> sourcePorts.to();
            default -> destinationPorts.to();
        };
    }

    private PacketBox with(int field, long lo, long hi) {
        return switch (field) {
            case 0 -> new PacketBox(new AddressRange(lo, hi), destination, sourcePorts, destinationPorts);
            case 1 -> new PacketBox(source, new AddressRange(lo, hi), sourcePorts, destinationPorts);
            case 2 -> new PacketBox(source, destination, new PortRange((int) lo, (int) hi), destinationPorts);
            default -> new PacketBox(source, destination, sourcePorts, new PortRange((int) lo, (int) hi));
        };
    }

    /** The packets in both boxes, or null when they share none. */
    public PacketBox intersect(PacketBox other) {
        PacketBox result = this;
        for (int f = 0; f < FIELDS; f++) {
            long lo = Math.max(lo(f), other.lo(f));
            long hi = Math.min(hi(f), other.hi(f));
            if (lo > hi) {
                return null;
            }
            result = result.with(f, lo, hi);
        }
        return result;
    }

    /** The packets of this box that are not in {@code other}, as disjoint boxes (at most two per field). */
    public List<PacketBox> minus(PacketBox other) {
        if (intersect(other) == null) {
            return List.of(this);
        }
        List<PacketBox> pieces = new ArrayList<>();
        PacketBox rest = this;
        for (int f = 0; f < FIELDS; f++) {
            if (rest.lo(f) < other.lo(f)) {
                pieces.add(rest.with(f, rest.lo(f), other.lo(f) - 1));
            }
            if (rest.hi(f) > other.hi(f)) {
                pieces.add(rest.with(f, other.hi(f) + 1, rest.hi(f)));
            }
            rest = rest.with(f, Math.max(rest.lo(f), other.lo(f)), Math.min(rest.hi(f), other.hi(f)));
        }
        return pieces;
    }

    /** The same packets seen from the other end: sources and destinations swapped. */
    public PacketBox reversed() {
        return new PacketBox(destination, source, destinationPorts, sourcePorts);
    }

    public PacketBox withSource(AddressRange range) {
        return new PacketBox(range, destination, sourcePorts, destinationPorts);
    }

    public PacketBox withDestination(AddressRange range) {
        return new PacketBox(source, range, sourcePorts, destinationPorts);
    }

    public PacketBox withSourcePorts(PortRange ports) {
        return new PacketBox(source, destination, ports, destinationPorts);
    }

    public PacketBox withDestinationPorts(PortRange ports) {
        return new PacketBox(source, destination, sourcePorts, ports);
    }

    /** A constraint on sources only. */
    public static PacketBox fromSource(AddressRange range) {
        return ANY.withSource(range);
    }

    /** A constraint on destinations only. */
    public static PacketBox toDestination(AddressRange range) {
        return ANY.withDestination(range);
    }
}
