package org.warledger.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * ./warledger as a new user runs it, on a PATH without any postgres binary: up --detach makes the suite ready with the
 * sample data, a second up duplicates nothing, down stops everything. Needs the four apps packaged (the reactor builds
 * them before this module) and ports 8080–8083 free.
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

        Run down = warledger("down");
        assertEquals(0, down.exit(), down.output());
        assertEquals(3, warledger("status").exit(), "not running after down");

        Run again = warledger("up", "--detach");
        assertEquals(0, again.exit(), again.output());
        String log = Files.readString(DATA.resolve("logs/warledger.log"));
        assertTrue(log.contains("sample data: 0 records loaded, 23 there already"), log);
        JsonNode after = graphql("{ events(first: 100) { edges { node { id } } } }").get("events").get("edges");
        assertEquals(events.size(), after.size(), "a second up duplicates nothing");
        assertEquals(0, warledger("down").exit());
    }
}
