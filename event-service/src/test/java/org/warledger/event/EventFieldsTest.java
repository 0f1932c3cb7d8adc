package org.warledger.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** fields= answers lists, look-ups and single reads with only the properties named, and id. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class EventFieldsTest {

    private static final String EVENTS = "/api/events";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALL = List.of("id", "version", "title", "type", "date", "datePrecision",
            "endDate", "summary", "actors", "location", "sources", "tags", "quantities", "status", "retractionReason",
            "externalKey", "createdAt", "updatedAt", "createdBy", "updatedBy");

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static Set<String> keys(JsonNode record) {
        Set<String> keys = new TreeSet<>();
        record.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static void eachItemHasExactly(JsonNode page, Set<String> expected) {
        for (JsonNode item : page.get("items")) {
            assertEquals(expected, keys(item));
        }
    }

    @Test
    void aListWithFieldsAnswersEachItemWithOnlyThoseAndItsIdInTheSameEnvelope() throws Exception {
        String tag = EventResourceTest.tag();
        for (int i = 0; i < 3; i++) {
            EventResourceTest.createId(SampleEvents.withDate(tag, "2024-11-0" + (i + 1)));
        }
        JsonNode page = json(
                given().queryParam("tag", tag).queryParam("limit", 2).queryParam("fields", "title,location,sources")
                        .get(EVENTS).then().statusCode(200).contentType("application/json").extract().asString());
        assertEquals(Set.of("items", "nextCursor"), keys(page));
        assertEquals(2, page.get("items").size());
        eachItemHasExactly(page, Set.of("id", "title", "location", "sources"));
        JsonNode first = page.get("items").get(0);
        assertEquals("RU", first.get("location").get("country").asText());
        assertEquals("The Independent", first.get("sources").get(0).get("publisher").asText());

        JsonNode next = json(given().queryParam("tag", tag).queryParam("after", page.get("nextCursor").asText())
                .queryParam("fields", "date").get(EVENTS).then().statusCode(200).extract().asString());
        assertEquals(1, next.get("items").size());
        eachItemHasExactly(next, Set.of("id", "date"));
        assertEquals("2024-11-01", next.get("items").get(0).get("date").asText());
    }

    @Test
    void aBatchLookUpTakesFieldsTooAndRepeatedParametersAreUnioned() throws Exception {
        String tag = EventResourceTest.tag();
        String a = EventResourceTest.createId(SampleEvents.kursk(tag));
        String b = EventResourceTest.createId(SampleEvents.kursk(tag));
        JsonNode page = json(given().queryParam("ids", a + "," + b).queryParam("fields", "title")
                .queryParam("fields", "quantities,status").get(EVENTS).then().statusCode(200).extract().asString());
        assertEquals(2, page.get("items").size());
        eachItemHasExactly(page, Set.of("id", "title", "quantities", "status"));
        assertEquals(11000, page.get("items").get(0).get("quantities").get(0).get("figure").get("value").asInt());
        assertEquals("null", page.get("nextCursor").toString());

        JsonNode one = json(given().queryParam("fields", "version").get(EVENTS + "/" + a).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).extract().asString());
        assertEquals(Set.of("id", "version"), keys(one));
    }

    @Test
    void withoutFieldsOrWithAnEmptyOneTheWholeRecordComesAsBefore() throws Exception {
        String tag = EventResourceTest.tag();
        String id = EventResourceTest.createId(SampleEvents.kursk(tag));
        String whole = given().queryParam("ids", id).get(EVENTS).then().statusCode(200).extract().asString();
        assertEquals(new TreeSet<>(ALL), keys(json(whole).get("items").get(0)));
        assertEquals(ALL, new ArrayList<>(fieldOrder(json(whole).get("items").get(0))));
        assertEquals(whole, given().queryParam("ids", id).queryParam("fields", "").get(EVENTS).then().statusCode(200)
                .extract().asString());
        assertEquals(whole, given().queryParam("ids", id).queryParam("fields", " , ").get(EVENTS).then().statusCode(200)
                .extract().asString());
        String single = given().get(EVENTS + "/" + id).then().statusCode(200).extract().asString();
        assertEquals(json(whole).get("items").get(0), json(single));
        assertEquals(single,
                given().queryParam("fields", "").get(EVENTS + "/" + id).then().statusCode(200).extract().asString());
        // Every property named is the whole record again, in the same order.
        assertEquals(whole, given().queryParam("ids", id).queryParam("fields", String.join(",", ALL)).get(EVENTS).then()
                .statusCode(200).extract().asString());
    }

    private static List<String> fieldOrder(JsonNode record) {
        List<String> names = new ArrayList<>();
        record.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void anUnknownFieldIsAProblemNamingItAndTheAllowedOnes() {
        given().queryParam("fields", "title,colour,weather").get(EVENTS).then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400)).body("violations", hasSize(1))
                .body("violations[0].field", equalTo("fields")).body("violations[0].in", equalTo("query"))
                .body("violations[0].message",
                        allOf(containsString("unknown fields colour, weather"), containsString("allowed: id, version"),
                                containsString("quantities"), not(containsString("title;"))));
        given().queryParam("fields", "location.country").get(EVENTS + "/" + UUID.randomUUID()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].message", containsString("unknown field location.country"));
    }

    @Test
    void tooManyOrTooLongNamesAreRefusedBeforeAnythingIsRead() {
        String tooMany = String.join(",", ALL) + ",id";
        given().queryParam("fields", tooMany).get(EVENTS).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("fields"))
                .body("violations[0].message", containsString("at most " + ALL.size() + " names"));
        given().queryParam("fields", "title").queryParam("fields", tooMany).get(EVENTS).then().statusCode(400);
        given().queryParam("fields", "t".repeat(65)).get(EVENTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].message", containsString("at most 64 characters"));
    }
}
