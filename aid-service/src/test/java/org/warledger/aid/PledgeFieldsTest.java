package org.warledger.aid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warledger.aid.Pledges.PLEDGES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;

/** fields= answers pledge lists, look-ups and reads with only the properties named, and id. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class PledgeFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALL = List.of("id", "version", "title", "donor", "recipient", "kind", "type",
            "status", "announcedOn", "value", "normalized", "items", "timeframe", "parentId", "eventId", "sources",
            "statusHistory", "externalKey", "createdAt", "updatedAt", "createdBy", "updatedBy");

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static List<String> keys(JsonNode record) {
        List<String> keys = new ArrayList<>();
        record.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static void eachItemHasExactly(JsonNode page, Set<String> expected) {
        assertFalse(page.get("items").isEmpty());
        for (JsonNode item : page.get("items")) {
            assertEquals(expected, new TreeSet<>(keys(item)));
        }
    }

    @Test
    void aListWithFieldsAnswersEachPledgeWithOnlyThoseAndItsIdInTheSameEnvelope() throws Exception {
        String donor = Pledges.freshDonor();
        Pledges.createId(Pledges.pledge(donor, "PLEDGE", "ANNOUNCED", "2024-06-01", 40_000_000_000L, "EUR"));
        Pledges.createId(Pledges.pledge(donor, "PLEDGE", "ANNOUNCED", "2024-05-01", 1_000_000, "EUR"));
        String text = given().queryParam("donor", donor).queryParam("limit", 1)
                .queryParam("fields", "value,normalized,statusHistory").get(PLEDGES).then().statusCode(200)
                .contentType("application/json").extract().asString();
        assertTrue(text.contains("\"amount\":40000000000"), "money stays a plain decimal: " + text);
        JsonNode page = json(text);
        assertEquals(List.of("items", "nextCursor"), keys(page));
        eachItemHasExactly(page, Set.of("id", "value", "normalized", "statusHistory"));
        JsonNode pledge = page.get("items").get(0);
        assertEquals("EUR", pledge.get("value").get("currency").asText(), "an object property comes whole");
        assertEquals(40_000_000_000L, pledge.get("normalized").get("eur").asLong());
        assertEquals("ANNOUNCED", pledge.get("statusHistory").get(0).get("status").asText());

        JsonNode next = json(given().queryParam("donor", donor).queryParam("after", page.get("nextCursor").asText())
                .queryParam("fields", "announcedOn").get(PLEDGES).then().statusCode(200).extract().asString());
        eachItemHasExactly(next, Set.of("id", "announcedOn"));
        assertEquals("2024-05-01", next.get("items").get(0).get("announcedOn").asText());
    }

    @Test
    void aBatchLookUpAndASingleReadTakeFieldsAndRepeatedParametersAreUnioned() throws Exception {
        String donor = Pledges.freshDonor();
        String a = Pledges.createId(Pledges.pledge(donor, "PLEDGE", "ANNOUNCED", "2024-06-01", 500, "EUR"));
        String b = Pledges.createId(Pledges.pledge(donor, "CONTRACT", "COMMITTED", "2024-06-02", 700, "USD"));
        JsonNode page = json(given().queryParam("ids", a + "," + b).queryParam("fields", "donor")
                .queryParam("fields", "kind,sources").get(PLEDGES).then().statusCode(200).extract().asString());
        assertEquals(2, page.get("items").size());
        eachItemHasExactly(page, Set.of("id", "donor", "kind", "sources"));
        assertTrue(page.get("nextCursor").isNull());

        JsonNode one = json(given().queryParam("fields", "title,version").get(PLEDGES + "/" + b).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).extract().asString());
        assertEquals(List.of("id", "version", "title"), keys(one));
    }

    @Test
    void withoutFieldsOrWithAnEmptyOneTheWholeRecordComesAsBefore() throws Exception {
        String donor = Pledges.freshDonor();
        String id = Pledges.createId(Pledges.pledge(donor, "PLEDGE", "ANNOUNCED", "2024-06-01", 12.5, "EUR"));
        String whole = given().queryParam("ids", id).get(PLEDGES).then().statusCode(200).extract().asString();
        assertEquals(ALL, keys(json(whole).get("items").get(0)));
        assertEquals(whole, given().queryParam("ids", id).queryParam("fields", "").get(PLEDGES).then().statusCode(200)
                .extract().asString());
        assertEquals(whole, given().queryParam("ids", id).queryParam("fields", String.join(",", ALL)).get(PLEDGES)
                .then().statusCode(200).extract().asString());
        String single = given().get(PLEDGES + "/" + id).then().statusCode(200).extract().asString();
        assertEquals(single,
                given().queryParam("fields", "").get(PLEDGES + "/" + id).then().statusCode(200).extract().asString());
    }

    @Test
    void anUnknownFieldIsAProblemNamingItAndTheAllowedOnes() {
        given().queryParam("fields", "donor,amount").get(PLEDGES).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("fields"))
                .body("violations[0].in", equalTo("query")).body("violations[0].message",
                        allOf(containsString("unknown field amount"), containsString("allowed: id, version, title")));
        given().queryParam("fields", "value.amount").get(PLEDGES + "/" + UUID.randomUUID()).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void tooManyOrTooLongNamesAreRefused() {
        given().queryParam("fields", String.join(",", ALL)).queryParam("fields", "donor").get(PLEDGES).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].message", containsString("at most " + ALL.size() + " names"));
        given().queryParam("fields", "x".repeat(65)).get(PLEDGES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].message", containsString("at most 64 characters"));
    }
}
