package dev.netsim.common.persistence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether other Netsim nodes may write to this node's database: H2 (in memory or in a file) is open
 * in one process only; any other database (PostgreSQL) may be shared, so what must hold across
 * nodes is kept in the database rather than in this JVM.
 */
@Component
public class DatabaseSharing {

    private final boolean shared;

    public DatabaseSharing(@Value("${spring.datasource.url}") String databaseUrl) {
        this.shared = !databaseUrl.startsWith("jdbc:h2:");
    }

    public boolean shared() {
        return shared;
    }
}
