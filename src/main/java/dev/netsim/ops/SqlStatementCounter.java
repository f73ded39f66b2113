package dev.netsim.ops;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements Hibernate prepares on the current thread, so the request log can say
 * what each request cost the database. A request runs on one thread, so the count is exact under
 * concurrency; a JDBC batch of inserts is prepared, and counted, once.
 */
@Component
public class SqlStatementCounter implements StatementInspector, HibernatePropertiesCustomizer {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    @Override
    public void customize(java.util.Map<String, Object> hibernateProperties) {
        hibernateProperties.put(AvailableSettings.STATEMENT_INSPECTOR, this);
    }

    /** Starts counting afresh on this thread. */
    public void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements prepared on this thread since {@link #reset()}. */
    public int count() {
        return COUNT.get()[0];
    }
}
