package dev.netsim.ec2.eni;

import java.util.List;

/** The IPv6 addresses a new interface asks for: these addresses, or this many, or none given (the subnet's setting decides). */
public record Ipv6Request(List<String> addresses, Integer count) {

    public static final Ipv6Request NONE = new Ipv6Request(List.of(), null);

    public Ipv6Request {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** Whether addresses or a count were asked for. */
    public boolean given() {
        return !addresses.isEmpty() || count != null;
    }
}
