package org.warledger.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
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

/**
 * Import bodies an attacker or a broken exporter would send, the same for every service's NDJSON import (the rules live
 * in platform's {@code Ndjson}): each answer is a report or a 4xx, never a lost line, and a refused import stores
 * nothing. A service's test class names its collection and how to make, find and count its records.
 */
public abstract class HostileImportContract {

    /** The collection's path, such as {@code /api/events}; its import is {@code <collection>/import}. */
    protected abstract String collection();

    /** The list filter that finds the records of one test by the value {@link #freshOwn()} gives. */
    protected abstract String ownFilter();

    /** A value of {@link #ownFilter()} no other test uses. */
    protected abstract String freshOwn();

    /** A valid import record carrying {@code own} (found by {@link #ownFilter()}) and the externalKey {@code key}. */
    protected abstract Map<String, Object> record(String own, String key);

    /** How many records the service stores in all. */
    protected abstract long stored();

    protected abstract ObjectMapper json();

    private String line(String own, String key) throws Exception {
        return json().writeValueAsString(record(own, key));
    }

    private ValidatableResponse post(byte[] body, boolean dryRun) {
        var request = given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson").body(body);
        if (dryRun) {
            request.queryParam("dryRun", "true");
        }
        return request.post(collection() + "/import").then();
    }

    private ValidatableResponse post(String body, boolean dryRun) {
        return post(body.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    private void storedWithTag(String own, int count) {
        given().queryParam(ownFilter(), own).get(collection()).then().statusCode(200).body("items", hasSize(count));
    }

    @Test
    public void twoRecordsPartedByALoneCrAreOneRejectedLineAndNeitherIsStored() throws Exception {
        String tag = freshOwn();
        String file = line(tag, tag + "-a") + "\r" + line(tag, tag + "-b") + "\n" + line(tag, tag + "-c") + "\r\n"
                + line(tag, tag + "-d") + "\r\n";
        for (boolean dryRun : new boolean[] { true, false }) {
            post(file, dryRun).statusCode(200).body("dryRun", equalTo(dryRun)).body("rows.line", contains(1, 2, 3))
                    .body("rows.outcome", contains("REJECTED", "CREATED", "CREATED")).body("rejected", equalTo(1))
                    .body("rows[0].violations[0].field", equalTo("line"))
                    .body("rows[0].violations[0].message", containsString("a lone CR does not end a line"))
                    .body("rows[0].violations[0].message", containsString("nothing of this line was imported"));
        }
        given().queryParam(ownFilter(), tag).get(collection()).then().statusCode(200).body("items", hasSize(2))
                .body("items.externalKey", containsInAnyOrder(tag + "-c", tag + "-d"));
    }

    @Test
    public void twoObjectsOrTrailingGarbageOnOneLineRejectTheWholeLine() throws Exception {
        String tag = freshOwn();
        String file = line(tag, tag + "-a") + line(tag, tag + "-b") + "\n" + line(tag, tag + "-c") + " xyz\n"
                + line(tag, tag + "-d") + " " + line(tag, tag + "-e");
        long before = stored();
        for (boolean dryRun : new boolean[] { true, false }) {
            post(file, dryRun).statusCode(200).body("rows.outcome", contains("REJECTED", "REJECTED", "REJECTED"))
                    .body("rows.violations.message.flatten()",
                            everyItem(containsString("holds more than one JSON value")))
                    .body("created", equalTo(0)).body("rejected", equalTo(3));
        }
        assertEquals(before, stored());
        storedWithTag(tag, 0);
    }

    @Test
    public void blankLinesAreReportedSkippedAndAFinalLineBreakIsNoLine() throws Exception {
        String tag = freshOwn();
        String file = line(tag, tag + "-a") + "\n\n \t\r\n" + line(tag, tag + "-b") + "\n";
        for (boolean dryRun : new boolean[] { true, false }) {
            post(file, dryRun).statusCode(200).body("rows.line", contains(1, 2, 3, 4))
                    .body("rows.outcome", contains("CREATED", "SKIPPED", "SKIPPED", "CREATED"))
                    .body("skipped", equalTo(2)).body("created", equalTo(2));
        }
        storedWithTag(tag, 2);
    }

    @Test
    public void tenMillionBlankLinesAreRefusedAtTheLineLimitAndNothingIsStored() throws Exception {
        String tag = freshOwn();
        byte[] head = (line(tag, tag + "-a") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + 10_000_000);
        Arrays.fill(body, head.length, body.length, (byte) '\n');
        long before = stored();
        HttpClient client = HttpClient.newHttpClient();
        for (String query : new String[] { "?dryRun=true", "" }) {
            long started = System.nanoTime();
            HttpResponse<String> answer = client.send(
                    HttpRequest
                            .newBuilder(URI.create(
                                    RestAssured.baseURI + ":" + RestAssured.port + collection() + "/import" + query))
                            .header("Authorization", "Bearer " + Tokens.editor())
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(413, answer.statusCode());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(null));
            JsonNode problem = json().readTree(answer.body());
            assertEquals("Request Entity Too Large", problem.get("title").asText());
            assertEquals("an import holds at most 10000 lines, blank ones included; line 10001 was refused: "
                    + "split the file", problem.get("detail").asText());
            assertTrue(millis < 20_000, "refused after " + millis + " ms");
        }
        assertEquals(before, stored());
        storedWithTag(tag, 0);
    }

    @Test
    public void exactlyTheLineLimitWithAFinalLineBreakIsImported() throws Exception {
        String tag = freshOwn();
        String file = line(tag, tag + "-a") + "\n" + "\n".repeat(9_999);
        JsonNode report = json().readTree(post(file, true).statusCode(200).extract().asByteArray());
        assertEquals(1, report.get("created").asInt());
        assertEquals(9_999, report.get("skipped").asInt());
        assertEquals(10_000, report.get("rows").size());
        assertEquals(10_000, report.get("rows").get(9_999).get("line").asInt());
        post(file + "\n", true).statusCode(413).body("detail", containsString("line 10001"));
    }

    @Test
    public void aLineOverOneMebibyteRefusesTheImportAndNothingIsStored() throws Exception {
        String tag = freshOwn();
        Map<String, Object> huge = record(tag, tag + "-huge");
        huge.put("summary", "x".repeat(1024 * 1024));
        String file = line(tag, tag + "-a") + "\n" + json().writeValueAsString(huge) + "\n" + line(tag, tag + "-b");
        long before = stored();
        for (boolean dryRun : new boolean[] { true, false }) {
            post(file, dryRun).statusCode(413).contentType("application/problem+json").body("detail",
                    equalTo("line 2 is longer than 1048576 bytes, the most one import line may hold"));
        }
        assertEquals(before, stored());
        storedWithTag(tag, 0);
    }

    @Test
    public void aReportOfAThousandLinesWithFiftyBadSourcesEachStaysSmall() throws Exception {
        String tag = freshOwn();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Map<String, Object> event = record(tag, tag + "-" + i);
            event.put("sources", Collections.nCopies(50, Map.of()));
            lines.add(json().writeValueAsString(event));
        }
        long before = stored();
        byte[] answer = post(String.join("\n", lines), false).statusCode(200).extract().asByteArray();
        assertTrue(answer.length < 300_000, "the report has " + answer.length + " bytes");
        JsonNode report = json().readTree(answer);
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
        assertEquals(before, stored());
    }
}
