package dev.netsim.common.persistence;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions for assembling a cached view (a network snapshot, a load balancer's model): their
 * own, even when the caller is in a read-write one, and read-only for real — no flush, no dirty
 * checks of the many entities they load — so those entities go when the view is built. Repeatable
 * read: on PostgreSQL every query of the transaction reads one snapshot, so a commit of another
 * node sharing the database cannot land between two of them.
 */
public final class SeparateReads {

    private SeparateReads() {
    }

    public static TransactionTemplate of(PlatformTransactionManager transactions) {
        TransactionTemplate reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
        reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        reads.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return reads;
    }
}
