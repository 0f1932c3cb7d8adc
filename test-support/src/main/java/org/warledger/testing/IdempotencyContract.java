package org.warledger.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.warledger.platform.idempotency.IdempotencyCleanup;
import org.warledger.platform.idempotency.IdempotencyKey;

/**
 * The {@code Idempotency-Key} header on a service's create (platform's {@code IdempotencyFilters}): a repeat gets the
 * first answer and creates nothing, whatever the timing; another body, another caller, a bad key, no key, a refused
 * first attempt, an expired answer and an import each behave as the README says. A service's test class names its
 * collection and how to make and find its records.
 */
public abstract class IdempotencyContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    DataSource database;

    @Inject
    IdempotencyCleanup cleanup;

    /** The collection's path, such as {@code /api/events}: its POST creates a record. */
    protected abstract String collection();

    /** The list filter that finds the records of one test by the value {@link #freshOwn()} gives. */
    protected abstract String ownFilter();

    /** A value of {@link #ownFilter()} no other test uses. */
    protected abstract String freshOwn();

    /** A valid create body carrying {@code own}, without an externalKey; a new map on every call. */
    protected abstract Map<String, Object> record(String own);

    private static String freshKey() {
        return "key-" + UUID.randomUUID();
    }

    private static String body(Map<String, Object> record) throws Exception {
        return JSON.writeValueAsString(record);
    }

    private ExtractableResponse<Response> post(String token, String key, String body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (key != null) {
            request.header(KEY, key);
        }
        return request.post(collection()).then().extract();
    }

    private int stored(String own) {
        return given().queryParam(ownFilter(), own).get(collection()).then().statusCode(200).extract()
                .<List<Object>> path("items").size();
    }

    /** The rows the table holds for a key, of any caller. */
    private int rowsFor(String key) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement count = connection
                .prepareStatement("select count(*) from idempotency_key where idempotency_key = ?")) {
            count.setString(1, key);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** Makes the stored answers of a key two days old: past the default retention of 24 hours. */
    private void age(String key) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement age = connection.prepareStatement("update idempotency_key"
                        + " set created_at = created_at - interval '2 days' where idempotency_key = ?")) {
            age.setString(1, key);
            assertEquals(1, age.executeUpdate());
        }
    }

    @Test
    public void theSameRequestTwiceWithOneKeyCreatesOneRecordAndReplaysTheFirstAnswer() throws Exception {
        String own = freshOwn();
        String key = freshKey();
        String body = body(record(own));
        ExtractableResponse<Response> first = post(Tokens.editor(), key, body);
        assertEquals(201, first.statusCode());
        assertEquals(null, first.header(REPLAYED));
        ExtractableResponse<Response> again = post(Tokens.editor(), key, body);
        assertEquals(201, again.statusCode());
        assertEquals("true", again.header(REPLAYED));
        assertEquals(first.asString(), again.asString());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(first.contentType(), again.contentType());
        String id = first.path("id");
        assertTrue(first.header("Location").endsWith("/" + id), first.header("Location"));
        assertEquals(1, stored(own));
        given().get(collection() + "/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    public void theSameKeyWithAnotherBodyIsRefusedWith422AndCreatesNothing() throws Exception {
        String own = freshOwn();
        String key = freshKey();
        Map<String, Object> record = record(own);
        String id = post(Tokens.editor(), key, body(record)).path("id");
        Map<String, Object> other = record(own);
        other.put("externalKey", "other-" + key);
        given().auth().oauth2(Tokens.editor()).contentType("application/json").header(KEY, key).body(body(other))
                .post(collection()).then().statusCode(422).contentType("application/problem+json")
                .header(REPLAYED, nullValue()).body("status", equalTo(422))
                .body("title", equalTo("Unprocessable Content"))
                .body("detail", containsString("this Idempotency-Key was used for a different request"));
        assertEquals(1, stored(own));
        ExtractableResponse<Response> replayed = post(Tokens.editor(), key, body(record));
        assertEquals("true", replayed.header(REPLAYED));
        assertEquals(id, replayed.path("id"));
    }

    @Test
    public void eightConcurrentRequestsWithOneKeyCreateExactlyOneRecord() throws Exception {
        String own = freshOwn();
        String key = freshKey();
        String body = body(record(own));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest
                .newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + collection()))
                .header("Authorization", "Bearer " + Tokens.editor()).header("Content-Type", "application/json")
                .header(KEY, key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        int created = 0;
        Set<String> ids = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> future : sent) {
            HttpResponse<String> answer = future.get();
            if (answer.statusCode() == 201) {
                if (answer.headers().firstValue(REPLAYED).isEmpty()) {
                    created++;
                } else {
                    assertEquals("true", answer.headers().firstValue(REPLAYED).get());
                }
                ids.add(JSON.readTree(answer.body()).get("id").asText());
            } else {
                assertEquals(409, answer.statusCode(), answer.body());
                assertEquals("1", answer.headers().firstValue("Retry-After").orElse(null));
                assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(null));
                JsonNode problem = JSON.readTree(answer.body());
                assertTrue(problem.get("detail").asText().contains("still being carried out"), answer.body());
            }
        }
        assertEquals(1, created);
        assertEquals(1, ids.size());
        assertEquals(1, stored(own));
        ExtractableResponse<Response> afterwards = post(Tokens.editor(), key, body);
        assertEquals("true", afterwards.header(REPLAYED));
        assertEquals(ids.iterator().next(), afterwards.path("id"));
    }

    @Test
    public void aRepeatWhileTheFirstIsStillBeingCarriedOutIsRefusedWith409AndRetryAfter() throws Exception {
        String own = freshOwn();
        String key = freshKey();
        String body = body(record(own));
        try (Connection first = database.getConnection()) {
            // Holds the key as the transaction of a first request being carried out does.
            first.setAutoCommit(false);
            try (PreparedStatement lock = first.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, ByteBuffer.wrap(IdempotencyKey.scope("alice", "POST", collection(), key)).getLong());
                lock.execute();
            }
            given().auth().oauth2(Tokens.editor()).contentType("application/json").header(KEY, key).body(body)
                    .post(collection()).then().statusCode(409).contentType("application/problem+json")
                    .header("Retry-After", "1").body("status", equalTo(409))
                    .body("detail", containsString("still being carried out"));
            first.rollback();
        }
        assertEquals(0, stored(own));
        assertEquals(0, rowsFor(key));
        ExtractableResponse<Response> retried = post(Tokens.editor(), key, body);
        assertEquals(201, retried.statusCode());
        assertEquals(null, retried.header(REPLAYED));
        assertEquals(1, stored(own));
    }

    @Test
    public void anotherCallerWithTheSameKeyGetsARecordOfItsOwn() throws Exception {
        String own = freshOwn();
        String key = freshKey();
        String body = body(record(own));
        ExtractableResponse<Response> alice = post(Tokens.editor(), key, body);
        ExtractableResponse<Response> carol = post(Tokens.token("carol-" + UUID.randomUUID(), "editor"), key, body);
        assertEquals(201, alice.statusCode());
        assertEquals(201, carol.statusCode());
        assertEquals(null, carol.header(REPLAYED));
        assertNotEquals(alice.<String> path("id"), carol.<String> path("id"));
        assertEquals(2, stored(own));
        assertEquals(2, rowsFor(key));
    }

    @Test
    public void aKeyThatIsEmptyTooLongOrNotPrintableAsciiIsRefusedWith400NamingTheHeader() throws Exception {
        String own = freshOwn();
        String body = body(record(own));
        for (String bad : new String[] { "", "k".repeat(201), "tab\tinside", "clé" }) {
            given().auth().oauth2(Tokens.editor()).contentType("application/json").header(KEY, bad).body(body)
                    .post(collection()).then().statusCode(400).contentType("application/problem+json")
                    .body("violations", hasSize(1)).body("violations[0].field", equalTo(KEY))
                    .body("violations[0].in", equalTo("header"))
                    .body("violations[0].message", containsString("must be 1 to 200 printable ASCII characters"));
        }
        assertEquals(0, stored(own));
        String longest = "~ !" + "k".repeat(197);
        assertEquals(201, post(Tokens.editor(), longest, body).statusCode());
        assertEquals("true", post(Tokens.editor(), longest, body).header(REPLAYED));
        assertEquals(1, stored(own));
    }

    @Test
    public void withoutAKeyEachPostCreatesARecordAsBefore() throws Exception {
        String own = freshOwn();
        String body = body(record(own));
        ExtractableResponse<Response> first = post(Tokens.editor(), null, body);
        ExtractableResponse<Response> second = post(Tokens.editor(), null, body);
        assertEquals(201, first.statusCode());
        assertEquals(201, second.statusCode());
        assertEquals(null, second.header(REPLAYED));
        assertNotEquals(first.<String> path("id"), second.<String> path("id"));
        assertEquals(2, stored(own));
    }

    @Test
    public void aRefusedFirstAttemptLeavesTheKeyFreeForTheCorrectedRequest() throws Exception {
        String own = freshOwn();
        String key = freshKey();
        Map<String, Object> invalid = record(own);
        invalid.put("sources", List.of(Map.of()));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").header(KEY, key).body(body(invalid))
                .post(collection()).then().statusCode(400).contentType("application/problem+json")
                .header(REPLAYED, nullValue()).body("violations.message",
                        org.hamcrest.Matchers.hasItem("a source needs a url, a publisher or a title"));
        assertEquals(0, rowsFor(key));
        String body = body(record(own));
        ExtractableResponse<Response> corrected = post(Tokens.editor(), key, body);
        assertEquals(201, corrected.statusCode());
        assertEquals(null, corrected.header(REPLAYED));
        assertEquals("true", post(Tokens.editor(), key, body).header(REPLAYED));
        assertEquals(1, stored(own));
    }

    @Test
    public void aRequestWithoutATokenIsRefusedWith401AndTakesNoKey() throws Exception {
        String own = freshOwn();
        String key = freshKey();
        given().contentType("application/json").header(KEY, key).body(body(record(own))).post(collection()).then()
                .statusCode(401).contentType("application/problem+json");
        assertEquals(0, rowsFor(key));
        assertEquals(0, stored(own));
    }

    @Test
    public void anAnswerPastTheRetentionIsForgottenAndTheKeyCreatesAgain() throws Exception {
        String own = freshOwn();
        String key = freshKey();
        String body = body(record(own));
        String first = post(Tokens.editor(), key, body).path("id");
        age(key);
        ExtractableResponse<Response> again = post(Tokens.editor(), key, body);
        assertEquals(201, again.statusCode());
        assertEquals(null, again.header(REPLAYED));
        assertNotEquals(first, again.<String> path("id"));
        assertEquals(2, stored(own));
        assertEquals(1, rowsFor(key));
    }

    @Test
    public void theCleanupRemovesAnswersPastTheRetentionAndKeepsTheOthers() throws Exception {
        String own = freshOwn();
        String old = freshKey();
        String recent = freshKey();
        String body = body(record(own));
        post(Tokens.editor(), old, body);
        String kept = post(Tokens.editor(), recent, body).path("id");
        age(old);
        assertTrue(cleanup.removeExpired() >= 1);
        assertEquals(0, rowsFor(old));
        assertEquals(1, rowsFor(recent));
        ExtractableResponse<Response> replayed = post(Tokens.editor(), recent, body);
        assertEquals("true", replayed.header(REPLAYED));
        assertEquals(kept, replayed.path("id"));
    }

    @Test
    public void anImportIgnoresTheKeyAndIsDeduplicatedByExternalKeyInstead() throws Exception {
        String own = freshOwn();
        String key = freshKey();
        Map<String, Object> record = record(own);
        record.put("externalKey", own + "-import");
        byte[] line = (body(record) + "\n").getBytes(StandardCharsets.UTF_8);
        for (String outcome : new String[] { "CREATED", "EXISTING" }) {
            given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson").header(KEY, key).body(line)
                    .post(collection() + "/import").then().statusCode(200).header(REPLAYED, nullValue())
                    .body("rows[0].outcome", equalTo(outcome));
        }
        assertEquals(0, rowsFor(key));
        assertEquals(1, stored(own));
    }
}
