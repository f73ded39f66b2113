package dev.netsim.simulation.dns;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/** An IPv4 or IPv6 block ({@code 203.0.113.0/24}, {@code 2001:db8::/48}); a bare address is its own /32 or /128. */
public record IpPrefix(IPAddress block, int length) {

    /** @throws IllegalArgumentException when {@code text} is neither an address nor a block */
    public static IpPrefix parse(String text) {
        IPAddress address = new IPAddressString(text.trim()).getAddress();
        if (address == null) {
            throw new IllegalArgumentException("not an IP address or CIDR block: " + text);
        }
        int length = address.isPrefixed() ? address.getNetworkPrefixLength() : address.getBitCount();
        return new IpPrefix(address.toPrefixBlock(length), length);
    }

    /** Whether this block holds all of {@code other} (same family, at least as long a prefix, inside). */
    public boolean contains(IpPrefix other) {
        return block.getIPVersion() == other.block.getIPVersion() && other.length >= length && block.contains(other.block);
    }

    public boolean isIpv4() {
        return block.isIPv4();
    }

    @Override
    public String toString() {
        return block.toCanonicalString();
    }
}
