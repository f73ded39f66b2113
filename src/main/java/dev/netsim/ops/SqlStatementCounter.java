package dev.netsim.ops;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements the database executes, on the current thread (a request runs on
 * one, so the request log's count is exact under concurrency) and in total. Every row of a JDBC
 * batch counts as a statement: batching saves round trips, not work.
 */
@Component
public class SqlStatementCounter implements QueryExecutionListener, BeanPostProcessor {

    private static final ThreadLocal<int[]> ON_THREAD = ThreadLocal.withInitial(() -> new int[1]);

    private final AtomicLong total = new AtomicLong();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(this).build() : bean;
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        int statements = execution.isBatch() ? execution.getBatchSize() : queries.size();
        ON_THREAD.get()[0] += statements;
        total.addAndGet(statements);
    }

    /** Starts counting afresh on this thread. */
    public void reset() {
        ON_THREAD.get()[0] = 0;
    }

    /** Statements executed on this thread since {@link #reset()}. */
    public int count() {
        return ON_THREAD.get()[0];
    }

    /** Statements executed since start-up, on any thread. */
    public long total() {
        return total.get();
    }
}
