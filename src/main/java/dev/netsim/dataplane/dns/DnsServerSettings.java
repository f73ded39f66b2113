package dev.netsim.dataplane.dns;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Netsim's DNS server ({@code netsim.dns.*}): on by default, UDP and TCP on 127.0.0.1:5353;
 * port 0 picks a free one (the start-up log says which).
 */
@ConfigurationProperties("netsim.dns")
public record DnsServerSettings(@DefaultValue("true") boolean enabled, @DefaultValue("127.0.0.1") String address, @DefaultValue("5353") int port,
                                @DefaultValue("4") int udpThreads) {
}
