package org.warledger.aid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warledger.aid.repository.PledgeRepository;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/** Import bodies an attacker or a broken exporter would send: each answer is a report or a 4xx, never a lost line. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class PledgeHostileImportTest {

    @Inject
    PledgeRepository repository;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/api/aid-pledges/import")
    URI imports;

    private static final String LIST = "/api/aid-pledges";
    private static final String FILTER = "donor";

    /** A pledge of the test's own donor code, so that it sees only its own pledges. */
    private static Map<String, Object> record(String donor, String key) {
        Map<String, Object> pledge = Pledges.pledge(donor, "PLEDGE", "ANNOUNCED", "2024-07-10", 100, "EUR");
        pledge.put("externalKey", key);
        return pledge;
    }

    private String line(String tag, String key) throws Exception {
        return json.writeValueAsString(record(tag, key));
    }

    private static String freshTag() {
        return Pledges.freshDonor();
    }

    private static ValidatableResponse post(byte[] body, boolean dryRun) {
        var request = given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson").body(body);
        if (dryRun) {
            request.queryParam("dryRun", "true");
        }
        return request.post("/api/aid-pledges/import").then();
    }

    private static ValidatableResponse post(String body, boolean dryRun) {
        return post(body.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    private static void storedWithTag(String donor, int count) {
        given().queryParam(FILTER, donor).get(LIST).then().statusCode(200).body("items", hasSize(count));
    }

    @Test
    void twoRecordsPartedByALoneCrAreOneRejectedLineAndNeitherIsStored() throws Exception {
        String tag = freshTag();
        String file = line(tag, tag + "-a") + "\r" + line(tag, tag + "-b") + "\n" + line(tag, tag + "-c") + "\r\n"
                + line(tag, tag + "-d") + "\r\n";
        for (boolean dryRun : new boolean[] { true, false }) {
            post(file, dryRun).statusCode(200).body("dryRun", equalTo(dryRun)).body("rows.line", contains(1, 2, 3))
                    .body("rows.outcome", contains("REJECTED", "CREATED", "CREATED")).body("rejected", equalTo(1))
                    .body("rows[0].violations[0].field", equalTo("line"))
                    .body("rows[0].violations[0].message", containsString("a lone CR does not end a line"))
                    .body("rows[0].violations[0].message", containsString("nothing of this line was imported"));
        }
        given().queryParam(FILTER, tag).get(LIST).then().statusCode(200).body("items", hasSize(2))
                .body("items.externalKey", org.hamcrest.Matchers.containsInAnyOrder(tag + "-c", tag + "-d"));
    }

    @Test
    void twoObjectsOrTrailingGarbageOnOneLineRejectTheWholeLine() throws Exception {
        String tag = freshTag();
        String file = line(tag, tag + "-a") + line(tag, tag + "-b") + "\n" + line(tag, tag + "-c") + " xyz\n"
                + line(tag, tag + "-d") + " " + line(tag, tag + "-e");
        long before = repository.count();
        for (boolean dryRun : new boolean[] { true, false }) {
            post(file, dryRun).statusCode(200).body("rows.outcome", contains("REJECTED", "REJECTED", "REJECTED"))
                    .body("rows.violations.message.flatten()",
                            everyItem(containsString("holds more than one JSON value")))
                    .body("created", equalTo(0)).body("rejected", equalTo(3));
        }
        assertEquals(before, repository.count());
        storedWithTag(tag, 0);
    }

    @Test
    void blankLinesAreReportedSkippedAndAFinalLineBreakIsNoLine() throws Exception {
        String tag = freshTag();
        String file = line(tag, tag + "-a") + "\n\n \t\r\n" + line(tag, tag + "-b") + "\n";
        for (boolean dryRun : new boolean[] { true, false }) {
            post(file, dryRun).statusCode(200).body("rows.line", contains(1, 2, 3, 4))
                    .body("rows.outcome", contains("CREATED", "SKIPPED", "SKIPPED", "CREATED"))
                    .body("skipped", equalTo(2)).body("created", equalTo(2));
        }
        storedWithTag(tag, 2);
    }

    @Test
    void tenMillionBlankLinesAreRefusedAtTheLineLimitAndNothingIsStored() throws Exception {
        String tag = freshTag();
        byte[] head = (line(tag, tag + "-a") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + 10_000_000);
        Arrays.fill(body, head.length, body.length, (byte) '\n');
        long before = repository.count();
        HttpClient client = HttpClient.newHttpClient();
        for (String query : new String[] { "?dryRun=true", "" }) {
            long started = System.nanoTime();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(imports + query))
                    .header("Authorization", "Bearer " + Tokens.editor()).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(413, answer.statusCode());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(null));
            JsonNode problem = json.readTree(answer.body());
            assertEquals("Request Entity Too Large", problem.get("title").asText());
            assertEquals("an import holds at most 10000 lines, blank ones included; line 10001 was refused: "
                    + "split the file", problem.get("detail").asText());
            assertTrue(millis < 20_000, "refused after " + millis + " ms");
        }
        assertEquals(before, repository.count());
        storedWithTag(tag, 0);
    }

    @Test
    void exactlyTheLineLimitWithAFinalLineBreakIsImported() throws Exception {
        String tag = freshTag();
        String file = line(tag, tag + "-a") + "\n" + "\n".repeat(9_999);
        JsonNode report = json.readTree(post(file, true).statusCode(200).extract().asByteArray());
        assertEquals(1, report.get("created").asInt());
        assertEquals(9_999, report.get("skipped").asInt());
        assertEquals(10_000, report.get("rows").size());
        assertEquals(10_000, report.get("rows").get(9_999).get("line").asInt());
        post(file + "\n", true).statusCode(413).body("detail", containsString("line 10001"));
    }

    @Test
    void aLineOverOneMebibyteRefusesTheImportAndNothingIsStored() throws Exception {
        String tag = freshTag();
        Map<String, Object> huge = record(tag, tag + "-huge");
        huge.put("summary", "x".repeat(1024 * 1024));
        String file = line(tag, tag + "-a") + "\n" + json.writeValueAsString(huge) + "\n" + line(tag, tag + "-b");
        long before = repository.count();
        for (boolean dryRun : new boolean[] { true, false }) {
            post(file, dryRun).statusCode(413).contentType("application/problem+json").body("detail",
                    equalTo("line 2 is longer than 1048576 bytes, the most one import line may hold"));
        }
        assertEquals(before, repository.count());
        storedWithTag(tag, 0);
    }

    @Test
    void aReportOfAThousandLinesWithFiftyBadSourcesEachStaysSmall() throws Exception {
        String tag = freshTag();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Map<String, Object> event = record(tag, tag + "-" + i);
            event.put("sources", Collections.nCopies(50, Map.of()));
            lines.add(json.writeValueAsString(event));
        }
        long before = repository.count();
        byte[] answer = post(String.join("\n", lines), false).statusCode(200).extract().asByteArray();
        // Listed in full, the 50,000 violations took 3.5 MB.
        assertTrue(answer.length < 300_000, "the report has " + answer.length + " bytes");
        JsonNode report = json.readTree(answer);
        assertEquals(1_000, report.get("rejected").asInt());
        JsonNode rows = report.get("rows");
        assertEquals(1_000, rows.size());
        int listed = 0;
        for (JsonNode row : rows) {
            assertEquals("REJECTED", row.get("outcome").asText());
            assertEquals(50, row.get("violationCount").asInt());
            int size = row.get("violations").size();
            assertTrue(size >= 1 && size <= 10, "line " + row.get("line") + " lists " + size);
            listed += size;
        }
        assertEquals(10, rows.get(0).get("violations").size());
        assertEquals("a source needs a url, a publisher or a title",
                rows.get(0).get("violations").get(0).get("message").asText());
        assertEquals(1, rows.get(999).get("violations").size());
        assertEquals(1_000 + 900, listed);
        assertEquals(before, repository.count());
    }
}
