package org.warledger.casualty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.warledger.casualty.repository.ClaimRepository;
import org.warledger.casualty.repository.RevisionRepository;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/** Every rule on what a claim may hold: each bad input is a 4xx problem naming the field, and nothing is stored. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class ClaimValidationTest {

    @Inject
    ClaimRepository claims;

    @Inject
    RevisionRepository revisions;

    static Stream<Arguments> badClaims() {
        return Stream.of(bad("missing claimant", "claimant", c -> c.remove("claimant")),
                bad("blank claimant", "claimant", c -> c.put("claimant", " ")),
                bad("missing subject", "subject", c -> c.remove("subject")),
                bad("subject that is no code", "subject", c -> c.put("subject", "Russia")),
                bad("missing category", "category", c -> c.remove("category")),
                bad("unknown category", "category", c -> c.put("category", "INJURED")),
                bad("EQUIPMENT without type", "equipmentTypeConsistent", c -> c.put("category", "EQUIPMENT")),
                bad("equipment type on personnel", "equipmentTypeConsistent", c -> c.put("equipmentType", "TANK")),
                bad("unknown equipment type", "equipmentType", c -> {
                    c.put("category", "EQUIPMENT");
                    c.put("equipmentType", "SUBMARINE");
                }), bad("missing figure", "figure", c -> c.remove("figure")),
                bad("unknown qualifier", "figure.qualifier",
                        c -> c.put("figure", Map.of("qualifier", "ROUGHLY", "value", 1))),
                bad("qualifier without value", "figure.valuePresentWhenNeeded",
                        c -> c.put("figure", Map.of("qualifier", "AT_LEAST"))),
                bad("negative value", "figure.value", c -> c.put("figure", Map.of("qualifier", "EXACT", "value", -1))),
                bad("value that is no number", "figure.value",
                        c -> c.put("figure", Map.of("qualifier", "EXACT", "value", "many"))),
                bad("RANGE with low above high", "figure.rangeConsistent",
                        c -> c.put("figure", Map.of("qualifier", "RANGE", "low", 2000, "high", 1000))),
                bad("RANGE without low", "figure.rangeConsistent",
                        c -> c.put("figure", Map.of("qualifier", "RANGE", "high", 1000))),
                bad("RANGE value outside its bounds", "figure.rangeConsistent",
                        c -> c.put("figure", Map.of("qualifier", "RANGE", "low", 1, "high", 5, "value", 9))),
                bad("UNQUANTIFIED with a number", "figure.unquantifiedWithoutNumber",
                        c -> c.put("figure", Map.of("qualifier", "UNQUANTIFIED", "value", 1000))),
                bad("missing scope", "scope", c -> c.remove("scope")),
                bad("unknown scope kind", "scope.kind", c -> c.put("scope", Map.of("kind", "WEEKLY"))),
                bad("INTERVAL without an end", "scope.intervalBounded",
                        c -> c.put("scope", Map.of("kind", "INTERVAL", "from", "2024-11-18"))),
                bad("INTERVAL ending before it starts", "scope.intervalBounded",
                        c -> c.put("scope", Map.of("kind", "INTERVAL", "from", "2024-11-18", "to", "2024-11-17"))),
                bad("CUMULATIVE with an end", "scope.cumulativeOpenEnded",
                        c -> c.put("scope", Map.of("kind", "CUMULATIVE", "from", "2022-02-24", "to", "2024-01-01"))),
                bad("missing asOf", "asOf", c -> c.remove("asOf")),
                bad("impossible asOf", "asOf", c -> c.put("asOf", "2024-02-30")),
                bad("asOf before the scope starts", "asOfWithinScope", c -> c.put("asOf", "2021-12-31")),
                bad("stated before it was true", "statedAfterAsOf", c -> c.put("statedOn", "2024-07-01")),
                bad("eventId that is no UUID", "eventId", c -> c.put("eventId", "event-1")),
                bad("no sources", "sources", c -> c.put("sources", List.of())),
                bad("source without url or publisher", "sources[0].identified",
                        c -> c.put("sources", List.of(Map.of("quote", "q")))),
                bad("20 kB claimant", "claimant", c -> c.put("claimant", "x".repeat(20_000))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badClaims")
    void aBadClaimIsRefusedWithTheFieldNamedAndNothingStored(String name, String field,
            Consumer<Map<String, Object>> spoil) {
        Map<String, Object> claim = Claims.cumulative("NATO Secretary General", "RU", "KILLED_OR_WOUNDED", "MORE_THAN",
                350_000, "2024-07-10");
        spoil.accept(claim);
        long before = claims.count();
        long revisionsBefore = revisions.count();
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(claim).post(Claims.CLAIMS).then()
                .statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("detail", notNullValue()).body("violations.field", hasItem(field));
        assertEquals(before, claims.count());
        assertEquals(revisionsBefore, revisions.count());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "limit=0", "limit=501", "after=bm9wZQ", "subject=russia", "category=INJURED",
            "equipmentType=SUB", "scope=WEEKLY", "status=DELETED", "from=2024-13-01", "to=x", "changedSince=today",
            "eventId=abc", "ids=1,2" })
    void aBadListQueryIs400WithTheParameterNamed(String query) {
        given().urlEncodingEnabled(false).get(Claims.CLAIMS + "?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(query.substring(0, query.indexOf('='))))
                .body("violations[0].in", equalTo("query"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "category=KILLED:subject", "subject=RU:category", "subject=RU&category=FOO:category",
            "subject=RU&category=EQUIPMENT:equipmentType",
            "subject=RU&category=KILLED&equipmentType=TANK:equipmentType",
            "subject=RU&category=KILLED&scope=DAILY:scope", "subject=RU&category=KILLED&asOf=2024-02-30:asOf" })
    void aBadSummaryQueryIs400WithTheParameterNamed(String queryAndField) {
        String[] parts = queryAndField.split(":");
        given().urlEncodingEnabled(false).get(Claims.CLAIMS + "/summary?" + parts[0]).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(parts[1]));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/casualty-claims;x=1", "/api/casualty-claims%2Fsummary", "/api/casualty-claims%5C" })
    void aPathWithParametersOrEncodedSlashesIsRefused(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(400).contentType("application/problem+json");
    }

    private static Arguments bad(String name, String field, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(name, field, spoil);
    }
}
