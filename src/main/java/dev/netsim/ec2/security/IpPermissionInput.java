package dev.netsim.ec2.security;

import java.util.List;

/** One IpPermission as a caller sends it: protocol, ports and any number of peers of each kind. */
public record IpPermissionInput(String protocol, Integer fromPort, Integer toPort, List<Peer> peers) {

    /** One peer; exactly one of its address fields is set. {@code groupName} names a group of the default VPC. */
    public record Peer(String cidrIpv4, String cidrIpv6, String groupId, String groupName, String prefixListId, String description) {
    }
}
