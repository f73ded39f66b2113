package dev.netsim.common.net;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/** IPv6 CIDR blocks in canonical form (host bits masked, compressed notation). */
public final class Ipv6Cidr {

    private Ipv6Cidr() {
    }

    /** @return the canonical block, or null when {@code text} is not an IPv6 address with a prefix length */
    public static String canonicalOrNull(String text) {
        if (text == null) {
            return null;
        }
        IPAddress address = new IPAddressString(text.trim()).getAddress();
        if (address == null || !address.isIPv6() || address.getNetworkPrefixLength() == null) {
            return null;
        }
        return address.toPrefixBlock().toCanonicalString();
    }
}
