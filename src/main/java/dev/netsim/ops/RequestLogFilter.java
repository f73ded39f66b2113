package dev.netsim.ops;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.netsim.protocol.RequestFacts;

/**
 * One log line per request: front door, service, action, account, region, status, server time in
 * milliseconds (two decimals) and the number of SQL statements the request ran.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("netsim.requests");

    private final SqlStatementCounter statements;

    public RequestLogFilter(SqlStatementCounter statements) {
        this.statements = statements;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        statements.reset();
        try {
            chain.doFilter(request, response);
        } finally {
            String millis = String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - start) / 1e6);
            int sql = statements.count();
            RequestFacts facts = RequestFacts.of(request);
            if (facts != null) {
                log.info("door={} service={} action={} account={} region={} status={} ms={} sql={}", facts.door(), facts.service(),
                        facts.action(), facts.scope().account(), facts.scope().region(), response.getStatus(), millis, sql);
            } else {
                log.info("door=http method={} path={} status={} ms={} sql={}", request.getMethod(), request.getRequestURI(),
                        response.getStatus(), millis, sql);
            }
        }
    }
}
