package dev.netsim.ec2.network;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.netsim.common.Scope;
import dev.netsim.common.persistence.CommittedWrites;
import dev.netsim.common.persistence.SeparateReads;
import dev.netsim.simulation.network.NetworkSnapshot;

/**
 * The network snapshot of an (account, region), assembled from every {@link NetworkSlice} in one
 * read-only transaction with commits held back (so it never holds half of a write), and kept until
 * the next committed write or the next state change that happens by itself. Concurrent analyses
 * share one snapshot; repeated ones do not read the database again.
 */
@Component
public class NetworkSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkSnapshots.class);

    private record Cached(NetworkSnapshot snapshot, Instant changesAt) {
    }

    private final List<NetworkSlice> slices;
    private final CommittedWrites writes;
    private final TransactionTemplate reads;
    private final Clock clock;
    private final Map<Scope, Cached> cache = new ConcurrentHashMap<>();
    private final Map<Scope, Object> assemblyLocks = new ConcurrentHashMap<>();

    public NetworkSnapshots(List<NetworkSlice> slices, CommittedWrites writes, PlatformTransactionManager transactions, Clock clock) {
        this.slices = slices;
        this.writes = writes;
        this.reads = SeparateReads.of(transactions); // StartNetworkInsightsAnalysis calls from its read-write transaction
        this.clock = clock;
    }

    public NetworkSnapshot current(Scope scope) {
        Cached cached = fresh(scope);
        if (cached != null) {
            return cached.snapshot();
        }
        synchronized (assemblyLocks.computeIfAbsent(scope, s -> new Object())) {
            cached = fresh(scope);
            if (cached == null) {
                long started = System.nanoTime();
                cached = writes.readingConsistently(version -> reads.execute(status -> assemble(scope, version)));
                cache.put(scope, cached);
                LOG.debug("network snapshot of {} at version {} assembled in {} ms", scope, cached.snapshot().version(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            return cached.snapshot();
        }
    }

    private Cached fresh(Scope scope) {
        Cached cached = cache.get(scope);
        boolean current = cached != null && cached.snapshot().version() == writes.version() && clock.instant().isBefore(cached.changesAt());
        return current ? cached : null;
    }

    private Cached assemble(Scope scope, long version) {
        NetworkAssembly assembly = new NetworkAssembly(NetworkSnapshot.builder(version), clock.instant());
        Set<Scope> done = new HashSet<>();
        contribute(scope, assembly, done);
        // one step beyond: peering is not transitive, so the far sides' own peers are never on a path
        for (Scope reached : List.copyOf(assembly.reached())) {
            contribute(reached, assembly, done);
        }
        return new Cached(assembly.network().build(), assembly.changesAt());
    }

    private void contribute(Scope scope, NetworkAssembly assembly, Set<Scope> done) {
        if (done.add(scope)) {
            for (NetworkSlice slice : slices) {
                long started = System.nanoTime();
                slice.contribute(scope, assembly);
                if (LOG.isDebugEnabled()) {
                    LOG.debug("{} of {} in {} ms", slice.getClass().getSimpleName(), scope, (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
    }
}
