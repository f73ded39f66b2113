package dev.netsim.simulation.network;

import java.util.Locale;

/** An IP protocol by number, as rules store it; {@code -1} means every protocol. */
public record IpProtocol(int number) {

    public static final IpProtocol ALL = new IpProtocol(-1);
    public static final IpProtocol ICMP = new IpProtocol(1);
    public static final IpProtocol TCP = new IpProtocol(6);
    public static final IpProtocol UDP = new IpProtocol(17);
    public static final IpProtocol ICMPV6 = new IpProtocol(58);

    /** A rule's protocol as EC2 stores it: {@code -1}/{@code all}, a name ({@code tcp}) or a number ({@code 6}). */
    public static IpProtocol parse(String text) {
        String value = text == null ? "-1" : text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "-1", "all" -> ALL;
            case "tcp" -> TCP;
            case "udp" -> UDP;
            case "icmp" -> ICMP;
            case "icmpv6" -> ICMPV6;
            default -> new IpProtocol(Integer.parseInt(value));
        };
    }

    /** Whether a rule of this protocol admits packets of {@code packet}. */
    public boolean admits(IpProtocol packet) {
        return this.equals(ALL) || this.equals(packet);
    }

    /** Whether rules of this protocol carry a port range (TCP and UDP do; others match every port). */
    public boolean hasPorts() {
        return equals(TCP) || equals(UDP);
    }

    /** AWS's lower-case name ({@code tcp}, {@code udp}, {@code all}) or the number. */
    public String displayName() {
        return switch (number) {
            case -1 -> "all";
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            case 58 -> "icmpv6";
            default -> Integer.toString(number);
        };
    }

    @Override
    public String toString() {
        return displayName();
    }
}
