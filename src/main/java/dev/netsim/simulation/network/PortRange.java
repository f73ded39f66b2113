package dev.netsim.simulation.network;

/** A range of TCP/UDP ports, both ends included. */
public record PortRange(int from, int to) {

    public static final PortRange ALL = new PortRange(0, 65535);
    /**
     * Ephemeral ports: where connections come from (clients' and the ones a NAT gateway or load
     * balancer remaps to, AWS: 1024-65535), so the replies go back to these ports.
     */
    public static final PortRange EPHEMERAL = new PortRange(1024, 65535);

    public PortRange {
        if (from < 0 || to > 65535 || from > to) {
            throw new IllegalArgumentException("not a port range: " + from + "-" + to);
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    /** A stored rule's range: both ends absent means every port. */
    public static PortRange ofNullable(Integer from, Integer to) {
        if (from == null && to == null) {
            return ALL;
        }
        int low = from == null ? 0 : Math.max(from, 0);
        int high = to == null ? 65535 : to < 0 ? 65535 : to;
        return low > high ? ALL : new PortRange(low, high);
    }

    public boolean coversEveryPort() {
        return from == 0 && to == 65535;
    }

    @Override
    public String toString() {
        return coversEveryPort() ? "all ports" : from == to ? Integer.toString(from) : from + "-" + to;
    }
}
