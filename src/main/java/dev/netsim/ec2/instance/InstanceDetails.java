package dev.netsim.ec2.instance;

import java.util.Map;

import dev.netsim.ec2.eni.NetworkInterface;

/** An instance as Describe shows it: its current state, primary interface, group names and tags. */
public record InstanceDetails(Instance instance, InstanceState state, NetworkInterface primaryInterface,
                              Map<String, String> groupNames, Map<String, String> tags) {
}
