package dev.netsim.ec2.network;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.netsim.common.Scope;
import dev.netsim.simulation.network.NetworkSnapshot;

/**
 * A snapshot being assembled: the builder the slices add to, the instant they read state as of,
 * the other (account, region) scopes the network reaches (the far side of a peering connection),
 * and the earliest instant a state read here changes on its own (a pending instance turning
 * running), after which the snapshot must be assembled again.
 */
public final class NetworkAssembly {

    private final NetworkSnapshot.Builder network;
    private final Instant now;
    private final Set<Scope> reached = new LinkedHashSet<>();
    private Instant changesAt = Instant.MAX;

    NetworkAssembly(NetworkSnapshot.Builder network, Instant now) {
        this.network = network;
        this.now = now;
    }

    public NetworkSnapshot.Builder network() {
        return network;
    }

    public Instant now() {
        return now;
    }

    /** The network reaches into another scope (its resources are added too). */
    public void reaches(Scope scope) {
        reached.add(scope);
    }

    /** A state read here changes by itself at {@code instant} (no write is committed when it does). */
    public void changesAt(Instant instant) {
        if (instant.isAfter(now) && instant.isBefore(changesAt)) {
            changesAt = instant;
        }
    }

    Set<Scope> reached() {
        return reached;
    }

    Instant changesAt() {
        return changesAt;
    }
}
