package org.warledger.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Starts one real PostgreSQL (zonky binaries, no Docker) per test JVM and points the application's default datasource
 * at a fresh database in it. Works for {@code @QuarkusTest} and, because the returned properties are passed to the
 * launched jar, for {@code @QuarkusIntegrationTest} as well.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;
    private static int databases;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresResource::close));
            }
            String database = "warledger_test_" + (++databases);
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
            return Map.of("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", database),
                    "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database", e);
        }
    }

    @Override
    public void stop() {
        // The server is shared by every test class in this JVM; the shutdown hook stops it.
    }

    private static synchronized void close() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
