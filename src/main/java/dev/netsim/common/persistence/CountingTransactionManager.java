package dev.netsim.common.persistence;

import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring's JPA transaction manager that tells {@link CommittedWrites} about every read-write
 * commit, whichever door or background task the transaction came from.
 */
public class CountingTransactionManager extends JpaTransactionManager {

    private final transient CommittedWrites writes;

    public CountingTransactionManager(CommittedWrites writes) {
        this.writes = writes;
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        if (status.isReadOnly()) {
            super.doCommit(status);
        } else {
            writes.commit(() -> super.doCommit(status));
        }
    }
}
