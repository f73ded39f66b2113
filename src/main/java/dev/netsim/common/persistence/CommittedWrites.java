package dev.netsim.common.persistence;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongFunction;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the read-write transactions committed on the database, so caches of state read from it
 * (the simulation's network snapshot) know when they are stale. Every read-write transaction
 * counts unless it declares that it writes only what no cache holds ({@link #leavesCachedStateAlone}):
 * storing an analysis must not invalidate the network it analysed. A cache that depends on a
 * narrower part of the state counts a topic of its own instead ({@link #alsoMoves}), which only the
 * transactions that change that part move.
 *
 * <p>When the database is shared by several nodes ({@link DatabaseSharing}), the counts
 * live in the database, so a write committed on any node invalidates every node's caches
 * ({@link SharedCommitLedger}); otherwise they live in this JVM.
 *
 * <p>A reader that needs one consistent view across several queries ({@link #readingConsistently})
 * holds this node's commits back while it reads, and reads in a {@link SeparateReads} transaction,
 * a snapshot on PostgreSQL that other nodes' commits cannot split either.
 */
@Component
public class CommittedWrites implements DisposableBean {

    private static final String ALL = "all";
    private static final Object PENDING = new Object();

    /** The topics the current transaction moves once it commits. */
    private static final class Pending {
        private final Set<String> topics = new LinkedHashSet<>(Set.of(ALL));
    }

    private final CommitCounts counts;
    /** Commits share it; a consistent reader takes it alone. Fair, so a waiting reader is not starved by a stream of commits. */
    private final ReadWriteLock commitGate = new ReentrantReadWriteLock(true);

    public CommittedWrites(DatabaseSharing sharing, JdbcTemplate jdbc) {
        this.counts = sharing.shared() ? new SharedCommitLedger(jdbc) : new LocalCommitCounts();
    }

    /** How many counted read-write transactions have committed so far. */
    public long version() {
        return counts.count(ALL);
    }

    /** How many committed transactions have moved the topic so far. */
    public long version(String topic) {
        return counts.count(topic);
    }

    /** The current transaction writes nothing a cache of database state holds (analysis results, say). */
    public void leavesCachedStateAlone() {
        Pending pending = pending();
        if (pending != null) {
            pending.topics.remove(ALL);
        }
    }

    /** The current transaction changes what the topic's caches hold: its count moves when it commits (at once, outside a transaction). */
    public void alsoMoves(String topic) {
        Pending pending = pending();
        if (pending != null) {
            pending.topics.add(topic);
        } else {
            counts.moveNow(topic);
        }
    }

    private static Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Pending fresh = new Pending();
            TransactionSynchronizationManager.bindResource(PENDING, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = fresh;
        }
        return pending;
    }

    void commit(Runnable doCommit) {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(PENDING);
        Set<String> topics = pending == null ? Set.of(ALL) : Set.copyOf(pending.topics);
        if (topics.isEmpty()) {
            doCommit.run();
            return;
        }
        commitGate.readLock().lock();
        try {
            counts.beforeCommit(topics);
            doCommit.run();
            counts.afterCommit(topics);
        } finally {
            commitGate.readLock().unlock();
        }
    }

    /** Runs {@code read} with none of this node's commits landing while it runs; it gets the version its view is of (or is newer than). */
    public <T> T readingConsistently(LongFunction<T> read) {
        commitGate.writeLock().lock();
        try {
            return read.apply(version());
        } finally {
            commitGate.writeLock().unlock();
        }
    }

    @Override
    public void destroy() {
        if (counts instanceof SharedCommitLedger ledger) {
            ledger.close();
        }
    }
}
