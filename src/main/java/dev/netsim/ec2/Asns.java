package dev.netsim.ec2;

/** BGP autonomous system numbers as AWS gateways take them for their Amazon side. */
public final class Asns {

    private Asns() {
    }

    /** The 16-bit (64512–65534) and 32-bit (4200000000–4294967294) private ranges. */
    public static boolean isPrivate(long asn) {
        return asn >= 64512 && asn <= 65534 || asn >= 4200000000L && asn <= 4294967294L;
    }
}
