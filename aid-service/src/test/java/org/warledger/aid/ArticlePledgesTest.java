package org.warledger.aid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warledger.aid.Pledges.PLEDGES;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;

/**
 * The aid of the three articles in shared/articles, entered as records, with USD 1.08 and GBP 0.85 per EUR loaded. The
 * donors are codes of this test's own (standing in for NATO, US, DK, NL, DE) so that other tests cannot mix in.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class ArticlePledgesTest {

    private static final String NATO = Pledges.freshDonor();
    private static final String US = Pledges.freshDonor();
    private static boolean entered;
    private static String natoId;
    private static String poundsId;
    private static String f16Id;

    /** Once per class; a BeforeEach because the test port is known only then. */
    @BeforeEach
    void enterTheArticles() {
        if (entered) {
            return;
        }
        entered = true;
        Pledges.loadRate("2024-07-01", "USD", "1.08").statusCode(201);
        Pledges.loadRate("2024-07-01", "GBP", "0.85").statusCode(201);

        // "aid will reach at least 40 billion euros over the coming year"
        Map<String, Object> nato = Pledges.pledge(NATO, "PLEDGE", "COMMITTED", "2024-07-10", 40_000_000_000L, "EUR");
        nato.put("value", Map.of("amount", 40_000_000_000L, "currency", "EUR", "qualifier", "AT_LEAST"));
        nato.put("timeframe", "over the coming year");
        nato.put("items", List.of(Map.of("name", "Patriot batteries", "category", "AIR_DEFENSE")));
        natoId = Pledges.createId(nato);

        // "transferring F-16 fighter jets ... expected to be operational in Ukrainian skies by the summer": no price.
        Map<String, Object> f16 = Pledges.pledge(NATO, "PLEDGE", "ALLOCATED", "2024-07-10", null, null);
        f16.put("title", "F-16 fighter jets from Denmark and the Netherlands");
        f16.put("timeframe", "operational by the summer");
        f16.put("items", List.of(Map.of("name", "F-16 aircraft", "category", "AIRCRAFT")));
        f16.put("parentId", natoId);
        f16Id = Pledges.createId(f16);

        // "a $700 million contract for the production of Stinger missiles": not a transfer.
        Map<String, Object> stinger = Pledges.pledge(NATO, "CONTRACT", "COMMITTED", "2024-07-10", 700_000_000, "USD");
        stinger.put("items", List.of(Map.of("name", "Stinger missiles", "category", "MISSILE")));
        Pledges.createId(stinger);

        // "military assistance to Ukraine, valued at £1 billion", proposed, then committed.
        poundsId = Pledges.createId(Pledges.pledge(US, "PLEDGE", "PROPOSED", "2024-12-10", 1_000_000_000, "GBP"));
        Pledges.changeStatus(poundsId, "COMMITTED", "2024-12-12").statusCode(200);

        // A reported cumulative total and a declined request never add to pledges.
        Map<String, Object> total = Pledges.pledge(US, "REPORTED_TOTAL", "DELIVERED", "2024-07-10", 56_200_000_000L,
                "USD");
        total.put("value", Map.of("amount", 56_200_000_000L, "currency", "USD", "qualifier", "MORE_THAN"));
        Pledges.createId(total);
        Pledges.createId(Pledges.pledge(US, "PLEDGE", "DECLINED", "2024-07-10", 5_000_000_000L, "USD"));
    }

    @Test
    void fortyBillionEurosAreFortyThreePointTwoBillionDollars() {
        given().config(Pledges.DECIMALS).get(PLEDGES + "/" + natoId).then().statusCode(200)
                .body("value.amount", Pledges.amount("40000000000")).body("value.currency", equalTo("EUR"))
                .body("value.qualifier", equalTo("AT_LEAST")).body("timeframe", equalTo("over the coming year"))
                .body("normalized.usd", Pledges.amount("43200000000"))
                .body("normalized.eur", Pledges.amount("40000000000"))
                .body("normalized.rateDate", equalTo("2024-07-01"))
                .body("normalized.rateSource", equalTo("ECB reference rate"))
                .body("normalized.unavailable", nullValue());
    }

    @Test
    void theUsdTotalHoldsTheNatoPledgeAndTheCommittedPoundPackageOnly() {
        BigDecimal pounds = new BigDecimal("1000000000").divide(new BigDecimal("0.85"), MathContext.DECIMAL128)
                .multiply(new BigDecimal("1.08")).setScale(2, RoundingMode.HALF_UP);
        var totals = given().queryParam("currency", "USD").queryParam("groupBy", "donor")
                .queryParam("from", "2024-01-01").queryParam("to", "2024-12-31").get(PLEDGES + "/totals").then()
                .statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        Map<String, Object> nato = group(totals.getList("groups"), NATO);
        Map<String, Object> us = group(totals.getList("groups"), US);
        assertEquals(new BigDecimal("43200000000.00"), decimal(nato.get("total")));
        assertEquals(1, ((Number) nato.get("count")).intValue(), "the contract does not count");
        assertEquals(0, ((Number) nato.get("unvalued")).intValue(),
                "the F-16s are inside the NATO pledge and not counted again");
        assertEquals(pounds, decimal(us.get("total")));
        assertEquals(1, ((Number) us.get("count")).intValue());
    }

    @Test
    void theStatusHistoryKeepsEachTransition() {
        given().get(PLEDGES + "/" + poundsId).then().statusCode(200).body("status", equalTo("COMMITTED"))
                .body("statusHistory.status", contains("PROPOSED", "COMMITTED"))
                .body("statusHistory.on", contains("2024-12-10", "2024-12-12"))
                .body("statusHistory[1].source.publisher", equalTo("Ministry of Defence"))
                .body("normalized.rateDate", equalTo("2024-07-01"));
    }

    @Test
    void jetsWithoutAPriceAreRecordedWithoutAValue() {
        given().get(PLEDGES + "/" + f16Id).then().statusCode(200).body("value", nullValue())
                .body("normalized", nullValue()).body("parentId", equalTo(natoId))
                .body("items.name", contains("F-16 aircraft"));
        given().queryParam("parentId", natoId).get(PLEDGES).then().body("items.id", contains(f16Id));
        given().queryParam("donor", NATO).queryParam("kind", "CONTRACT").get(PLEDGES).then().body("items.title",
                containsInAnyOrder(NATO + " contract of 700000000 USD"));
    }

    private static BigDecimal decimal(Object number) {
        return new BigDecimal(number.toString()).setScale(2);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(List<Object> groups, String key) {
        return groups.stream().map(g -> (Map<String, Object>) g).filter(g -> key.equals(g.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + key + " in " + groups));
    }
}
