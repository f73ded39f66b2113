package dev.netsim.simulation.network;

import java.util.List;

/** An instance: its state ({@code running}, {@code stopped}, …) and its network interfaces, primary first. */
public record InstanceNode(String id, String state, List<String> networkInterfaceIds) {

    public InstanceNode {
        networkInterfaceIds = List.copyOf(networkInterfaceIds);
    }

    public boolean isRunning() {
        return state.equals("running");
    }
}
