package dev.netsim.common.net;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;

/**
 * An IPv4 CIDR block in AWS's canonical form: host bits masked off, as EC2 stores
 * {@code 100.68.0.18/18} as {@code 100.68.0.0/18}. CIDR math comes from the IPAddress library.
 */
public final class Ipv4Cidr {

    private final IPv4Address block;

    private Ipv4Cidr(IPv4Address block) {
        this.block = block;
    }

    /**
     * Parsed blocks by their text: the same few CIDRs are parsed on every request (a VPC's subnets for
     * each overlap check), and parsing is the slow part. Cleared when full, which bounds it.
     */
    private static final int CACHED_BLOCKS = 4096;
    private static final Map<String, Optional<Ipv4Cidr>> PARSED = new ConcurrentHashMap<>();

    /** @return null when {@code text} is not an IPv4 address with a prefix length 0-32 */
    public static Ipv4Cidr parseOrNull(String text) {
        if (text == null || !text.contains("/")) {
            return null;
        }
        Optional<Ipv4Cidr> known = PARSED.get(text);
        if (known == null) {
            if (PARSED.size() >= CACHED_BLOCKS) {
                PARSED.clear();
            }
            known = Optional.ofNullable(parse(text));
            PARSED.put(text, known);
        }
        return known.orElse(null);
    }

    private static Ipv4Cidr parse(String text) {
        try {
            IPAddress address = new IPAddressString(text.trim()).toAddress();
            if (!address.isIPv4() || address.getNetworkPrefixLength() == null) {
                return null;
            }
            return new Ipv4Cidr(address.toIPv4().toPrefixBlock());
        } catch (AddressStringException | RuntimeException e) {
            return null;
        }
    }

    public int prefixLength() {
        return block.getNetworkPrefixLength();
    }

    public boolean contains(Ipv4Cidr other) {
        return block.contains(other.block);
    }

    public boolean overlaps(Ipv4Cidr other) {
        return block.contains(other.block) || other.block.contains(block);
    }

    public long size() {
        return block.getCount().longValueExact();
    }

    /** The address {@code offset} places after the network address, e.g. {@code .2} for the DNS server. */
    public String addressAt(long offset) {
        return block.getLower().increment(offset).withoutPrefixLength().toCanonicalString();
    }

    /** How many places after the network address {@code address} lies, or -1 when it is not an address of this block. */
    public long offsetOf(String address) {
        IPAddress parsed = new IPAddressString(address).getAddress();
        if (parsed == null || !parsed.isIPv4() || parsed.isPrefixed() || !block.contains(parsed)) {
            return -1;
        }
        return parsed.toIPv4().longValue() - block.getLower().longValue();
    }

    @Override
    public String toString() {
        return block.toCanonicalString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv4Cidr other && block.equals(other.block);
    }

    @Override
    public int hashCode() {
        return block.hashCode();
    }
}
