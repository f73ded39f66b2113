package dev.netsim.common;

import java.util.HexFormat;
import java.util.random.RandomGenerator;

import org.springframework.stereotype.Component;

/** Makes ids shaped like AWS's: a prefix and 17 lowercase hex digits, uppercase tokens, UUIDs. */
@Component
public class IdGenerator {

    private static final char[] UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final char[] LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final RandomGenerator random;

    public IdGenerator(RandomGenerator random) {
        this.random = random;
    }

    /** {@code ec2Id("vpc")} gives {@code vpc-0a1b2c3d4e5f67890}. */
    public String ec2Id(String prefix) {
        return prefix + "-" + hex(17);
    }

    public String hex(int length) {
        byte[] bytes = new byte[(length + 1) / 2];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, length);
    }

    /** Uppercase letters and digits after a prefix, as in Route 53 zone ids and CloudFront ids. */
    public String upperAlnum(String prefix, int length) {
        return prefix + pick(UPPER_ALNUM, length);
    }

    public String lowerAlnum(int length) {
        return pick(LOWER_ALNUM, length);
    }

    public String digits(int length) {
        StringBuilder sb = new StringBuilder(length);
        sb.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < length; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    public String uuid() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new java.util.UUID(msb, lsb).toString();
    }

    private String pick(char[] alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }
}
