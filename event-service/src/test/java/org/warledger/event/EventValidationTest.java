package org.warledger.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.warledger.event.repository.EventRepository;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/** Every rule on what an event may hold: each bad input is a 4xx problem and leaves the ledger unchanged. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class EventValidationTest {

    @Inject
    EventRepository repository;

    static Stream<Arguments> badEvents() {
        return Stream.of(bad("missing title", "title", e -> e.remove("title")),
                bad("empty title", "title", e -> e.put("title", "   ")),
                bad("20 kB title", "title", e -> e.put("title", "x".repeat(20_000))),
                bad("missing type", "type", e -> e.remove("type")),
                bad("unknown type", "type", e -> e.put("type", "PARADE")),
                bad("missing date", "date", e -> e.remove("date")),
                bad("impossible date", "date", e -> e.put("date", "2024-02-30")),
                bad("date that is no date", "date", e -> e.put("date", "yesterday")),
                bad("unknown date precision", "datePrecision", e -> e.put("datePrecision", "DECADE")),
                bad("end before start", "endDateAfterDate", e -> e.put("endDate", "2024-10-01")),
                bad("latitude out of range", "location.latitude", e -> location(e).put("latitude", 91.0)),
                bad("longitude out of range", "location.longitude", e -> location(e).put("longitude", -180.5)),
                bad("latitude without longitude", "location.coordinatesComplete", e -> location(e).remove("longitude")),
                bad("coordinates without precision", "location.coordinatesComplete",
                        e -> location(e).remove("precision")),
                bad("coordinates as text", "location.latitude", e -> location(e).put("latitude", "north")),
                bad("country that is no ISO code", "location.country", e -> location(e).put("country", "Russia")),
                bad("lower-case country", "location.country", e -> location(e).put("country", "ru")),
                bad("no sources", "sources", e -> e.put("sources", List.of())),
                bad("source without url or publisher", "sources[0].identified",
                        e -> e.put("sources", List.of(Map.of("quote", "something")))),
                bad("source url that is not http", "sources[0].url",
                        e -> e.put("sources", List.of(Map.of("url", "javascript:alert(1)", "publisher", "X")))),
                bad("blank actor", "actors[0]", e -> e.put("actors", List.of(" "))),
                bad("actors as text", "actors", e -> e.put("actors", "NATO")),
                bad("quantity without figure", "quantities[0].figure",
                        e -> e.put("quantities", List.of(Map.of("measure", "troops")))),
                bad("quantity without measure", "quantities[0].measure",
                        e -> e.put("quantities", List.of(Map.of("figure", Map.of("qualifier", "EXACT", "value", 1))))),
                bad("unknown qualifier", "quantities[0].figure.qualifier",
                        e -> e.put("quantities", List.of(quantity(Map.of("qualifier", "ROUGHLY", "value", 5))))),
                bad("qualifier without value", "quantities[0].figure.valuePresentWhenNeeded",
                        e -> e.put("quantities", List.of(quantity(Map.of("qualifier", "AT_LEAST"))))),
                bad("negative value", "quantities[0].figure.value",
                        e -> e.put("quantities", List.of(quantity(Map.of("qualifier", "EXACT", "value", -3))))),
                bad("range with low above high", "quantities[0].figure.rangeConsistent",
                        e -> e.put("quantities",
                                List.of(quantity(Map.of("qualifier", "RANGE", "low", 2000, "high", 1000))))),
                bad("range without high", "quantities[0].figure.rangeConsistent",
                        e -> e.put("quantities", List.of(quantity(Map.of("qualifier", "RANGE", "low", 2000))))),
                bad("unquantified with a number", "quantities[0].figure.unquantifiedWithoutNumber",
                        e -> e.put("quantities",
                                List.of(quantity(Map.of("qualifier", "UNQUANTIFIED", "value", 1000))))),
                bad("external key with spaces", "externalKey", e -> e.put("externalKey", "a key")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEvents")
    void aBadEventIsRefusedWithTheFieldNamedAndNothingStored(String name, String field,
            Consumer<Map<String, Object>> spoil) {
        Map<String, Object> event = SampleEvents.kursk("validation");
        spoil.accept(event);
        long before = repository.count();
        post(event).statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("title", notNullValue()).body("detail", notNullValue()).body("violations.field", hasItem(field));
        assertEquals(before, repository.count());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "{\"title\":", "[1, 2]", "\"just text\"", "", "null" })
    void aBodyThatIsNotAnEventObjectIs400(String body) {
        long before = repository.count();
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post("/api/events").then()
                .statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        assertEquals(before, repository.count());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "limit=0", "limit=501", "limit=ten", "after=bm90LWEtY3Vyc29y", "after=!!!",
            "from=2024-13-01", "to=soon", "type=PARADE", "status=GONE", "country=Ukraine", "changedSince=yesterday",
            "ids=1,2,3", "ids=," })
    void aBadQueryIs400WithTheParameterNamed(String query) {
        String parameter = query.substring(0, query.indexOf('='));
        given().urlEncodingEnabled(false).get("/api/events?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(parameter))
                .body("violations[0].in", equalTo("query"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/events;jsessionid=1", "/api/events%3Bx=1", "/api/events%2F..%2Fq%2Fhealth",
            "/api/events%5Cx", "/q/health;x=1" })
    void aPathWithParametersOrEncodedSlashesIsRefused(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @org.junit.jupiter.api.Test
    void aWrongMediaTypeIs415() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.TEXT).body("title=x").post("/api/events").then()
                .statusCode(415).contentType("application/problem+json");
    }

    private static ValidatableResponse post(Map<String, Object> event) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(event).post("/api/events")
                .then();
    }

    private static Arguments bad(String name, String field, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(name, field, spoil);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> location(Map<String, Object> event) {
        return (Map<String, Object>) event.get("location");
    }

    private static Map<String, Object> quantity(Map<String, Object> figure) {
        Map<String, Object> quantity = new HashMap<>();
        quantity.put("measure", "troops deployed");
        quantity.put("figure", figure);
        return quantity;
    }
}
