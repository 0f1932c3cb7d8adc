package org.warledger.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The running suite: one embedded PostgreSQL with a database per service, the five packaged apps against it, and the
 * sample data. Stopping it stops the apps first, then the database.
 */
final class Suite {

    static final int POSTGRES_PORT = Integer.parseInt(System.getenv().getOrDefault("WARLEDGER_PG_PORT", "55432"));
    static final String POSTGRES_LISTENS_ON = "localhost";
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private final Home home;
    private final Bind bind;
    private final Api api = new Api();
    private final PrintStream out;
    private final Map<App, Process> processes = new LinkedHashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private EmbeddedPostgres postgres;

    Suite(Home home, Bind bind, PrintStream out) {
        this.home = home;
        this.bind = bind;
        this.out = out;
    }

    /** Starts everything and returns once all five apps are ready and the sample data is in. */
    State start(boolean fresh) {
        preflight(home);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "warledger-stop"));
        try {
            if (fresh) {
                deleteRecursively(home.postgres());
            }
            home.prepare();
            Keys keys = new Keys(home.keys());
            keys.ensure();
            startPostgres();
            if (bind.everyInterface()) {
                out.println("the apps listen on every interface (" + bind.address() + "): anyone who can reach this "
                        + "machine can read through them");
            }
            for (App app : App.ALL) {
                processes.put(app, launch(app, keys));
            }
            awaitReady();
            String token = keys.editorToken(Duration.ofHours(12));
            SampleData.Loaded loaded = new SampleData(home, api, token).load();
            out.printf("sample data: %d records loaded, %d there already%n", loaded.created(), loaded.existing());
            State state = new State(ProcessHandle.current().pid(), token, Instant.now().toString());
            state.write(home.state());
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses, with one line saying why, to start a second suite, on a taken port, or without built apps. */
    static void preflight(Home home) {
        State.running(home.state()).ifPresent(state -> {
            throw new LauncherException(
                    "Warledger is running already (pid " + state.pid() + "); ./warledger down " + "stops it");
        });
        for (App app : App.ALL) {
            requireFree(app.port(), app.name());
        }
        requireFree(POSTGRES_PORT, "the embedded PostgreSQL (set WARLEDGER_PG_PORT to use another port)");
        for (App app : App.ALL) {
            if (!Files.exists(home.jar(app.name()))) {
                throw new LauncherException(home.jar(app.name()) + " is missing: run mvn -B package -DskipTests");
            }
        }
    }

    /** Reports every change of the apps' readiness until the suite is stopped. */
    void watch() {
        Map<App, Boolean> last = new LinkedHashMap<>();
        try {
            while (!stopped.await(5, TimeUnit.SECONDS)) {
                for (App app : App.ALL) {
                    boolean ready = processes.get(app).isAlive() && api.ready(app.url());
                    if (!Boolean.valueOf(ready).equals(last.put(app, ready)) && last.size() == App.ALL.size()) {
                        out.printf("%s %s is %s%n", Instant.now(), app.name(),
                                ready ? "ready again" : "NOT ready (log: " + home.log(app.name()) + ")");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        List<App> reversed = processes.keySet().stream().sorted(Comparator.comparing(App.ALL::indexOf).reversed())
                .toList();
        reversed.forEach(app -> processes.get(app).destroy());
        for (App app : reversed) {
            try {
                if (!processes.get(app).waitFor(30, TimeUnit.SECONDS)) {
                    processes.get(app).destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
            Files.deleteIfExists(home.state());
        } catch (IOException e) {
            out.println("could not stop PostgreSQL cleanly: " + e.getMessage());
        }
        stopped.countDown();
    }

    private void startPostgres() throws IOException {
        OwnerOnly.folder(home.postgres());
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(home.log("postgres").toFile());
        // Whatever the apps bind to, the database is reached by the apps only, on this machine.
        postgres = EmbeddedPostgres.builder().setDataDirectory(home.postgres()).setCleanDataDirectory(false)
                .setPort(POSTGRES_PORT).setServerConfig("listen_addresses", POSTGRES_LISTENS_ON)
                .setOutputRedirector(log).setErrorRedirector(log).start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (App app : App.ALL) {
                if (app.database() == null) {
                    continue;
                }
                try (ResultSet found = statement
                        .executeQuery("select 1 from pg_database where datname = '" + app.database() + "'")) {
                    if (found.next()) {
                        continue;
                    }
                }
                statement.execute("create database " + app.database());
            }
        } catch (SQLException e) {
            throw new LauncherException("the embedded PostgreSQL refused to create the databases: " + e.getMessage());
        }
    }

    private Process launch(App app, Keys keys) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // The throughput collector, unless the app names its own: on a laptop's few cores it serves more requests per
        // CPU second than G1.
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(app.heap());
        if (app.heap().stream().noneMatch(option -> option.startsWith("-XX:+Use") && option.endsWith("GC"))) {
            command.add("-XX:+UseParallelGC");
        }
        command.addAll(List.of("-jar", home.jar(app.name()).toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Two malloc arenas instead of eight per core: the JVMs allocate little natively, and each arena costs RSS.
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(environment(app, bind, keys,
                app.database() == null ? null : postgres.getJdbcUrl("postgres", app.database())));
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(home.log(app.name()).toFile()));
        return builder.start();
    }

    /**
     * What an app is told on top of the launcher's own environment: its port and address, how to verify tokens (the
     * gateway verifies them too, before it forwards a write), its database, and where the apps it calls listen.
     */
    static Map<String, String> environment(App app, Bind bind, Keys keys, String jdbcUrl) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(app.port()));
        env.put("QUARKUS_HTTP_HOST", bind.address());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKey().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", Keys.ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", Keys.AUDIENCE);
        if (jdbcUrl != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        }
        for (App called : App.CALLS.getOrDefault(app, List.of())) {
            env.put(called.restClientUrlVariable(), called.url());
        }
        return env;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        for (App app : App.ALL) {
            while (!api.ready(app.url())) {
                if (!processes.get(app).isAlive()) {
                    throw new LauncherException(app.name() + " stopped while starting; see " + home.log(app.name()));
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new LauncherException(app.name() + " was not ready within " + READY_WITHIN.toSeconds()
                            + " s; see " + home.log(app.name()));
                }
                try {
                    stopped.await(250, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LauncherException("interrupted while waiting for " + app.name());
                }
            }
        }
    }

    private static void requireFree(int port, String user) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new LauncherException("port " + port + " is taken, and " + user + " needs it: stop what uses it ("
                    + "ss -ltnp 'sport = :" + port + "' shows it) and try again");
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
