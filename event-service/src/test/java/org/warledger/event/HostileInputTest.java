package org.warledger.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/**
 * What an attacker sends, class by class: each request is a 4xx problem+json, and the changedSince feed shows that
 * nothing was written.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class HostileInputTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/api/events")
    URI events;

    /** Escapes every non-ASCII character, so that a lone surrogate reaches the service as the JSON escape it is. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    private static final String LIBRARY_NAMES = "(?s).*(`|Jackson|jackson|StreamReadConstraints|Exception|Feature|"
            + "com\\.fasterxml|org\\.).*";

    static Stream<Arguments> hostileFields() {
        return Stream.of(bad("NUL in the title", "title", e -> e.put("title", "North\u0000Korea")),
                bad("an escape character in the summary", "summary", e -> e.put("summary", "text \u001b[31m red")),
                bad("NUL in an actor", "actors[1]", e -> e.put("actors", List.of("NATO", "Russia\u0000"))),
                bad("a lone high surrogate in the title", "title", e -> e.put("title", "troops \ud800 deployed")),
                bad("a lone low surrogate in a source quote", "sources[0].quote",
                        e -> e.put("sources", List.of(Map.of("publisher", "Reuters", "quote", "said \udc00")))),
                bad("a title of no-break and zero-width spaces", "title",
                        e -> e.put("title", "\u00a0\u200b\u2060\ufeff")),
                bad("an actor of zero-width spaces", "actors[0]", e -> e.put("actors", List.of("\u200b\u200b"))),
                bad("an actor with a trailing zero-width space", "actors[0]",
                        e -> e.put("actors", List.of("Ukraine MoD\u200b"))),
                bad("an actor with a right-to-left override", "actors[0]",
                        e -> e.put("actors", List.of("\u202eUkraine MoD"))),
                bad("a tag with a no-break space", "tags[0]", e -> e.put("tags", List.of("kursk\u00a0front"))),
                bad("a claimant with a zero-width joiner", "quantities[0].claimant",
                        e -> e.put("quantities", List.of(quantity("EXACT", 10, "US\u200dofficials")))),
                bad("a publisher with a byte-order mark", "sources[0].publisher",
                        e -> e.put("sources", List.of(Map.of("publisher", "\ufeffReuters")))),
                bad("a figure of Long.MAX_VALUE stated MORE_THAN", "quantities[0].figure.value",
                        e -> e.put("quantities", List.of(quantity("MORE_THAN", Long.MAX_VALUE, "US officials")))),
                bad("a figure of Long.MAX_VALUE stated APPROXIMATELY", "quantities[0].figure.value",
                        e -> e.put("quantities", List.of(quantity("APPROXIMATELY", Long.MAX_VALUE, "US officials")))),
                bad("a figure just above 10^12", "quantities[0].figure.value",
                        e -> e.put("quantities", List.of(quantity("EXACT", 1_000_000_000_001L, "US officials")))),
                bad("101 actors", "actors", e -> e.put("actors", Collections.nCopies(101, "NATO"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFields")
    void aHostileFieldIs400NamingItAndWritesNothing(String name, String field, Consumer<Map<String, Object>> spoil) {
        Map<String, Object> event = SampleEvents.kursk("hostile");
        spoil.accept(event);
        Instant start = Instant.now();
        post(json(event)).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field)).body("detail", not(matchesLibrary()));
        assertNothingChangedSince(start);
    }

    @Test
    void aNumberBeyondALongIs400NamingTheField() {
        Instant start = Instant.now();
        String body = json(SampleEvents.kursk("hostile")).replace("\"value\":11000", "\"value\":99999999999999999999");
        post(body).statusCode(400).contentType("application/problem+json").body("violations[0].field",
                equalTo("quantities[0].figure.value"));
        assertNothingChangedSince(start);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { " xyz", " {}", " [1]", " \"more\"", "}" })
    void aBodyFollowedByAnythingIsRefused(String trailing) {
        Instant start = Instant.now();
        post(json(SampleEvents.kursk("hostile")) + trailing).statusCode(400).contentType("application/problem+json")
                .body("detail", not(matchesLibrary()));
        assertNothingChangedSince(start);
    }

    @Test
    void aDeeplyNestedBodyIsRefusedInPlainWords() throws Exception {
        Instant start = Instant.now();
        // An unknown member is skipped, and skipping reads the nesting all the same.
        String body = "{\"extra\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        HttpResponse<String> answer = send(body);
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(null));
        String detail = JSON.readTree(answer.body()).path("detail").asText();
        assertTrue(detail.contains("deep"), detail);
        assertFalse(detail.matches(LIBRARY_NAMES), detail);
        assertNothingChangedSince(start);
    }

    @Test
    void aBodyLongerThanTheLimitIs413BeforeItIsRead() throws Exception {
        Instant start = Instant.now();
        // Only the head is sent: the answer comes on the declared length alone, before any byte of the body.
        try (Socket socket = new Socket(events.getHost(), events.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + Tokens.editor() + "\r\nContent-Length: " + 5 * 1024 * 1024
                    + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("longer than"), answer);
        }
        assertNothingChangedSince(start);
    }

    @Test
    void twentyThousandEmptyActorsAreRefusedAtOnce() throws Exception {
        Instant start = Instant.now();
        // A million elements are refused the same way (platform JsonPolicyTest); over HTTP 20,000 show the cost.
        for (int elements : new int[] { 20_000 }) {
            String actors = IntStream.range(0, elements).mapToObj(i -> "\"\"").collect(Collectors.joining(","));
            String body = json(SampleEvents.kursk("hostile")).replaceFirst("\"actors\":\\[[^\\]]*\\]",
                    "\"actors\":[" + actors + "]");
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long began = System.nanoTime();
                HttpResponse<String> answer = send(body);
                best = Math.min(best, (System.nanoTime() - began) / 1_000_000);
                assertEquals(400, answer.statusCode(), answer.body());
                JsonNode violation = JSON.readTree(answer.body()).path("violations").path(0);
                assertEquals("actors", violation.path("field").asText());
                assertEquals("must hold at most 100 items", violation.path("message").asText());
            }
            assertTrue(best < 100, elements + " empty actors took " + best + " ms to refuse");
        }
        assertNothingChangedSince(start);
    }

    /** Large bodies go through a plain HTTP client, which does not copy them into its logs when a check fails. */
    private HttpResponse<String> send(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(events).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.editor()).POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void violationsAreListedUpToFiftyWithTheirCount() {
        Map<String, Object> event = SampleEvents.kursk("hostile");
        event.put("actors", Collections.nCopies(100, ""));
        Instant start = Instant.now();
        post(json(event)).statusCode(400).contentType("application/problem+json").body("violations", hasSize(50))
                .body("violationCount", equalTo(100)).body("detail", containsString("50 more"));
        assertNothingChangedSince(start);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "q=a%00b", "actor=NATO%00", "tag=%00", "actor=Ukraine%20MoD%E2%80%8B",
            "actor=%E2%80%AEUkraine%20MoD", "ids=", "ids=%00" })
    void aHostileQueryParameterIs400NamingIt(String query) {
        String parameter = query.substring(0, query.indexOf('='));
        given().urlEncodingEnabled(false).get("/api/events?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(parameter))
                .body("violations[0].in", equalTo("query"));
    }

    @Test
    void aQueryTextOver500CharactersIs400() {
        given().get("/api/events?q=" + "x".repeat(501)).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("q"));
    }

    @Test
    void aLookUpTakesUpTo500IdsAndNoMore() {
        String first = createId(SampleEvents.kursk("lookup"));
        String second = createId(SampleEvents.kursk("lookup"));
        List<String> ids = new ArrayList<>(List.of(first, second));
        while (ids.size() < 150) {
            ids.add(UUID.randomUUID().toString());
        }
        given().get("/api/events?ids=" + String.join(",", ids)).then().statusCode(200).body("items", hasSize(2));
        while (ids.size() < 500) {
            ids.add(UUID.randomUUID().toString());
        }
        given().get("/api/events?ids=" + String.join(",", ids)).then().statusCode(200).body("items", hasSize(2));
        ids.add(UUID.randomUUID().toString());
        given().get("/api/events?ids=" + String.join(",", ids)).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("ids"));
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(Arguments.of("signed by another key", Tokens.forged(), "valid bearer token"),
                Arguments.of("for another audience", Tokens.otherAudience(), "valid bearer token"),
                Arguments.of("without an audience", Tokens.noAudience(), "valid bearer token"),
                Arguments.of("issued an hour ahead", Tokens.issuedIn(3600), ""),
                Arguments.of("issued two minutes ahead", Tokens.issuedIn(120), ""),
                Arguments.of("valid only from an hour ahead",
                        Tokens.editorWith(c -> c.claim("nbf", Instant.now().plusSeconds(3600).getEpochSecond())), ""),
                Arguments.of("issued 13 hours ago and not yet expired",
                        Tokens.editorWith(c -> c.issuedAt(Instant.now().minusSeconds(13 * 3600))
                                .expiresAt(Instant.now().plusSeconds(3600))),
                        ""),
                Arguments.of("without a subject", Tokens.withoutSubject(), "subject"),
                Arguments.of("with a 300-character subject", Tokens.token("s".repeat(300), "editor"), "200 characters"),
                Arguments.of("with NUL in its subject", Tokens.token("ali\u0000ce", "editor"), "subject"),
                Arguments.of("that is no token at all", "not-a-token", "valid bearer token"));
    }

    @ParameterizedTest(name = "a token {0}")
    @MethodSource("badTokens")
    void aBadTokenIs401SayingWhyAndWritesNothing(String name, String token, String why) {
        Instant start = Instant.now();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(json(SampleEvents.kursk("token")))
                .post("/api/events").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer")).body("detail", containsString(why))
                .body("detail", not(matchesLibrary()));
        assertNothingChangedSince(start);
    }

    @Test
    void aTokenIssuedWithinTheClockSkewIsAccepted() {
        given().auth().oauth2(Tokens.issuedIn(20)).contentType(ContentType.JSON).body(json(SampleEvents.kursk("skew")))
                .post("/api/events").then().statusCode(201);
    }

    @Test
    void concurrentIfMatchUpdatesOfOneVersionGiveOneSuccessAndOnly412s() throws Exception {
        String id = createId(SampleEvents.kursk("race"));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Callable<Integer>> updates = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Map<String, Object> change = SampleEvents.kursk("race");
                change.put("title", "Revised title " + i);
                String body = json(change);
                updates.add(() -> {
                    gate.await();
                    return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                            .header("If-Match", "\"0\"").body(body).put("/api/events/" + id).then().extract()
                            .statusCode();
                });
            }
            List<Future<Integer>> answers = updates.stream().map(pool::submit).toList();
            gate.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, Collections.frequency(statuses, 200), "statuses: " + statuses);
            assertEquals(writers - 1, Collections.frequency(statuses, 412), "statuses: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/events/" + id).then().statusCode(200).body("version", equalTo(1));
    }

    private static org.hamcrest.Matcher<String> matchesLibrary() {
        return org.hamcrest.Matchers.matchesPattern(LIBRARY_NAMES);
    }

    /** Nothing was created or changed since the instant: the changedSince feed, which lists every write, is empty. */
    private static void assertNothingChangedSince(Instant start) {
        given().get("/api/events?changedSince=" + start + "&limit=500").then().statusCode(200).body("items",
                hasSize(0));
    }

    private static Map<String, Object> quantity(String qualifier, long value, String claimant) {
        return Map.of("measure", "troops deployed", "unit", "persons", "figure",
                Map.of("qualifier", qualifier, "value", value), "claimant", claimant);
    }

    private static Arguments bad(String name, String field, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(name, field, spoil);
    }

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post("/api/events")
                .then();
    }

    private static String createId(Map<String, Object> event) {
        return post(json(event)).statusCode(201).extract().path("id");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
