package dev.netsim.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.netsim.common.net.Ipv4Cidr;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class Ipv4CidrProperties {

    private static String address(long value) {
        return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "." + (value & 255);
    }

    @Property
    void hostBitsAreMaskedAndTheResultIsCanonical(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int high,
                                                   @ForAll @IntRange(min = 0, max = 32) int prefix) {
        long value = ((long) high << 1) & 0xFFFFFFFFL;
        Ipv4Cidr cidr = Ipv4Cidr.parseOrNull(address(value) + "/" + prefix);
        assertThat(cidr).isNotNull();
        assertThat(cidr.prefixLength()).isEqualTo(prefix);
        assertThat(cidr.size()).isEqualTo(1L << (32 - prefix));
        assertThat(Ipv4Cidr.parseOrNull(cidr.toString())).isEqualTo(cidr);
        assertThat(cidr.contains(cidr)).isTrue();
    }

    @Property
    void aBlockContainsItsHalvesAndOverlapsThem(@ForAll @IntRange(min = 0, max = 255) int octet, @ForAll @IntRange(min = 8, max = 27) int prefix) {
        Ipv4Cidr block = Ipv4Cidr.parseOrNull("10." + octet + ".0.0/" + prefix);
        Ipv4Cidr lowerHalf = Ipv4Cidr.parseOrNull(block.addressAt(0) + "/" + (prefix + 1));
        Ipv4Cidr upperHalf = Ipv4Cidr.parseOrNull(block.addressAt(block.size() / 2) + "/" + (prefix + 1));
        assertThat(block.contains(lowerHalf)).isTrue();
        assertThat(block.contains(upperHalf)).isTrue();
        assertThat(lowerHalf.overlaps(block)).isTrue();
        assertThat(lowerHalf.overlaps(upperHalf)).isFalse();
        assertThat(lowerHalf.contains(block)).isFalse();
    }

    @Test
    void malformedTextIsRejected() {
        for (String bad : new String[] {"10.0.0.0/33", "10.0.0.0", "256.0.0.0/8", "x", "", "::/0", "10.0.0.0/-1", "10.0.0/24/1"}) {
            assertThat(Ipv4Cidr.parseOrNull(bad)).as(bad).isNull();
        }
        assertThat(Ipv4Cidr.parseOrNull(null)).isNull();
        assertThat(Ipv4Cidr.parseOrNull("100.68.0.18/18")).hasToString("100.68.0.0/18");
        assertThat(Ipv4Cidr.parseOrNull("10.0.0.0/24").addressAt(2)).isEqualTo("10.0.0.2");
    }
}
