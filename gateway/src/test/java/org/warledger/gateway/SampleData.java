package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warledger.testing.Tokens;

/**
 * The sample data of {@code data/sample}, loaded into the real services through their public REST APIs the way the
 * launcher loads it: rates, events, claimant identities, claims (naming their event by key), pledges (parents first).
 */
final class SampleData {

    private static final Path DIR = Path.of("..", "data", "sample");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleData() {
    }

    static void load() {
        for (JsonNode rate : array("fx-rates.json")) {
            given().baseUri(RealServices.url("aid-service")).auth().oauth2(Tokens.editor())
                    .contentType(ContentType.JSON).body(rate.toString()).post("/api/fx-rates").then().statusCode(201);
        }
        Map<String, String> eventIds = importAll("event-service", "/api/events/import", lines("events.ndjson"));
        for (JsonNode node : array("claimants.json")) {
            ObjectNode claimant = (ObjectNode) node;
            claimant.remove("parentName");
            given().baseUri(RealServices.url("casualty-service")).auth().oauth2(Tokens.editor())
                    .contentType(ContentType.JSON).body(claimant.toString()).post("/api/claimants").then()
                    .statusCode(201);
        }
        List<ObjectNode> claims = lines("claims.ndjson");
        claims.forEach(claim -> resolve(claim, "eventKey", "eventId", eventIds));
        importAll("casualty-service", "/api/casualty-claims/import", claims);
        List<ObjectNode> parents = new ArrayList<>();
        List<ObjectNode> children = new ArrayList<>();
        for (ObjectNode pledge : lines("pledges.ndjson")) {
            resolve(pledge, "eventKey", "eventId", eventIds);
            (pledge.has("parentKey") ? children : parents).add(pledge);
        }
        Map<String, String> pledgeIds = importAll("aid-service", "/api/aid-pledges/import", parents);
        children.forEach(child -> resolve(child, "parentKey", "parentId", pledgeIds));
        if (!children.isEmpty()) {
            importAll("aid-service", "/api/aid-pledges/import", children);
        }
        for (JsonNode node : array("articles.json")) {
            ObjectNode article = (ObjectNode) node.deepCopy();
            String file = article.remove("file").asText();
            try {
                article.put("text", Files.readString(DIR.resolve("articles").resolve(file)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            given().baseUri(RealServices.url("intake-service")).auth().oauth2(Tokens.editor())
                    .contentType(ContentType.JSON).body(article.toString()).post("/api/articles").then()
                    .statusCode(201);
        }
    }

    private static Map<String, String> importAll(String service, String path, List<ObjectNode> lines) {
        StringBuilder body = new StringBuilder();
        lines.forEach(line -> body.append(line).append('\n'));
        List<Map<String, String>> rows = given().baseUri(RealServices.url(service)).auth().oauth2(Tokens.editor())
                .contentType("application/x-ndjson").body(body.toString().getBytes(StandardCharsets.UTF_8)).post(path)
                .then().statusCode(200).body("rejected", equalTo(0)).extract().path("rows");
        Map<String, String> ids = new HashMap<>();
        rows.forEach(row -> ids.put(row.get("externalKey"), row.get("id")));
        return ids;
    }

    private static void resolve(ObjectNode record, String keyField, String idField, Map<String, String> ids) {
        if (record.has(keyField)) {
            record.put(idField, ids.get(record.remove(keyField).asText()));
        }
    }

    private static JsonNode array(String file) {
        try {
            return JSON.readTree(DIR.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ObjectNode> lines(String file) {
        try {
            List<ObjectNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add((ObjectNode) JSON.readTree(line));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
