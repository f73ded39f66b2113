package dev.netsim.common.persistence;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the read-write transactions committed in this server, so caches of state read from the
 * database (the simulation's network snapshot) know when they are stale. Every read-write
 * transaction counts unless it declares that it writes only what no cache holds
 * ({@link #leavesCachedStateAlone}): storing an analysis must not invalidate the network it analysed. A reader that needs one
 * consistent view across several queries ({@link #readingConsistently}) holds commits back while it
 * reads: no commit can land between two of its queries, so it never sees half of one.
 */
@Component
public class CommittedWrites {

    private final AtomicLong version = new AtomicLong();
    /** Commits share it; a consistent reader takes it alone. Fair, so a waiting reader is not starved by a stream of commits. */
    private final ReadWriteLock commitGate = new ReentrantReadWriteLock(true);

    /** How many read-write transactions have committed so far. */
    public long version() {
        return version.get();
    }

    private static final Object UNCOUNTED = new Object();

    /** The current transaction writes nothing a cache of database state holds (analysis results, say). */
    public void leavesCachedStateAlone() {
        if (TransactionSynchronizationManager.isSynchronizationActive() && !TransactionSynchronizationManager.hasResource(UNCOUNTED)) {
            TransactionSynchronizationManager.bindResource(UNCOUNTED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(UNCOUNTED);
                }
            });
        }
    }

    void commit(Runnable doCommit) {
        if (TransactionSynchronizationManager.hasResource(UNCOUNTED)) {
            doCommit.run();
            return;
        }
        commitGate.readLock().lock();
        try {
            doCommit.run();
            version.incrementAndGet();
        } finally {
            commitGate.readLock().unlock();
        }
    }

    /** Runs {@code read} with no commit landing while it runs; it gets the version its view is of. */
    public <T> T readingConsistently(java.util.function.LongFunction<T> read) {
        commitGate.writeLock().lock();
        try {
            return read.apply(version.get());
        } finally {
            commitGate.writeLock().unlock();
        }
    }
}
