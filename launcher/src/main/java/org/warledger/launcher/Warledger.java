package org.warledger.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./warledger: the whole suite on this machine, and bulk import and export. */
@Command(name = "warledger", mixinStandardHelpOptions = true,
        subcommands = { Warledger.Up.class, Warledger.Down.class, Warledger.Status.class, Warledger.Import.class,
                Warledger.Export.class },
        description = "Runs Warledger locally on an embedded PostgreSQL, " + "and imports and exports records.")
public class Warledger {

    /** The kinds of record, with the service that owns them. */
    static final Map<String, String> KINDS = Map.of("events", App.EVENTS.url() + "/api/events", "claims",
            App.CASUALTIES.url() + "/api/casualty-claims", "pledges", App.AID.url() + "/api/aid-pledges");

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        CommandLine command = new CommandLine(new Warledger());
        command.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof LauncherException) {
                System.err.println("warledger: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        System.exit(command.execute(args));
    }

    @Command(name = "up", description = "Start the suite, load the sample data, print the URLs and a token.")
    static class Up implements Callable<Integer> {
        @Option(names = "--detach", description = "Return once the suite is ready; ./warledger down stops it.")
        boolean detach;

        @Option(names = "--fresh", description = "Start with an empty database.")
        boolean fresh;

        @Option(names = "--bind", paramLabel = "ADDRESS", description = "Where the apps listen: 127.0.0.1 (this "
                + "machine only; the default) or 0.0.0.0 (every interface). Also WARLEDGER_BIND.")
        String bind;

        @Option(names = "--background", hidden = true)
        boolean background;

        @Override
        public Integer call() throws Exception {
            Home home = Home.fromEnvironment();
            Bind address = Bind.of(bind, System.getenv("WARLEDGER_BIND"));
            if (detach) {
                return detach(home, address);
            }
            Suite suite = new Suite(home, address, System.out);
            State state = suite.start(fresh);
            if (background) {
                // This output goes to the log: the token stays in state.json, which up --detach prints it from.
                System.out.println("Warledger is ready (" + state.startedAt() + ")");
            } else {
                printReady(state, System.out);
                System.out.println("Ctrl-C stops everything.");
            }
            suite.watch();
            return 0;
        }

        /** Starts a supervising process of its own and waits until it reports the suite ready. */
        private int detach(Home home, Bind address) throws IOException, InterruptedException {
            Suite.preflight(home);
            home.prepare();
            Path log = home.log("warledger");
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                command.add("/usr/bin/setsid");
            }
            command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                    System.getProperty("java.class.path"), Warledger.class.getName(), "up", "--background", "--bind",
                    address.address()));
            if (fresh) {
                command.add("--fresh");
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().put("WARLEDGER_HOME", home.root().toString());
            builder.environment().put("WARLEDGER_DATA", home.data().toString());
            Process child = builder.start();
            Instant deadline = Instant.now().plusSeconds(180);
            CountDownLatch never = new CountDownLatch(1);
            while (Instant.now().isBefore(deadline)) {
                Optional<State> state = State.running(home.state());
                if (state.isPresent()) {
                    printReady(state.get(), System.out);
                    System.out.println("Running in the background (log: " + log + "); ./warledger down stops it.");
                    return 0;
                }
                if (!child.isAlive()) {
                    throw new LauncherException("the suite did not start; see " + log);
                }
                never.await(250, TimeUnit.MILLISECONDS);
            }
            child.destroy();
            throw new LauncherException("the suite was not ready within 180 s; see " + log);
        }
    }

    @Command(name = "down", description = "Stop a suite started with up --detach.")
    static class Down implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            Home home = Home.fromEnvironment();
            Optional<State> state = State.running(home.state());
            if (state.isEmpty()) {
                System.out.println("Warledger is not running.");
                return 0;
            }
            ProcessHandle process = ProcessHandle.of(state.get().pid()).orElseThrow();
            process.destroy();
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new LauncherException("the suite (pid " + process.pid() + ") did not stop within 60 s");
            }
            System.out.println("Warledger stopped.");
            return 0;
        }
    }

    @Command(name = "status", description = "Show what runs.")
    static class Status implements Callable<Integer> {
        @Override
        public Integer call() {
            Home home = Home.fromEnvironment();
            Optional<State> state = State.running(home.state());
            if (state.isEmpty()) {
                System.out.println("Warledger is not running.");
                return 3;
            }
            Api api = new Api();
            System.out.printf("Warledger is running (pid %d, since %s)%n", state.get().pid(), state.get().startedAt());
            boolean allReady = true;
            for (App app : App.ALL) {
                boolean ready = api.ready(app.url());
                allReady &= ready;
                System.out.printf("  %-17s %-22s %s%n", app.name(), app.url(), ready ? "ready" : "NOT READY");
            }
            return allReady ? 0 : 1;
        }
    }

    @Command(name = "import", description = "Import an NDJSON file of events, claims or pledges (one record per "
            + "line, each with an externalKey); importing it twice changes nothing.")
    static class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--kind", description = "events, claims or pledges; by default read from the file name")
        String kind;

        @Override
        public Integer call() throws IOException {
            Home home = Home.fromEnvironment();
            State state = State.running(home.state())
                    .orElseThrow(() -> new LauncherException("Warledger is not running: ./warledger up --detach"));
            String what = kind != null ? kind : KINDS.keySet().stream()
                    .filter(k -> file.getFileName().toString().contains(k.substring(0, k.length() - 1))).findFirst()
                    .orElseThrow(() -> new LauncherException("say --kind events, claims or pledges"));
            String base = KINDS.get(what);
            if (base == null) {
                throw new LauncherException("--kind must be events, claims or pledges");
            }
            List<String> lines = Files.readAllLines(file);
            Api api = new Api();
            int created = 0;
            int existing = 0;
            int rejected = 0;
            for (int start = 0; start < lines.size(); start += 5000) {
                List<String> chunk = lines.subList(start, Math.min(lines.size(), start + 5000));
                JsonNode report = api.importLines(base + "/import", state.token(), String.join("\n", chunk));
                created += report.get("created").asInt();
                existing += report.get("existing").asInt();
                rejected += report.get("rejected").asInt();
                for (JsonNode row : report.get("rows")) {
                    if ("REJECTED".equals(row.get("outcome").asText())) {
                        System.out.printf("line %d: %s%n", start + row.get("line").asInt(), row.get("violations"));
                    }
                }
            }
            System.out.printf("%s: %d created, %d there already, %d rejected%n", what, created, existing, rejected);
            return rejected == 0 ? 0 : 2;
        }
    }

    @Command(name = "export", description = "Export events, claims or pledges as NDJSON.")
    static class Export implements Callable<Integer> {
        @Parameters(paramLabel = "KIND", description = "events, claims or pledges")
        String kind;

        @Option(names = "--out", description = "File to write; standard output by default")
        Path out;

        @Option(names = "--filter", description = "A list filter, e.g. --filter subject=RU --filter from=2024-01-01")
        Map<String, String> filters = Map.of();

        @Override
        public Integer call() throws IOException {
            String base = KINDS.get(kind);
            if (base == null) {
                throw new LauncherException("KIND must be events, claims or pledges");
            }
            StringBuilder query = new StringBuilder("?limit=10000");
            filters.forEach((k, v) -> query.append('&').append(encode(k)).append('=').append(encode(v)));
            Api api = new Api();
            try (OutputStream stream = out == null ? null : Files.newOutputStream(out);
                    PrintStream target = stream == null ? System.out
                            : new PrintStream(stream, true, StandardCharsets.UTF_8)) {
                String after = null;
                do {
                    Api.Part part = api
                            .exportPart(base + "/export" + query + (after == null ? "" : "&after=" + encode(after)));
                    target.print(part.lines());
                    after = part.next();
                } while (after != null);
            }
            return 0;
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    static void printReady(State state, PrintStream out) {
        out.println("Warledger is ready:");
        out.println("  Web app         " + App.GATEWAY.url() + "/");
        out.println("  GraphQL         http://localhost:8080/graphql   (UI: http://localhost:8080/q/graphql-ui)");
        for (App app : List.of(App.EVENTS, App.CASUALTIES, App.AID, App.INTAKE)) {
            out.printf("  %-15s %s/q/swagger-ui%n", app.name(), app.url());
        }
        out.println("  editor token (12 h, audience " + Keys.AUDIENCE + ", local keys only):");
        out.println("  " + state.token());
    }

}
