package dev.netsim.common.persistence;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.springframework.stereotype.Component;

/**
 * Counts the read-write transactions committed in this server, so caches of state read from the
 * database (the simulation's network snapshot) know when they are stale. A reader that needs one
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

    void commit(Runnable doCommit) {
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
