package org.warledger.aid;

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
 * What an attacker sends to aid-service, class by class: each request is a 4xx problem+json, and the changedSince feed
 * (and the rate list) show that nothing was written.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class HostileInputTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/api/aid-pledges")
    URI endpoint;

    /** Escapes every non-ASCII character, so that a lone surrogate reaches the service as the JSON escape it is. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    private static final String LIBRARY_NAMES = "(?s).*(`|Jackson|jackson|StreamReadConstraints|Exception|Feature|"
            + "com\\.fasterxml|org\\.).*";

    static Stream<Arguments> hostileFields() {
        return Stream.of(bad("NUL in the title", "title", p -> p.put("title", "F-16\u0000s")),
                bad("a lone surrogate in the timeframe", "timeframe", p -> p.put("timeframe", "by \udbff summer")),
                bad("a title of no-break and zero-width spaces", "title", p -> p.put("title", "\u00a0\u200b\u3000")),
                bad("a donor with a zero-width space", "donor", p -> p.put("donor", "DE\u200b")),
                bad("an item name with a right-to-left override", "items[0].name",
                        p -> p.put("items", List.of(Map.of("name", "\u202eF-16", "category", "AIRCRAFT")))),
                bad("a publisher with a zero-width non-joiner", "sources[0].publisher",
                        p -> p.put("sources", List.of(Map.of("publisher", "Reuters\u200c")))),
                bad("an amount above 10^15", "value.amount",
                        p -> p.put("value", Map.of("amount", "1000000000000000.01", "currency", "EUR"))),
                bad("an amount of 1e1000000", "value.amount",
                        p -> p.put("value", Map.of("amount", "1e1000000", "currency", "EUR"))),
                bad("a quantity of Long.MAX_VALUE", "items[0].quantity", p -> p.put("items",
                        List.of(Map.of("name", "shells", "category", "AMMUNITION", "quantity", Long.MAX_VALUE)))),
                bad("101 items", "items", p -> p.put("items",
                        IntStream.range(0, 101).mapToObj(i -> Map.of("name", "x", "category", "OTHER")).toList())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFields")
    void aHostileFieldIs400NamingItAndWritesNothing(String name, String field, Consumer<Map<String, Object>> spoil) {
        Map<String, Object> pledge = pledge();
        spoil.accept(pledge);
        Instant start = Instant.now();
        post(json(pledge).replace("\"amount\":\"", "\"amount\":").replaceAll("(\"amount\":[0-9.e]+)\"", "$1"))
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(field))
                .body("detail", not(matchesPattern(LIBRARY_NAMES)));
        assertNothingChangedSince(start);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { " xyz", " {}", "\u0000" })
    void aBodyFollowedByAnythingIsRefused(String trailing) {
        Instant start = Instant.now();
        post(json(pledge()) + trailing).statusCode(400).contentType("application/problem+json").body("detail",
                not(matchesPattern(LIBRARY_NAMES)));
        assertNothingChangedSince(start);
    }

    @Test
    void aDeeplyNestedBodyIsRefusedInPlainWords() {
        Instant start = Instant.now();
        post("{\"items\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("deep"))
                .body("detail", not(matchesPattern(LIBRARY_NAMES)));
        assertNothingChangedSince(start);
    }

    @Test
    void twentyThousandEmptyItemsAreRefusedAtOnce() throws Exception {
        String items = IntStream.range(0, 20_000).mapToObj(i -> "{}").collect(Collectors.joining(","));
        Map<String, Object> pledge = pledge();
        pledge.put("items", List.of());
        String body = json(pledge).replace("\"items\":[]", "\"items\":[" + items + "]");
        Instant start = Instant.now();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long began = System.nanoTime();
            HttpResponse<String> answer = send(body);
            best = Math.min(best, (System.nanoTime() - began) / 1_000_000);
            assertEquals(400, answer.statusCode(), answer.body());
            JsonNode violation = JSON.readTree(answer.body()).path("violations").path(0);
            assertEquals("items", violation.path("field").asText());
            assertEquals("must hold at most 100 items", violation.path("message").asText());
        }
        assertTrue(best < 100, "20,000 empty items took " + best + " ms to refuse");
        assertNothingChangedSince(start);
    }

    @Test
    void aRateWithAControlCharacterInItsSourceIsRefused() {
        int before = given().get(Pledges.RATES + "?limit=500").then().statusCode(200).extract().path("items.size()");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body("{\"date\":\"2024-07-01\",\"currency\":\"NOK\",\"perEur\":11.5,\"source\":\"ECB\\u0007\"}")
                .post(Pledges.RATES).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("source"));
        int after = given().get(Pledges.RATES + "?limit=500").then().statusCode(200).extract().path("items.size()");
        assertEquals(before, after);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "ids=", "eventId=", "eventId=%00", "currency=EUR%00", "groupBy=donor%00" })
    void aHostileQueryParameterIs400NamingIt(String query) {
        String parameter = query.substring(0, query.indexOf('='));
        String path = parameter.equals("currency") || parameter.equals("groupBy") ? Pledges.PLEDGES + "/totals"
                : Pledges.PLEDGES;
        given().urlEncodingEnabled(false).get(path + "?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(parameter));
    }

    @Test
    void aLookUpTakesUpTo500IdsAndNoMore() {
        String known = Pledges.createId(pledge());
        List<String> ids = new ArrayList<>(List.of(known));
        while (ids.size() < 150) {
            ids.add(UUID.randomUUID().toString());
        }
        given().get(Pledges.PLEDGES + "?ids=" + String.join(",", ids)).then().statusCode(200).body("items", hasSize(1));
        while (ids.size() < 500) {
            ids.add(UUID.randomUUID().toString());
        }
        given().get(Pledges.PLEDGES + "?ids=" + String.join(",", ids)).then().statusCode(200).body("items", hasSize(1));
        ids.add(UUID.randomUUID().toString());
        given().get(Pledges.PLEDGES + "?ids=" + String.join(",", ids)).then().statusCode(400)
                .body("violations[0].field", equalTo("ids"));
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(Arguments.of("without an audience", Tokens.noAudience(), "valid bearer token"),
                Arguments.of("issued an hour ahead", Tokens.issuedIn(3600), ""),
                Arguments.of("without a subject", Tokens.withoutSubject(), "subject"), Arguments
                        .of("with a 300-character subject", Tokens.token("s".repeat(300), "editor"), "200 characters"));
    }

    @ParameterizedTest(name = "a token {0}")
    @MethodSource("badTokens")
    void aBadTokenIs401SayingWhyAndWritesNothing(String name, String token, String why) {
        Instant start = Instant.now();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(json(pledge())).post(Pledges.PLEDGES).then()
                .statusCode(401).contentType("application/problem+json").body("detail", containsString(why));
        assertNothingChangedSince(start);
    }

    private static Map<String, Object> pledge() {
        return new HashMap<>(
                Pledges.pledge(Pledges.freshDonor(), "PLEDGE", "ANNOUNCED", "2024-07-10", 1_000_000, "EUR"));
    }

    /** Large bodies go through a plain HTTP client, which does not format them for its logs while it sends them. */
    private HttpResponse<String> send(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.editor()).POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNothingChangedSince(Instant start) {
        given().get(Pledges.PLEDGES + "?changedSince=" + start + "&limit=500").then().statusCode(200).body("items",
                hasSize(0));
    }

    private static Arguments bad(String name, String field, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(name, field, spoil);
    }

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(Pledges.PLEDGES)
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
