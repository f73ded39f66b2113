package dev.netsim.common.net;

/** CIDR blocks of either family given as text, for the places that take both (TGW routes, route destinations). */
public final class Cidrs {

    private Cidrs() {
    }

    /** @return the canonical IPv4 or IPv6 block, or null when {@code text} is neither */
    public static String canonicalOrNull(String text) {
        Ipv4Cidr v4 = Ipv4Cidr.parseOrNull(text);
        return v4 != null ? v4.toString() : Ipv6Cidr.canonicalOrNull(text);
    }

    /** Whether {@code outer} equals or contains {@code inner}; blocks of different families never do. */
    public static boolean contains(String outer, String inner) {
        Ipv4Cidr outer4 = Ipv4Cidr.parseOrNull(outer);
        Ipv4Cidr inner4 = Ipv4Cidr.parseOrNull(inner);
        if (outer4 != null || inner4 != null) {
            return outer4 != null && inner4 != null && outer4.contains(inner4);
        }
        Ipv6Cidr outer6 = Ipv6Cidr.parseOrNull(outer);
        Ipv6Cidr inner6 = Ipv6Cidr.parseOrNull(inner);
        return outer6 != null && inner6 != null && outer6.contains(inner6);
    }

    /** The prefix length of a canonical block of either family. */
    public static int prefixLength(String cidr) {
        Ipv4Cidr v4 = Ipv4Cidr.parseOrNull(cidr);
        return v4 != null ? v4.prefixLength() : Ipv6Cidr.parseOrNull(cidr).prefixLength();
    }

    /** Whether {@code text} is one IPv4 or IPv6 address (no prefix length). */
    public static boolean isAddress(String text) {
        inet.ipaddr.IPAddressString address = new inet.ipaddr.IPAddressString(text);
        return address.isIPAddress() && !address.isPrefixed();
    }
}
