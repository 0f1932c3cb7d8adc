package org.warledger.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.event.repository.EventRepository;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class EventImportTest {

    @Inject
    EventRepository repository;

    @Inject
    ObjectMapper json;

    private String line(Map<String, Object> event) throws Exception {
        return json.writeValueAsString(event);
    }

    private Map<String, Object> keyed(String tag, String key) {
        Map<String, Object> event = SampleEvents.kursk(tag);
        event.put("externalKey", key);
        return event;
    }

    private io.restassured.response.ValidatableResponse post(String body, String token) {
        var request = given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8));
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/api/events/import").then();
    }

    @Test
    void validLinesAreStoredInvalidOnesReportedByLineAndARepeatChangesNothing() throws Exception {
        String tag = "import-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> bad = keyed(tag, tag + "-bad");
        bad.put("title", "");
        Map<String, Object> noKey = SampleEvents.kursk(tag);
        String file = String.join("\n", line(keyed(tag, tag + "-1")), "", line(bad), "{not json",
                line(keyed(tag, tag + "-2")), line(noKey), line(keyed(tag, tag + "-1")));
        long before = repository.count();
        post(file, Tokens.editor()).statusCode(200).body("created", equalTo(2)).body("existing", equalTo(1))
                .body("rejected", equalTo(3)).body("skipped", equalTo(1))
                .body("rows.line", contains(1, 2, 3, 4, 5, 6, 7))
                .body("rows.outcome",
                        contains("CREATED", "SKIPPED", "REJECTED", "REJECTED", "CREATED", "REJECTED", "EXISTING"))
                .body("rows[2].violations.field", hasItem("title")).body("rows[2].violationCount", equalTo(1))
                .body("rows[3].violations[0].message", containsString("not valid JSON"))
                .body("rows[5].violations.field", hasItem("externalKey"))
                .body("rows[6].externalKey", equalTo(tag + "-1"));
        assertEquals(before + 2, repository.count());

        post(file, Tokens.editor()).statusCode(200).body("created", equalTo(0)).body("existing", equalTo(3))
                .body("skipped", equalTo(1));
        assertEquals(before + 2, repository.count());
        given().queryParam("tag", tag).get("/api/events").then().body("items", hasSize(2));
    }

    @Test
    void aDryRunReportsWhatAnImportWouldDoAndStoresNothing() throws Exception {
        String tag = "dry-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> bad = keyed(tag, tag + "-bad");
        bad.put("title", "");
        String file = String.join("\n", line(keyed(tag, tag + "-1")), line(bad), line(keyed(tag, tag + "-2")));
        long before = repository.count();
        given().contentType("application/x-ndjson").body(file.getBytes(StandardCharsets.UTF_8)).auth()
                .oauth2(Tokens.editor()).queryParam("dryRun", "true").post("/api/events/import").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(2)).body("rejected", equalTo(1))
                .body("rows.outcome", contains("CREATED", "REJECTED", "CREATED")).body("rows[0].id", nullValue());
        assertEquals(before, repository.count());
        given().queryParam("tag", tag).get("/api/events").then().body("items", hasSize(0));

        post(file, Tokens.editor()).statusCode(200).body("dryRun", equalTo(false)).body("created", equalTo(2))
                .body("rows[0].id", org.hamcrest.Matchers.notNullValue());
        assertEquals(before + 2, repository.count());
        given().contentType("application/x-ndjson").body(file.getBytes(StandardCharsets.UTF_8)).auth()
                .oauth2(Tokens.editor()).queryParam("dryRun", "true").post("/api/events/import").then().statusCode(200)
                .body("existing", equalTo(2)).body("rows[0].id", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void dryRunTakesOnlyTrueOrFalse() throws Exception {
        long before = repository.count();
        given().contentType("application/x-ndjson")
                .body(line(keyed("x", "dry-bad-" + UUID.randomUUID())).getBytes(StandardCharsets.UTF_8)).auth()
                .oauth2(Tokens.editor()).queryParam("dryRun", "yes").post("/api/events/import").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("dryRun"))
                .body("violations[0].in", equalTo("query"));
        assertEquals(before, repository.count());
    }

    @Test
    void anImportNeedsTheEditorRoleAndABody() throws Exception {
        String file = line(keyed("x", "import-auth-" + UUID.randomUUID()));
        post(file, null).statusCode(401);
        post(file, Tokens.reader()).statusCode(403);
        post("", Tokens.editor()).statusCode(400).contentType("application/problem+json").body("detail",
                containsString("holds no record"));
        post("\n \n\t\n", Tokens.editor()).statusCode(400).contentType("application/problem+json").body("detail",
                containsString("holds no record"));
    }

    @Test
    void exportGivesTheListAsNdjsonInParts() throws Exception {
        String tag = "export-" + UUID.randomUUID().toString().substring(0, 8);
        post(String.join("\n", line(keyed(tag, tag + "-a")), line(keyed(tag, tag + "-b")),
                line(keyed(tag, tag + "-c"))), Tokens.editor()).statusCode(200).body("created", equalTo(3));
        var first = given().queryParam("tag", tag).queryParam("limit", 2).get("/api/events/export").then()
                .statusCode(200).contentType(containsString("application/x-ndjson")).extract();
        List<String> lines = first.asString().lines().toList();
        assertEquals(2, lines.size());
        assertEquals(tag, json.readTree(lines.get(0)).get("tags").get(0).asText());
        String next = first.header("Warledger-Next-Cursor");
        var second = given().queryParam("tag", tag).queryParam("limit", 2).queryParam("after", next)
                .get("/api/events/export").then().statusCode(200).extract();
        assertEquals(1, second.asString().lines().count());
        assertEquals(null, second.header("Warledger-Next-Cursor"));
        given().queryParam("limit", 10_001).get("/api/events/export").then().statusCode(400)
                .body("violations[0].field", equalTo("limit")).body("detail", containsString("10000"))
                .body("instance", containsString("export")).body("type", equalTo("about:blank"))
                .body("violations[0].in", equalTo("query")).body("title", equalTo("Bad Request"))
                .body("status", equalTo(400)).body("extensions", nullValue());
    }
}
