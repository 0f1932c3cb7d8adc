package org.warledger.aid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warledger.aid.Pledges.PLEDGES;
import static org.warledger.aid.Pledges.changeStatus;
import static org.warledger.aid.Pledges.createId;
import static org.warledger.aid.Pledges.pledge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/** Pledges dated 2001–2003, with rates of those years, so that other tests' rates cannot apply to them. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class PledgeResourceTest {

    @BeforeEach
    void ratesOf2001() {
        Pledges.loadRate("2001-01-01", "USD", "0.9").statusCode(oneOf(201, 409));
        Pledges.loadRate("2001-01-01", "SEK", "9").statusCode(oneOf(201, 409));
    }

    @Test
    void writesNeedATokenWithTheEditorRole() {
        Map<String, Object> body = pledge(Pledges.freshDonor(), "PLEDGE", "ANNOUNCED", "2001-06-01", 10, "EUR");
        given().contentType(ContentType.JSON).body(body).post(PLEDGES).then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body(body).post(PLEDGES).then()
                .statusCode(403);
        String id = createId(body);
        Map<String, Object> step = Map.of("status", "COMMITTED", "on", "2001-06-02", "source",
                Map.of("publisher", "X"));
        given().contentType(ContentType.JSON).body(step).post(PLEDGES + "/" + id + "/status").then().statusCode(401);
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body(step)
                .post(PLEDGES + "/" + id + "/status").then().statusCode(403);
        Map<String, Object> rate = Map.of("date", "2001-02-01", "currency", "NOK", "perEur", "8", "source", "x");
        given().contentType(ContentType.JSON).body(rate).post(Pledges.RATES).then().statusCode(401);
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body(rate).post(Pledges.RATES).then()
                .statusCode(403);
        given().get(PLEDGES + "/" + id).then().body("status", equalTo("ANNOUNCED"));
    }

    @Test
    void aRateLoadedLaterNormalisesThePledgesItAffects() {
        String donor = Pledges.freshDonor();
        String id = createId(pledge(donor, "PLEDGE", "ANNOUNCED", "2003-05-01", 300, "CHF"));
        given().get(PLEDGES + "/" + id).then().body("normalized.eur", nullValue()).body("normalized.usd", nullValue())
                .body("normalized.unavailable", containsString("CHF"));
        given().config(Pledges.DECIMALS).queryParam("donor", donor).queryParam("currency", "EUR")
                .get(PLEDGES + "/totals").then().body("count", equalTo(1)).body("unvalued", equalTo(1))
                .body("total", Pledges.amount("0"));

        Pledges.loadRate("2003-01-01", "CHF", "1.5").statusCode(201).body("perEur", equalTo(1.5f)).body("createdBy",
                equalTo("alice"));
        // A rate after the announcement does not apply.
        Pledges.loadRate("2003-06-01", "CHF", "3").statusCode(201);
        given().config(Pledges.DECIMALS).get(PLEDGES + "/" + id).then().body("normalized.eur", Pledges.amount("200"))
                .body("normalized.usd", Pledges.amount("180")).body("normalized.rateDate", equalTo("2003-01-01"))
                .body("normalized.unavailable", nullValue());
        given().config(Pledges.DECIMALS).queryParam("donor", donor).queryParam("currency", "USD")
                .get(PLEDGES + "/totals").then().body("total", Pledges.amount("180")).body("unvalued", equalTo(0));
        Pledges.loadRate("2003-01-01", "CHF", "2").statusCode(409).contentType("application/problem+json");
        given().queryParam("currency", "CHF").queryParam("from", "2003-01-01").queryParam("to", "2003-12-31")
                .get(Pledges.RATES).then().body("items.date", contains("2003-06-01", "2003-01-01"));
    }

    @Test
    void totalsNeverDoubleCount() {
        String donor = Pledges.freshDonor();
        String parent = createId(pledge(donor, "PLEDGE", "COMMITTED", "2001-03-01", 1000, "EUR"));
        Map<String, Object> child = pledge(donor, "PLEDGE", "DELIVERED", "2001-04-01", 400, "EUR");
        child.put("parentId", parent);
        createId(child);
        createId(pledge(donor, "REPORTED_TOTAL", "DELIVERED", "2001-05-01", 5000, "EUR"));
        createId(pledge(donor, "CONTRACT", "COMMITTED", "2001-05-01", 700, "EUR"));
        createId(pledge(donor, "PLEDGE", "DECLINED", "2001-05-01", 900, "EUR"));
        String withdrawn = createId(pledge(donor, "PLEDGE", "ANNOUNCED", "2001-05-01", 800, "EUR"));
        changeStatus(withdrawn, "WITHDRAWN", "2001-06-01").statusCode(200);
        createId(pledge(donor, "PLEDGE", "ANNOUNCED", "2001-05-01", 90, "SEK"));
        createId(pledge(donor, "PLEDGE", "ANNOUNCED", "2001-05-01", null, null));
        Map<String, Object> humanitarian = pledge(donor, "PLEDGE", "DELIVERED", "2001-05-02", 20, "EUR");
        humanitarian.put("type", "HUMANITARIAN");
        createId(humanitarian);

        given().config(Pledges.DECIMALS).queryParam("donor", donor).get(PLEDGES + "/totals").then().statusCode(200)
                .body("currency", equalTo("EUR")).body("total", Pledges.amount("1030")).body("count", equalTo(4))
                .body("unvalued", equalTo(1)).body("groups", hasSize(0));
        given().config(Pledges.DECIMALS).queryParam("donor", donor).queryParam("groupBy", "month")
                .get(PLEDGES + "/totals").then().body("groups.key", contains("2001-03", "2001-05"))
                .body("groups.total", contains(Pledges.amount("1000"), Pledges.amount("30")))
                .body("groups.count", contains(1, 3));
        given().config(Pledges.DECIMALS).queryParam("donor", donor).queryParam("groupBy", "type")
                .queryParam("currency", "USD").get(PLEDGES + "/totals").then()
                .body("groups.key", contains("HUMANITARIAN", "MILITARY"))
                .body("groups.total", contains(Pledges.amount("18"), Pledges.amount("909")))
                .body("total", Pledges.amount("927"));
        given().queryParam("donor", donor).queryParam("groupBy", "status").get(PLEDGES + "/totals").then()
                .body("groups.key", contains("ANNOUNCED", "COMMITTED", "DELIVERED"));
        given().queryParam("donor", donor).queryParam("from", "2001-05-02").get(PLEDGES + "/totals").then()
                .body("count", equalTo(1));
    }

    @Test
    void theLifecycleMovesForwardOnlyAndKeepsEveryStep() {
        String id = createId(pledge(Pledges.freshDonor(), "PLEDGE", "PROPOSED", "2001-06-01", 10, "EUR"));
        changeStatus(id, "ANNOUNCED", "2001-06-02").statusCode(200).body("version", equalTo(1));
        changeStatus(id, "ALLOCATED", "2001-07-01").statusCode(200);
        changeStatus(id, "COMMITTED", "2001-07-02").statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("status"));
        changeStatus(id, "ALLOCATED", "2001-07-02").statusCode(400);
        changeStatus(id, "DELIVERED", "2001-06-30").statusCode(400).body("violations[0].field", equalTo("on"));
        changeStatus(id, "DELIVERED", "2001-08-01").statusCode(200).body("status", equalTo("DELIVERED"));
        changeStatus(id, "WITHDRAWN", "2001-09-01").statusCode(400).body("detail", containsString("final"));
        given().get(PLEDGES + "/" + id).then()
                .body("statusHistory.status", contains("PROPOSED", "ANNOUNCED", "ALLOCATED", "DELIVERED"))
                .body("statusHistory.on", contains("2001-06-01", "2001-06-02", "2001-07-01", "2001-08-01"))
                .body("statusHistory[3].recordedBy", equalTo("alice")).body("version", equalTo(3));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(
                Map.of("status", "DECLINED", "on", "2001-09-01", "source", Map.of("publisher", "X"), "version", 0))
                .post(PLEDGES + "/" + UUID.randomUUID() + "/status").then().statusCode(404);
    }

    @Test
    void aStatusChangeBasedOnAStaleVersionIsRefused() {
        String id = createId(pledge(Pledges.freshDonor(), "PLEDGE", "PROPOSED", "2001-06-01", 10, "EUR"));
        changeStatus(id, "ANNOUNCED", "2001-06-02").statusCode(200);
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(
                Map.of("status", "DECLINED", "on", "2001-09-01", "source", Map.of("publisher", "X"), "version", 0))
                .post(PLEDGES + "/" + id + "/status").then().statusCode(409);
        given().get(PLEDGES + "/" + id).then().body("status", equalTo("ANNOUNCED"));
    }

    @Test
    void declinedFromTheStartIsARecordToo() {
        String donor = Pledges.freshDonor();
        Map<String, Object> declined = pledge(donor, "PLEDGE", "DECLINED", "2001-06-01", null, null);
        declined.put("title", "Germany maintains its policy of not providing long-range missiles");
        declined.put("items", List.of(Map.of("name", "Taurus cruise missiles", "category", "MISSILE")));
        String id = createId(declined);
        given().get(PLEDGES + "/" + id).then().body("status", equalTo("DECLINED")).body("statusHistory.status",
                contains("DECLINED"));
        given().queryParam("donor", donor).get(PLEDGES + "/totals").then().body("count", equalTo(0));
    }

    @Test
    void pagesFiltersAndLooksUpByIdsAndEvents() {
        String donor = Pledges.freshDonor();
        String event = UUID.randomUUID().toString();
        List<String> created = new ArrayList<>();
        for (int month = 1; month <= 5; month++) {
            Map<String, Object> body = pledge(donor, "PLEDGE", "ANNOUNCED", "2002-0" + month + "-01", month, "EUR");
            if (month <= 2) {
                body.put("eventId", event);
            }
            created.add(createId(body));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("donor", donor).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            var page = request.get(PLEDGES).then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(new HashSet<>(created), new HashSet<>(seen));
        assertEquals(created.get(4), seen.get(0));

        given().queryParam("eventId", event).get(PLEDGES).then().body("items.id",
                containsInAnyOrder(created.get(0), created.get(1)));
        given().queryParam("ids", created.get(2) + "," + UUID.randomUUID()).get(PLEDGES).then().body("items.id",
                contains(created.get(2)));
        given().queryParam("donor", donor).queryParam("from", "2002-02-01").queryParam("to", "2002-03-31").get(PLEDGES)
                .then().body("items.announcedOn", contains("2002-03-01", "2002-02-01"));
        Instant before = Instant.now();
        changeStatus(created.get(0), "COMMITTED", "2002-06-01").statusCode(200);
        given().queryParam("donor", donor).queryParam("changedSince", before.toString()).get(PLEDGES).then()
                .body("items.id", contains(created.get(0)));
    }

    @Test
    void createsWithLocationAndRefusesATakenExternalKeyOrAnUnknownParent() {
        Map<String, Object> body = pledge(Pledges.freshDonor(), "PLEDGE", "ANNOUNCED", "2001-06-01", 10, "EUR");
        body.put("externalKey", "pledge-" + UUID.randomUUID());
        String location = Pledges.create(body).statusCode(201).header("ETag", equalTo("\"0\""))
                .body("createdBy", equalTo("alice")).body("value.qualifier", equalTo("EXACT")).extract()
                .header("Location");
        given().get(location).then().statusCode(200).body("externalKey", notNullValue());
        Pledges.create(body).statusCode(409).contentType("application/problem+json");
        Map<String, Object> orphan = pledge(Pledges.freshDonor(), "PLEDGE", "ANNOUNCED", "2001-06-01", 10, "EUR");
        orphan.put("parentId", UUID.randomUUID().toString());
        Pledges.create(orphan).statusCode(400).body("violations[0].field", equalTo("parentId"));
        given().get(PLEDGES + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }
}
