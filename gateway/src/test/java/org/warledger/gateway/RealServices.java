package org.warledger.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.warledger.gateway.client.AidServiceClient;
import org.warledger.gateway.client.CasualtyServiceClient;
import org.warledger.gateway.client.EventServiceClient;
import org.warledger.testing.Tokens;

/**
 * The three packaged services, each started as its own process against its own database on one embedded PostgreSQL,
 * verifying tokens with the key of {@link Tokens}. The gateway under test is pointed at them.
 */
public class RealServices implements QuarkusTestResourceLifecycleManager {

    /** In start-up order: intake-service, last, is given the others' addresses (it creates accepted records there). */
    static final List<String> SERVICES = List.of("event-service", "casualty-service", "aid-service", "intake-service");
    static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    static final Map<String, Process> PROCESSES = new HashMap<>();
    private EmbeddedPostgres postgres;

    /**
     * Selects this resource for the tests that run against the real services, and gives them 10 s to answer: on a busy
     * test machine a service's first requests are slow, and these tests are about results, not time.
     */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RealServices.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> settings = new HashMap<>();
            settings.putAll(ReadSettings.of(EventServiceClient.class, "timeout.value", "10000"));
            settings.putAll(ReadSettings.of(CasualtyServiceClient.class, "timeout.value", "10000"));
            settings.putAll(ReadSettings.of(AidServiceClient.class, "timeout.value", "10000"));
            settings.putAll(
                    ReadSettings.of(org.warledger.gateway.client.IntakeServiceClient.class, "timeout.value", "10000"));
            settings.put("quarkus.rest-client.read-timeout", "10000");
            return settings;
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
            Path key = Files.createTempFile("warledger-e2e-jwt", ".pem");
            Files.writeString(key, Tokens.publicKeyPem());
            Map<String, String> config = new HashMap<>();
            for (String service : SERVICES) {
                String database = service.replace('-', '_');
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + database);
                }
                int port = freePort();
                PORTS.put(service, port);
                Path jar = Path.of("..", service, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
                if (!Files.exists(jar)) {
                    throw new IllegalStateException(
                            jar + " is missing: build the services first (mvn verify at the root)");
                }
                ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
                        jar.toString());
                builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
                builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", database));
                builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
                builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
                builder.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString());
                builder.environment().putAll(environment());
                if (service.equals("intake-service")) {
                    for (String owner : List.of("event-service", "casualty-service", "aid-service")) {
                        builder.environment().put("QUARKUS_REST_CLIENT_"
                                + owner.replace('-', '_').toUpperCase(java.util.Locale.ROOT) + "_URL",
                                "http://localhost:" + PORTS.get(owner));
                    }
                }
                builder.redirectErrorStream(true);
                builder.redirectOutput(Path.of("target", service + "-e2e.log").toFile());
                PROCESSES.put(service, builder.start());
                config.put("quarkus.rest-client." + service + ".url", "http://localhost:" + port);
            }
            for (String service : SERVICES) {
                awaitReady(service);
            }
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** More environment for every service process. */
    protected Map<String, String> environment() {
        return Map.of();
    }

    @Override
    public void stop() {
        PROCESSES.values().forEach(Process::destroy);
        PROCESSES.clear();
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void stopService(String service) {
        Process process = PROCESSES.remove(service);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String url(String service) {
        return "http://localhost:" + PORTS.get(service);
    }

    /** Polls the readiness endpoint until it answers UP, for at most three minutes (a busy machine starts slowly). */
    private static void awaitReady(String service) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(1)).build();
        Awaitility.await(service + " ready").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsInstanceOf(IOException.class).until(() -> {
                    if (!PROCESSES.get(service).isAlive()) {
                        throw new IllegalStateException(service + " exited; see target/" + service + "-e2e.log");
                    }
                    return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
