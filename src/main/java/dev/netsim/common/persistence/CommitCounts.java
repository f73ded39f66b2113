package dev.netsim.common.persistence;

import java.util.Set;

/**
 * Where {@link CommittedWrites} keeps its counts: in this JVM when the database is this node's
 * alone, or in the database itself when several nodes share it.
 */
interface CommitCounts {

    /** The topic's count: how many counted transactions that moved it have committed. */
    long count(String topic);

    /** Inside the committing transaction, just before it commits. */
    void beforeCommit(Set<String> topics);

    /** Once the transaction has committed. */
    void afterCommit(Set<String> topics);

    /** A move outside any transaction. */
    void moveNow(String topic);
}
