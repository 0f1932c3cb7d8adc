package org.warledger.aid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.warledger.aid.Pledges.PLEDGES;
import static org.warledger.aid.Pledges.createId;
import static org.warledger.aid.Pledges.pledge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;

/**
 * The rate in force on a date is the latest loaded on or before it, for a single pledge and for totals alike. Dated
 * 1995, with ISK and USD rates of that year only, so that other tests' rates cannot apply.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class RatesInForceTest {

    @BeforeEach
    void ratesOf1995() {
        Pledges.loadRate("1995-01-01", "USD", "1.25").statusCode(oneOf(201, 409));
        Pledges.loadRate("1995-03-01", "ISK", "100").statusCode(oneOf(201, 409));
        Pledges.loadRate("1995-06-01", "ISK", "200").statusCode(oneOf(201, 409));
    }

    @Test
    void aRateHoldsFromItsOwnDateUntilTheDayBeforeTheNextOne() {
        String donor = Pledges.freshDonor();
        String before = createId(pledge(donor, "PLEDGE", "ANNOUNCED", "1995-02-28", 1000, "ISK"));
        String onFirst = createId(pledge(donor, "PLEDGE", "ANNOUNCED", "1995-03-01", 1000, "ISK"));
        String lastOfFirst = createId(pledge(donor, "PLEDGE", "ANNOUNCED", "1995-05-31", 1000, "ISK"));
        String onSecond = createId(pledge(donor, "PLEDGE", "ANNOUNCED", "1995-06-01", 1000, "ISK"));
        String afterSecond = createId(pledge(donor, "PLEDGE", "ANNOUNCED", "1995-12-31", 1000, "ISK"));

        given().get(PLEDGES + "/" + before).then().body("normalized.eur", nullValue())
                .body("normalized.rateDate", nullValue()).body("normalized.unavailable",
                        equalTo("no ISK rate on or before the announcement date has been " + "loaded (/api/fx-rates)"));
        given().config(Pledges.DECIMALS).get(PLEDGES + "/" + onFirst).then()
                .body("normalized.eur", Pledges.amount("10")).body("normalized.usd", Pledges.amount("12.5"))
                .body("normalized.rateDate", equalTo("1995-03-01"))
                .body("normalized.rates.date", contains("1995-03-01", "1995-01-01"));
        given().get(PLEDGES + "/" + lastOfFirst).then().body("normalized.rateDate", equalTo("1995-03-01"));
        given().config(Pledges.DECIMALS).get(PLEDGES + "/" + onSecond).then()
                .body("normalized.eur", Pledges.amount("5")).body("normalized.rateDate", equalTo("1995-06-01"));
        given().get(PLEDGES + "/" + afterSecond).then().body("normalized.rateDate", equalTo("1995-06-01"));

        given().config(Pledges.DECIMALS).queryParam("donor", donor).queryParam("groupBy", "month")
                .get(PLEDGES + "/totals").then().statusCode(200).body("total", Pledges.amount("30"))
                .body("count", equalTo(5)).body("unvalued", equalTo(1))
                .body("groups.key", contains("1995-02", "1995-03", "1995-05", "1995-06", "1995-12"))
                .body("groups.total", contains(Pledges.amount("0"), Pledges.amount("10"), Pledges.amount("10"),
                        Pledges.amount("5"), Pledges.amount("5")))
                .body("groups.unvalued", contains(1, 0, 0, 0, 0));
        given().config(Pledges.DECIMALS).queryParam("donor", donor).queryParam("currency", "USD")
                .get(PLEDGES + "/totals").then().body("total", Pledges.amount("37.5")).body("unvalued", equalTo(1));
    }
}
