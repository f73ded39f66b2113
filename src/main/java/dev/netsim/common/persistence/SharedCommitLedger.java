package dev.netsim.common.persistence;

import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts in the database, for nodes that share it (PostgreSQL). A counted transaction inserts a row
 * per topic before it commits, so its writes and its count become visible together, on every node,
 * and a node that dies after committing has counted already. A count is the sum of its topic's
 * rows: inserts never wait for one another (a single counter row would make every write wait for
 * the one before it), and the sum never goes back, which a cache compares against. Now and then
 * this node folds the rows into one row per topic of the same sum, in one statement, so that
 * reading a count stays a read of a few rows.
 */
final class SharedCommitLedger implements CommitCounts, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SharedCommitLedger.class);
    /** This node's counted commits between two folds. */
    static final int FOLD_EVERY = 256;

    private final JdbcTemplate jdbc;
    private final AtomicInteger sinceFold = new AtomicInteger();
    private final ExecutorService folder = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "netsim-ledger-fold");
        thread.setDaemon(true);
        return thread;
    });

    SharedCommitLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(String topic) {
        Long sum = jdbc.queryForObject("select coalesce(sum(weight), 0) from committed_write where topic = ?", Long.class, topic);
        return sum == null ? 0 : sum;
    }

    @Override
    public void beforeCommit(Set<String> topics) {
        // the transaction's own connection: JdbcTemplate joins the JPA transaction about to commit
        String rows = String.join(", ", Collections.nCopies(topics.size(), "(?, 1)"));
        jdbc.update("insert into committed_write (topic, weight) values " + rows, topics.toArray());
    }

    @Override
    public void afterCommit(Set<String> topics) {
        if (sinceFold.incrementAndGet() >= FOLD_EVERY) {
            sinceFold.set(0);
            folder.execute(this::fold);
        }
    }

    @Override
    public void moveNow(String topic) {
        jdbc.update("insert into committed_write (topic, weight) values (?, 1)", topic);
    }

    /**
     * One statement, so one transaction: the rows it removes and the row of their sum appear
     * together. Rows another node folds at the same time are skipped (already deleted), rows still
     * uncommitted are left for a later fold; either way no weight is lost or counted twice.
     */
    void fold() {
        try {
            jdbc.update("with folded as (delete from committed_write where id <= (select max(id) from committed_write) returning topic, weight) "
                    + "insert into committed_write (topic, weight) select topic, sum(weight) from folded group by topic");
        } catch (DataAccessException e) {
            LOG.warn("folding the committed-write ledger failed; the next fold tries again: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        folder.shutdown();
    }
}
