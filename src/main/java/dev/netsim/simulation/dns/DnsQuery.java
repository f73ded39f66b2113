package dev.netsim.simulation.dns;

/**
 * One DNS question as Route 53 sees it: name and type, the resolver's address, and the EDNS0
 * client subnet the resolver sent (null: none), which locates the client in its place.
 */
public record DnsQuery(String name, String type, String resolverIp, String ednsClientSubnet) {

    /** The block that locates the client: the client subnet when there is one, else the resolver's address. */
    public IpPrefix clientPrefix() {
        return IpPrefix.parse(ednsClientSubnet != null ? ednsClientSubnet : resolverIp);
    }
}
