package dev.netsim.simulation.network;

/** An instance and its state ({@code running}, {@code stopped}, …); its interfaces are those attached to it. */
public record InstanceNode(String id, String state) {

    public boolean isRunning() {
        return state.equals("running");
    }
}
