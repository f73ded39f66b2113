package dev.netsim.ops;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements Hibernate sends to the database, on the current thread (a request runs
 * on one, so the request log's count is exact under concurrency) and in total. It counts what
 * Hibernate prepares, as Hibernate's statistics do: a JDBC batch of inserts is one statement.
 */
@Component
public class SqlStatementCounter implements StatementInspector, HibernatePropertiesCustomizer {

    private static final ThreadLocal<int[]> ON_THREAD = ThreadLocal.withInitial(() -> new int[1]);

    private final AtomicLong total = new AtomicLong();

    @Override
    public String inspect(String sql) {
        ON_THREAD.get()[0]++;
        total.incrementAndGet();
        return sql;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(AvailableSettings.STATEMENT_INSPECTOR, this);
    }

    /** Starts counting afresh on this thread. */
    public void reset() {
        ON_THREAD.get()[0] = 0;
    }

    /** Statements run on this thread since {@link #reset()}. */
    public int count() {
        return ON_THREAD.get()[0];
    }

    /** Statements run since start-up, on any thread. */
    public long total() {
        return total.get();
    }
}
