package org.warledger.casualty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.warledger.casualty.Claims.CLAIMS;
import static org.warledger.casualty.Claims.createId;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;

/**
 * The casualty figures of the three articles in shared/articles, entered as claims, and what the summary makes of them.
 * The subject is a code of this test's own, standing in for RU, so that other tests' claims cannot mix in.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleClaimsTest {

    private final String russia = Claims.freshSubject();
    private final String northKorea = Claims.freshSubject();
    private String unquantifiedId;
    private String tanksId;

    private boolean entered;

    /** Once per class; a BeforeEach because the test port is known only then. */
    @BeforeEach
    void enterTheArticles() {
        if (entered) {
            return;
        }
        entered = true;
        // "Russian military casualties since the invasion began in February 2022 are estimated at over 555,620"
        createId(article1("Ukrainian General Staff", "MORE_THAN", 555_620,
                "Russian military casualties since the invasion began in February 2022 are estimated at over 555,620"));
        // "the number of Russian soldiers killed or wounded has exceeded 350,000"
        createId(article1("NATO Secretary General", "MORE_THAN", 350_000,
                "the number of Russian soldiers killed or wounded has exceeded 350,000"));
        // "estimates from the US and UK put the figure closer to 500,000"
        createId(article1("US and UK intelligence", "APPROXIMATELY", 500_000,
                "estimates from the US and UK put the figure closer to 500,000"));

        // "In just two days between November 18 and 19 ... Russian forces lost 1,610 troops, 17 tanks, and 153
        // vehicles"
        createId(article2Interval("KILLED_OR_WOUNDED", null, 1_610));
        tanksId = createId(article2Interval("EQUIPMENT", "TANK", 17));
        createId(article2Interval("EQUIPMENT", "VEHICLE", 153));

        // "thousands of North Korean soldiers have sustained injuries or have been killed"
        Map<String, Object> thousands = Claims.cumulative("White House", northKorea, "KILLED_OR_WOUNDED", "EXACT", 0,
                "2024-12-27");
        thousands.put("figure", Map.of("qualifier", "UNQUANTIFIED"));
        thousands.put("scope", Map.of("kind", "CUMULATIVE"));
        thousands.put("sources", List.of(Claims.source("The Independent", "2024-12-28",
                "thousands of North Korean soldiers have sustained injuries or have been killed")));
        unquantifiedId = createId(thousands);
    }

    @Test
    void theSummaryComparesTheThreeCumulativeClaimsOnly() {
        given().queryParam("subject", russia).queryParam("category", "KILLED_OR_WOUNDED")
                .queryParam("scope", "CUMULATIVE").queryParam("asOf", "2024-12-31").get(CLAIMS + "/summary").then()
                .statusCode(200).body("claimants", equalTo(3))
                .body("claims.claimant",
                        containsInAnyOrder("Ukrainian General Staff", "NATO Secretary General",
                                "US and UK intelligence"))
                .body("low", equalTo(350_001)).body("lowClaimant", equalTo("NATO Secretary General"))
                .body("high", nullValue()).body("highClaimant", nullValue()).body("openAbove", equalTo(true))
                .body("lowestBest.claimant", equalTo("NATO Secretary General"))
                .body("highestBest.claimant", equalTo("Ukrainian General Staff")).body("verdict", equalTo("CONTRADICT"))
                .body("contradictions.gap", contains(5_621)).body("claims.figure.value", not(hasItem(1_610)))
                .body("claims[0].figure.qualifier", equalTo("MORE_THAN"));
    }

    @Test
    void theTwoDayFiguresAreOnlyComparedWithIntervalsAndTanksOnlyWithTanks() {
        given().queryParam("subject", russia).queryParam("category", "KILLED_OR_WOUNDED")
                .queryParam("scope", "INTERVAL").queryParam("asOf", "2024-12-31").get(CLAIMS + "/summary").then()
                .statusCode(200).body("claimants", equalTo(1)).body("low", equalTo(1_610)).body("high", equalTo(1_610));
        given().queryParam("subject", russia).queryParam("category", "EQUIPMENT").queryParam("equipmentType", "TANK")
                .queryParam("scope", "INTERVAL").queryParam("asOf", "2024-12-31").get(CLAIMS + "/summary").then()
                .statusCode(200).body("claims.id", contains(tanksId)).body("low", equalTo(17))
                .body("high", equalTo(17));
    }

    @Test
    void anUnquantifiedClaimIsListedButDoesNotMoveTheSpread() {
        given().queryParam("subject", northKorea).queryParam("category", "KILLED_OR_WOUNDED")
                .queryParam("asOf", "2025-01-31").get(CLAIMS + "/summary").then().statusCode(200)
                .body("claimants", equalTo(1)).body("unbounded", equalTo(1)).body("claims.id", contains(unquantifiedId))
                .body("claims[0].figure.value", nullValue()).body("low", nullValue()).body("high", nullValue())
                .body("openAbove", equalTo(false)).body("verdict", equalTo("NOTHING_TO_COMPARE"))
                .body("agreement", nullValue());
    }

    @Test
    void theSummaryAsOfADateIgnoresLaterClaims() {
        given().queryParam("subject", russia).queryParam("category", "KILLED_OR_WOUNDED")
                .queryParam("asOf", "2024-07-01").get(CLAIMS + "/summary").then().statusCode(200)
                .body("claimants", equalTo(0)).body("low", nullValue());
    }

    private Map<String, Object> article1(String claimant, String qualifier, long value, String quote) {
        Map<String, Object> claim = Claims.cumulative(claimant, russia, "KILLED_OR_WOUNDED", qualifier, value,
                "2024-07-10");
        claim.put("force", "Russian Armed Forces including the Wagner Group");
        claim.put("sources", List.of(Claims.source("Newsroom", "2024-07-11", quote)));
        return claim;
    }

    private Map<String, Object> article2Interval(String category, String equipmentType, long value) {
        Map<String, Object> claim = Claims.interval("Ukrainian Armed Forces", russia, category, value, "2024-11-18",
                "2024-11-19");
        if (equipmentType != null) {
            claim.put("equipmentType", equipmentType);
        }
        claim.put("sources", List.of(Claims.source("Newsroom", "2024-11-20",
                "Ukraine reports Russia lost 1,610 troops, 17 tanks, and 153 vehicles in just two days")));
        return claim;
    }
}
