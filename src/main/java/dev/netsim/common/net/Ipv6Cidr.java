package dev.netsim.common.net;

import java.math.BigInteger;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv6.IPv6Address;

/** An IPv6 CIDR block in canonical form (host bits masked, compressed notation), as EC2 prints them. */
public final class Ipv6Cidr {

    private final IPv6Address block;

    private Ipv6Cidr(IPv6Address block) {
        this.block = block;
    }

    /** @return null when {@code text} is not an IPv6 address with a prefix length */
    public static Ipv6Cidr parseOrNull(String text) {
        if (text == null || !text.contains("/")) {
            return null;
        }
        IPAddress address = new IPAddressString(text.trim()).getAddress();
        if (address == null || !address.isIPv6() || address.getNetworkPrefixLength() == null) {
            return null;
        }
        return new Ipv6Cidr(address.toIPv6().toPrefixBlock());
    }

    /** @return the canonical block, or null when {@code text} is not an IPv6 address with a prefix length */
    public static String canonicalOrNull(String text) {
        Ipv6Cidr cidr = parseOrNull(text);
        return cidr == null ? null : cidr.toString();
    }

    public int prefixLength() {
        return block.getNetworkPrefixLength();
    }

    public boolean contains(Ipv6Cidr other) {
        return block.contains(other.block);
    }

    public boolean overlaps(Ipv6Cidr other) {
        return block.contains(other.block) || other.block.contains(block);
    }

    /** How many blocks of {@code prefix} fit in this one. */
    public BigInteger countOf(int prefix) {
        return BigInteger.ONE.shiftLeft(prefix - prefixLength());
    }

    /** The {@code index}-th block of length {@code prefix} inside this one. */
    public Ipv6Cidr blockAt(int prefix, BigInteger index) {
        BigInteger start = block.getValue().add(index.shiftLeft(128 - prefix));
        IPv6Address lower = new IPv6Address(start, prefix);
        return new Ipv6Cidr(lower.toPrefixBlock());
    }

    /** The address {@code offset} places after the block's first one, in EC2's (compressed, lower-case) form. */
    public String addressAt(BigInteger offset) {
        return new IPv6Address(block.getValue().add(offset)).toCanonicalString();
    }

    /** Whether the address lies in this block. */
    public boolean containsAddress(String address) {
        IPAddress parsed = address == null ? null : new IPAddressString(address.trim()).getAddress();
        return parsed != null && parsed.isIPv6() && parsed.getNetworkPrefixLength() == null && block.contains(parsed);
    }

    /** The address in EC2's form, or null when it is no IPv6 address. */
    public static String canonicalAddressOrNull(String address) {
        IPAddress parsed = address == null ? null : new IPAddressString(address.trim()).getAddress();
        return parsed == null || !parsed.isIPv6() || parsed.getNetworkPrefixLength() != null ? null : parsed.toCanonicalString();
    }

    /** How many addresses the block holds. */
    public BigInteger size() {
        return BigInteger.ONE.shiftLeft(128 - prefixLength());
    }

    @Override
    public String toString() {
        return block.toCanonicalString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv6Cidr other && block.equals(other.block);
    }

    @Override
    public int hashCode() {
        return block.hashCode();
    }
}
