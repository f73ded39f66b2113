package dev.netsim.ec2.instance;

import java.time.Duration;
import java.time.Instant;

/** An instance's stored state and when it changed: what its state now derives from. */
public record InstanceStateRow(String id, InstanceState state, Instant stateChangedAt) {

    /** The state Describe shows at {@code now}: the transitional one until the change has settled. */
    InstanceState stateAt(Instant now, Duration transition) {
        return state.shownAt(stateChangedAt, now, transition);
    }
}
