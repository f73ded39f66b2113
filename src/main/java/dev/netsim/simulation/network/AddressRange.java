package dev.netsim.simulation.network;

import java.util.ArrayList;
import java.util.List;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;

/**
 * A contiguous range of IPv4 addresses, both ends included, as unsigned 32-bit values in a long.
 * Every CIDR block is one; header spaces and filters are built from them.
 */
public record AddressRange(long first, long last) implements Comparable<AddressRange> {

    public static final long MAX = 0xFFFF_FFFFL;
    public static final AddressRange ALL = new AddressRange(0, MAX);

    public AddressRange {
        if (first < 0 || last > MAX || first > last) {
            throw new IllegalArgumentException("not an IPv4 range: " + first + "-" + last);
        }
    }

    /** A CIDR block ({@code 10.0.0.0/16}) or a single address ({@code 10.0.1.5}); host bits are masked off. */
    public static AddressRange parse(String text) {
        IPAddress address = new IPAddressString(text.trim()).getAddress();
        if (address == null || !address.isIPv4()) {
            throw new IllegalArgumentException("not an IPv4 address or CIDR block: " + text);
        }
        IPv4Address block = address.toIPv4().toPrefixBlock();
        return new AddressRange(block.getLower().longValue(), block.getUpper().longValue());
    }

    public static AddressRange single(long address) {
        return new AddressRange(address, address);
    }

    public static long address(String dotted) {
        AddressRange range = parse(dotted);
        if (range.first != range.last) {
            throw new IllegalArgumentException("not a single IPv4 address: " + dotted);
        }
        return range.first;
    }

    public static String format(long address) {
        return ((address >>> 24) & 0xFF) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "." + (address & 0xFF);
    }

    public boolean contains(long address) {
        return first <= address && address <= last;
    }

    public boolean contains(AddressRange other) {
        return first <= other.first && other.last <= last;
    }

    public boolean isSingle() {
        return first == last;
    }

    public long size() {
        return last - first + 1;
    }

    /** The prefix length of this range when it is one CIDR block, else -1. */
    public int prefixLength() {
        long size = size();
        if (Long.bitCount(size) != 1 || (first & (size - 1)) != 0) {
            return -1;
        }
        return 32 - Long.numberOfTrailingZeros(size);
    }

    /** The fewest CIDR blocks that cover exactly this range, in address order. */
    public List<String> toCidrs() {
        List<String> blocks = new ArrayList<>();
        long next = first;
        while (next <= last) {
            int hostBits = next == 0 ? 32 : Long.numberOfTrailingZeros(next);
            while (hostBits > 0 && next + (1L << hostBits) - 1 > last) {
                hostBits--;
            }
            blocks.add(format(next) + "/" + (32 - hostBits));
            next += 1L << hostBits;
        }
        return blocks;
    }

    /** The CIDR text of this range when it is one block ({@code /32} for an address), else its first-last form. */
    @Override
    public String toString() {
        int length = prefixLength();
        return length >= 0 ? format(first) + "/" + length : format(first) + "-" + format(last);
    }

    @Override
    public int compareTo(AddressRange other) {
        return first != other.first ? Long.compare(first, other.first) : Long.compare(last, other.last);
    }
}
