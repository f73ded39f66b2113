package dev.netsim.common.persistence;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts in this JVM, which sees every commit when no other node writes to its database. */
final class LocalCommitCounts implements CommitCounts {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    private AtomicLong of(String topic) {
        return counts.computeIfAbsent(topic, t -> new AtomicLong());
    }

    @Override
    public long count(String topic) {
        return of(topic).get();
    }

    @Override
    public void beforeCommit(Set<String> topics) {
        // counted once the commit has happened, so nobody reads a count whose writes are not yet visible
    }

    @Override
    public void afterCommit(Set<String> topics) {
        topics.forEach(this::moveNow);
    }

    @Override
    public void moveNow(String topic) {
        of(topic).incrementAndGet();
    }
}
