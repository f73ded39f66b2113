package dev.netsim.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database the suite runs on: H2 in memory by default, or with {@code -Dnetsim.test.storage=postgres}
 * a real PostgreSQL, one embedded server per test JVM, started on first use and stopped with the
 * JVM. Each application context gets a database of its own, as each gets its own in-memory H2, so
 * a context's caches never see another's writes.
 */
public final class TestStorage {

    private static final boolean POSTGRES = "postgres".equals(System.getProperty("netsim.test.storage"));
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestStorage() {
    }

    public static boolean postgres() {
        return POSTGRES;
    }

    /** Points the context's datasource at a new PostgreSQL database when the suite runs on PostgreSQL. */
    public static void register(DynamicPropertyRegistry registry) {
        if (!POSTGRES) {
            return;
        }
        Supplier<Object> url = new Supplier<>() {
            private String created;

            @Override
            public synchronized Object get() {
                if (created == null) {
                    created = newDatabase();
                }
                return created;
            }
        };
        registry.add("spring.datasource.url", url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /** A new database of the JVM's embedded server, as a JDBC URL. */
    public static synchronized String newDatabase() {
        EmbeddedPostgres pg = server();
        String name = "netsim_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded PostgreSQL refused a new database", e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is going; the server's directory is temporary
                }
            }));
        }
        return server;
    }
}
