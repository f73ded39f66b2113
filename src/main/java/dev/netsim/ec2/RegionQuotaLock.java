package dev.netsim.ec2;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.netsim.common.Scope;
import dev.netsim.common.persistence.DatabaseSharing;

/**
 * Makes a Region-wide quota check and the creation it allows one step: a create that counts an
 * account's VPCs, addresses, instances or gateways in a Region holds the scope until its
 * transaction ends. Otherwise two creates would both count four VPCs of five and both create one.
 * Taken before any other lock of the transaction, so locks are always taken in one order.
 *
 * <p>On a database other nodes share, the scope's row (made by its first EC2 call, before any
 * create) is locked; on H2, which this process alone writes, a lock in this JVM does the same
 * without a statement (the statement budgets of {@code SqlStatementCountTest} are H2's). The count
 * must be a statement of its own after the lock: one statement that locked and counted would count
 * what was there when it began, before the transaction it waited for committed.
 */
@Component
public class RegionQuotaLock {

    private final JdbcTemplate jdbc;
    private final DatabaseSharing sharing;
    private final Map<Scope, ReentrantLock> local = new ConcurrentHashMap<>();

    RegionQuotaLock(JdbcTemplate jdbc, DatabaseSharing sharing) {
        this.jdbc = jdbc;
        this.sharing = sharing;
    }

    /** Holds the scope until the current transaction ends. */
    public void hold(Scope scope) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a Region-wide quota is checked inside the transaction that creates");
        }
        if (sharing.shared()) {
            jdbc.query("select account from initialized_scope where account = ? and region = ? for update", row -> {
            }, scope.account(), scope.region());
            return;
        }
        ReentrantLock lock = local.computeIfAbsent(scope, s -> new ReentrantLock());
        if (lock.isHeldByCurrentThread()) {
            return;
        }
        lock.lock();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                lock.unlock();
            }
        });
    }
}
