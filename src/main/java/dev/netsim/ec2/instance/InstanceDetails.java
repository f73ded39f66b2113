package dev.netsim.ec2.instance;

import java.util.Map;

import dev.netsim.ec2.eni.NetworkInterface;

/**
 * An instance as Describe shows it: its current state, its primary interface and every attached
 * one (by device index) with their private and IPv6 addresses and tags, the primary interface's group names, tags.
 */
public record InstanceDetails(Instance instance, InstanceState state, NetworkInterface primaryInterface,
                              java.util.List<NetworkInterface> attachedInterfaces, Map<String, java.util.List<String>> addresses,
                              Map<String, java.util.List<String>> ipv6Addresses,
                              Map<String, String> groupNames, Map<String, String> tags, Map<String, Map<String, String>> interfaceTags) {

    /** Every IPv6 address of the attached interfaces. */
    public java.util.List<String> allIpv6Addresses() {
        return attachedInterfaces.stream().flatMap(e -> ipv6Addresses.getOrDefault(e.getId(), java.util.List.of()).stream()).toList();
    }

    /** The private addresses of an attached interface, primary first. */
    public java.util.List<String> addressesOf(NetworkInterface eni) {
        return addresses.getOrDefault(eni.getId(), java.util.List.of(eni.getPrivateIp()));
    }
}
