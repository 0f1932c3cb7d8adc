package org.warledger.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * ./warledger as a new user runs it, on a PATH without any postgres binary: up --detach makes the suite ready with the
 * sample data, a second up duplicates nothing, down stops everything; what it leaves on disk is its owner's alone and
 * what it starts listens on this machine only. Needs the five apps packaged (the reactor builds them before this
 * module) and ports 8080–8084 free.
 */
class WarledgerIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DATA = Path.of("target", "it-data").toAbsolutePath();

    record Run(int exit, String output) {
    }

    static Run warledger(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                        Path.of("target", "warledger-launcher.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("WARLEDGER_HOME", ROOT.toString());
        env.put("WARLEDGER_DATA", DATA.toString());
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "warledger " + String.join(" ", args) + " did not end");
        return new Run(process.exitValue(), output);
    }

    static JsonNode graphql(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient
                .newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://localhost:8080/graphql"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers
                                        .ofString(Api.JSON.writeValueAsString(Map.of("query", query))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = Api.JSON.readTree(response.body());
        assertTrue(body.path("errors").isMissingNode(), response.body());
        return body.get("data");
    }

    /**
     * The addresses listening on a TCP port, from the kernel's own tables (/proc/net/tcp and tcp6: hexadecimal address
     * and port, state 0A for LISTEN; IPv4 addresses in host byte order, IPv6 as four such words).
     */
    static List<InetAddress> listeners(int port) throws IOException {
        List<InetAddress> found = new ArrayList<>();
        for (Path table : List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"))) {
            List<String> lines = Files.exists(table) ? Files.readAllLines(table) : List.of();
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if (!fields[3].equals("0A") || Integer.parseInt(local[1], 16) != port) {
                    continue;
                }
                byte[] address = new byte[local[0].length() / 2];
                for (int word = 0; word < address.length / 4; word++) {
                    for (int b = 0; b < 4; b++) {
                        address[word * 4 + b] = (byte) Integer
                                .parseInt(local[0].substring(word * 8 + (3 - b) * 2, word * 8 + (3 - b) * 2 + 2), 16);
                    }
                }
                found.add(InetAddress.getByAddress(address));
            }
        }
        return found;
    }

    static void assertListensOnLoopbackOnly(int port, String what) throws IOException {
        List<InetAddress> addresses = listeners(port);
        assertFalse(addresses.isEmpty(), what + " listens on " + port);
        for (InetAddress address : addresses) {
            assertTrue(address.isLoopbackAddress(), what + " listens on " + address + ":" + port);
        }
    }

    /** The articles the intake-service holds, from its public list (open to read). */
    static JsonNode articles() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:8084/api/articles?limit=50")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Api.JSON.readTree(response.body()).get("items");
    }

    static String printedToken(String output) {
        List<String> lines = output.lines().map(String::strip).toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("editor token")) {
                return lines.get(i + 1);
            }
        }
        throw new AssertionError("no token printed:\n" + output);
    }

    @AfterAll
    static void stop() throws IOException, InterruptedException {
        warledger("down");
    }

    @Test
    void upLoadsTheSampleDataASecondUpDuplicatesNothingAndDownStopsEverything() throws Exception {
        Run up = warledger("up", "--detach", "--fresh");
        assertEquals(0, up.exit(), up.output());
        assertTrue(up.output().contains("http://localhost:8080/q/graphql-ui"), up.output());
        assertTrue(up.output().contains("editor token"), up.output());
        assertEquals(0, warledger("status").exit());

        String token = printedToken(up.output());
        JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertEquals("warledger", claims.path("aud").asText(), claims.toString());
        assertEquals(12 * 3600, claims.path("exp").asLong() - claims.path("iat").asLong(), claims.toString());
        assertEquals(token, State.read(DATA.resolve("state.json")).orElseThrow().token());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA.resolve("keys"))));
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA.resolve("keys/private.pem"))));
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA.resolve("state.json"))));
        for (String log : List.of("warledger", "postgres", "event-service", "casualty-service", "aid-service",
                "intake-service", "gateway")) {
            assertEquals("rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA.resolve("logs/" + log + ".log"))),
                    log);
        }
        assertFalse(Files.readString(DATA.resolve("logs/warledger.log")).contains(token),
                "the token is in state.json, not in the log");
        for (App app : App.ALL) {
            assertListensOnLoopbackOnly(app.port(), app.name());
        }
        assertListensOnLoopbackOnly(Suite.POSTGRES_PORT, "the embedded PostgreSQL");

        JsonNode summary = graphql("""
                { casualtySummary(subject: "RU", category: KILLED_OR_WOUNDED, scope: CUMULATIVE) {
                    claimants claims { claimant figure { qualifier value } } } }""").get("casualtySummary");
        assertTrue(summary.get("claimants").asInt() >= 3, summary.toString());
        assertTrue(summary.toString().contains("555620"), summary.toString());
        JsonNode pledges = graphql("{ aidPledges(first: 50) { edges { node { value { amount currency } } } } }");
        assertTrue(pledges.toString().contains("\"amount\":40000000000"), pledges.toString());
        JsonNode events = graphql("""
                { events(first: 50) { edges { node { id casualtyClaims { id } aidPledges { id } } } } }""")
                .get("events").get("edges");
        assertTrue(events.size() >= 5, events.toString());
        assertTrue(events.findValues("casualtyClaims").stream().anyMatch(c -> c.size() > 0), events.toString());
        assertTrue(events.findValues("aidPledges").stream().anyMatch(p -> p.size() > 0), events.toString());
        JsonNode articles = articles();
        assertEquals(
                Set.of("Heavy Losses in Ukraine War: Russian Casualties and NATO's Response",
                        "Escalating Tensions: Analyzing Recent Reports on Russian Military Losses",
                        "US Reports High North Korean Casualties in Ukraine-Russia War Amid New Aid for Ukraine"),
                Set.copyOf(articles.findValuesAsText("title")), articles.toString());
        List<String> publishers = new ArrayList<>();
        articles.forEach(article -> {
            if (article.path("publisher").isTextual()) {
                publishers.add(article.get("publisher").asText());
            }
        });
        assertEquals(List.of("The Independent"), publishers, "the first two articles name no outlet");

        Run down = warledger("down");
        assertEquals(0, down.exit(), down.output());
        assertEquals(3, warledger("status").exit(), "not running after down");

        Run again = warledger("up", "--detach");
        assertEquals(0, again.exit(), again.output());
        String log = Files.readString(DATA.resolve("logs/warledger.log"));
        assertTrue(log.contains("sample data: 0 records loaded, 26 there already"), log);
        JsonNode after = graphql("{ events(first: 100) { edges { node { id } } } }").get("events").get("edges");
        assertEquals(events.size(), after.size(), "a second up duplicates nothing");
        assertEquals(articles.size(), articles().size(), "the articles are posted again and found, not duplicated");
        assertEquals(0, warledger("down").exit());
    }
}
