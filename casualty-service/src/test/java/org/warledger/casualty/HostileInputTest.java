package org.warledger.casualty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * What an attacker sends to casualty-service, class by class: each request is a 4xx problem+json, and the changedSince
 * feed shows that nothing was written.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class HostileInputTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/api/casualty-claims")
    URI endpoint;

    /** Escapes every non-ASCII character, so that a lone surrogate reaches the service as the JSON escape it is. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    private static final String LIBRARY_NAMES = "(?s).*(`|Jackson|jackson|StreamReadConstraints|Exception|Feature|"
            + "com\\.fasterxml|org\\.).*";

    static Stream<Arguments> hostileFields() {
        return Stream.of(bad("NUL in the claimant", "claimant", c -> c.put("claimant", "Ukraine\u0000MoD")),
                bad("a lone surrogate in the claimant", "claimant", c -> c.put("claimant", "Ukraine \ud83d MoD")),
                bad("a claimant of no-break and zero-width spaces", "claimant", c -> c.put("claimant", "\u00a0\u200b")),
                bad("a claimant with a trailing zero-width space", "claimant",
                        c -> c.put("claimant", "Ukraine MoD\u200b")),
                bad("a claimant with a right-to-left override", "claimant",
                        c -> c.put("claimant", "\u202eUkraine MoD")),
                bad("a force with a word joiner", "force", c -> c.put("force", "Wagner\u2060Group")),
                bad("a vertical tab in a source quote", "sources[0].quote",
                        c -> c.put("sources", List.of(Map.of("publisher", "Reuters", "quote", "a\u000bb")))),
                bad("MORE_THAN Long.MAX_VALUE", "figure.value",
                        c -> c.put("figure", Map.of("qualifier", "MORE_THAN", "value", Long.MAX_VALUE))),
                bad("APPROXIMATELY Long.MAX_VALUE", "figure.value",
                        c -> c.put("figure", Map.of("qualifier", "APPROXIMATELY", "value", Long.MAX_VALUE))),
                bad("a range up to Long.MAX_VALUE", "figure.high",
                        c -> c.put("figure", Map.of("qualifier", "RANGE", "low", 1, "high", Long.MAX_VALUE))),
                bad("51 sources", "sources", c -> c.put("sources",
                        IntStream.range(0, 51).mapToObj(i -> Map.of("publisher", "P" + i)).toList())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFields")
    void aHostileFieldIs400NamingItAndWritesNothing(String name, String field, Consumer<Map<String, Object>> spoil) {
        Map<String, Object> claim = claim();
        spoil.accept(claim);
        Instant start = Instant.now();
        post(json(claim)).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field)).body("detail", not(matchesPattern(LIBRARY_NAMES)));
        assertNothingChangedSince(start);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { " xyz", " {}", "]" })
    void aBodyFollowedByAnythingIsRefused(String trailing) {
        Instant start = Instant.now();
        post(json(claim()) + trailing).statusCode(400).contentType("application/problem+json").body("detail",
                not(matchesPattern(LIBRARY_NAMES)));
        assertNothingChangedSince(start);
    }

    @Test
    void aDeeplyNestedBodyIsRefusedInPlainWords() {
        Instant start = Instant.now();
        post("{\"figure\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "}").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("deep"))
                .body("detail", not(matchesPattern(LIBRARY_NAMES)));
        assertNothingChangedSince(start);
    }

    @Test
    void twentyThousandEmptySourcesAreRefusedAtOnce() throws Exception {
        String sources = IntStream.range(0, 20_000).mapToObj(i -> "{}").collect(Collectors.joining(","));
        String body = json(claim()).replaceFirst("\"sources\":\\[.*?\\}\\]", "\"sources\":[" + sources + "]");
        Instant start = Instant.now();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long began = System.nanoTime();
            HttpResponse<String> answer = send(body);
            best = Math.min(best, (System.nanoTime() - began) / 1_000_000);
            assertEquals(400, answer.statusCode(), answer.body());
            JsonNode violation = JSON.readTree(answer.body()).path("violations").path(0);
            assertEquals("sources", violation.path("field").asText());
            assertEquals("must hold at most 50 items", violation.path("message").asText());
        }
        assertTrue(best < 100, "20,000 empty sources took " + best + " ms to refuse");
        assertNothingChangedSince(start);
    }

    @Test
    void aRevisionStatedBeforeItsAsOfIsRefusedAsACreateIs() {
        String id = Claims.createId(claim());
        Instant start = Instant.now();
        Claims.revise(id,
                Map.of("version", 0, "figure", Map.of("qualifier", "EXACT", "value", 900), "asOf", "2024-08-01",
                        "statedOn", "2024-07-01", "sources", List.of(Map.of("publisher", "Reuters"))))
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("statedOn"))
                .body("violations[0].message", equalTo("statedOn must not be before asOf for a CUMULATIVE figure"));
        Map<String, Object> create = claim();
        create.put("statedOn", "2024-06-01");
        post(json(create)).statusCode(400).body("violations[0].message",
                equalTo("statedOn must not be before asOf for a CUMULATIVE figure"));
        assertNothingChangedSince(start);
        given().get(Claims.CLAIMS + "/" + id + "/history").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void aRevisionOfAHugeFigureIsRefused() {
        String id = Claims.createId(claim());
        Instant start = Instant.now();
        Claims.revise(id,
                Map.of("version", 0, "figure", Map.of("qualifier", "MORE_THAN", "value", Long.MAX_VALUE), "asOf",
                        "2024-08-01", "sources", List.of(Map.of("publisher", "Reuters"))))
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("figure.value"));
        assertNothingChangedSince(start);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = { "claimant=Ukraine%00", "claimant=Ukraine%20MoD%E2%80%8B", "ids=", "eventId=", "eventId=%00" })
    void aHostileQueryParameterIs400NamingIt(String query) {
        String parameter = query.substring(0, query.indexOf('='));
        given().urlEncodingEnabled(false).get(Claims.CLAIMS + "?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(parameter));
    }

    @Test
    void aSeriesForAClaimantWithNulIsRefused() {
        given().urlEncodingEnabled(false)
                .get(Claims.CLAIMS + "/series?subject=RU&category=KILLED&claimant=Ukraine%00MoD").then().statusCode(400)
                .body("violations[0].field", equalTo("claimant"));
    }

    @Test
    void aLookUpTakesUpTo500IdsAndNoMore() {
        String known = Claims.createId(claim());
        List<String> ids = new ArrayList<>(List.of(known));
        while (ids.size() < 150) {
            ids.add(UUID.randomUUID().toString());
        }
        given().get(Claims.CLAIMS + "?ids=" + String.join(",", ids)).then().statusCode(200).body("items", hasSize(1));
        while (ids.size() < 500) {
            ids.add(UUID.randomUUID().toString());
        }
        given().get(Claims.CLAIMS + "?ids=" + String.join(",", ids)).then().statusCode(200).body("items", hasSize(1));
        given().get(Claims.CLAIMS + "?eventId=" + String.join(",", ids)).then().statusCode(200);
        ids.add(UUID.randomUUID().toString());
        given().get(Claims.CLAIMS + "?ids=" + String.join(",", ids)).then().statusCode(400).body("violations[0].field",
                equalTo("ids"));
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(Arguments.of("for another audience", Tokens.otherAudience(), "valid bearer token"),
                Arguments.of("issued an hour ahead", Tokens.issuedIn(3600), ""),
                Arguments.of("issued 13 hours ago and not yet expired",
                        Tokens.editorWith(c -> c.issuedAt(Instant.now().minusSeconds(13 * 3600))
                                .expiresAt(Instant.now().plusSeconds(3600))),
                        ""),
                Arguments.of("without a subject", Tokens.withoutSubject(), "subject"), Arguments
                        .of("with a 300-character subject", Tokens.token("s".repeat(300), "editor"), "200 characters"));
    }

    @ParameterizedTest(name = "a token {0}")
    @MethodSource("badTokens")
    void aBadTokenIs401SayingWhyAndWritesNothing(String name, String token, String why) {
        Instant start = Instant.now();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(json(claim())).post(Claims.CLAIMS).then()
                .statusCode(401).contentType("application/problem+json").body("detail", containsString(why));
        assertNothingChangedSince(start);
    }

    private static Map<String, Object> claim() {
        return new HashMap<>(Claims.cumulative("Ukrainian General Staff", "RU", "KILLED_OR_WOUNDED", "MORE_THAN",
                555_620, "2024-07-31"));
    }

    /** Large bodies go through a plain HTTP client, which does not format them for its logs while it sends them. */
    private HttpResponse<String> send(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.editor()).POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNothingChangedSince(Instant start) {
        given().get(Claims.CLAIMS + "?changedSince=" + start + "&limit=500").then().statusCode(200).body("items",
                hasSize(0));
    }

    private static Arguments bad(String name, String field, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(name, field, spoil);
    }

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(Claims.CLAIMS)
                .then();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
