package org.warledger.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class EventResourceTest {

    private static final String EVENTS = "/api/events";

    static ValidatableResponse create(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(EVENTS).then();
    }

    static String createId(Map<String, Object> body) {
        return create(body).statusCode(201).extract().path("id");
    }

    static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsAndReadsBackAnEventAsStated() {
        String tag = tag();
        String location = create(SampleEvents.kursk(tag)).statusCode(201)
                .header("Location", containsString(EVENTS + "/")).header("ETag", equalTo("\"0\""))
                .body("id", notNullValue()).body("version", equalTo(0)).body("createdBy", equalTo("alice"))
                .body("updatedBy", equalTo("alice")).body("createdAt", notNullValue()).body("status", equalTo("ACTIVE"))
                .extract().header("Location");

        given().get(location).then().statusCode(200)
                .body("title", equalTo("North Korean troops deployed to the Kursk region"))
                .body("datePrecision", equalTo("MONTH")).body("location.country", equalTo("RU"))
                .body("location.precision", equalTo("REGION"))
                .body("actors", contains("North Korea", "Russian Armed Forces"))
                .body("sources[0].publisher", equalTo("The Independent"))
                .body("sources[0].quote", containsString("thousands of North Korean soldiers"))
                .body("sources[0].publishedOn", equalTo("2024-12-17"))
                .body("quantities[0].figure.qualifier", equalTo("APPROXIMATELY"))
                .body("quantities[0].figure.value", equalTo(11000)).body("quantities[0].figure.low", equalTo(9900))
                .body("quantities[0].figure.best", equalTo(11000)).body("quantities[0].figure.high", equalTo(12100))
                .body("quantities[0].claimant", equalTo("US Department of Defense"));
    }

    @Test
    void defaultsThePrecisionToDayAndAcceptsAnEventWithoutLocation() {
        Map<String, Object> event = SampleEvents.kursk(tag());
        event.remove("datePrecision");
        event.remove("location");
        event.remove("quantities");
        String id = createId(event);
        given().get(EVENTS + "/" + id).then().statusCode(200).body("datePrecision", equalTo("DAY"))
                .body("location", nullValue()).body("quantities", emptyIterable());
    }

    @Test
    void writesNeedATokenWithTheEditorRole() {
        Map<String, Object> event = SampleEvents.kursk(tag());
        given().contentType(ContentType.JSON).body(event).post(EVENTS).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", equalTo("Bearer"));
        given().auth().oauth2(Tokens.forged()).contentType(ContentType.JSON).body(event).post(EVENTS).then()
                .statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body(event).post(EVENTS).then()
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        String id = createId(event);
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "reason", "x"))
                .post(EVENTS + "/" + id + "/retraction").then().statusCode(401);
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body(withVersion(event, 0))
                .put(EVENTS + "/" + id).then().statusCode(403);
        given().get(EVENTS + "/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void updatesWithTheVersionItWasBasedOnAndRefusesAStaleOne() {
        Map<String, Object> event = SampleEvents.kursk(tag());
        String id = createId(event);

        Map<String, Object> change = withVersion(event, 0);
        change.put("summary", "Pyongyang sent about 11,000 troops.");
        given().auth().oauth2(Tokens.token("carol", "editor")).contentType(ContentType.JSON).body(change)
                .put(EVENTS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1)).body("summary", equalTo("Pyongyang sent about 11,000 troops."))
                .body("createdBy", equalTo("alice")).body("updatedBy", equalTo("carol"));

        Map<String, Object> stale = withVersion(event, 0);
        stale.put("summary", "a change based on the old version");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(stale).put(EVENTS + "/" + id).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("version 1"));

        event.remove("version");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(event)
                .put(EVENTS + "/" + id).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(event).put(EVENTS + "/" + id).then()
                .statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(event)
                .put(EVENTS + "/" + id).then().statusCode(200).body("version", equalTo(2));

        given().get(EVENTS + "/" + id).then().statusCode(200).body("version", equalTo(2)).body("summary", nullValue());
    }

    @Test
    void updatingAnUnknownEventIs404() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(withVersion(SampleEvents.kursk(tag()), 0)).put(EVENTS + "/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void retractionKeepsTheRecordAndTakesItOutOfTheDefaultList() {
        String tag = tag();
        Instant before = Instant.now().minusSeconds(1);
        String id = createId(SampleEvents.kursk(tag));

        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "reason", "reported twice")).post(EVENTS + "/" + id + "/retraction").then()
                .statusCode(200).body("status", equalTo("RETRACTED"))
                .body("retractionReason", equalTo("reported twice")).body("version", equalTo(1));

        given().get(EVENTS + "/" + id).then().statusCode(200).body("status", equalTo("RETRACTED"));
        given().queryParam("tag", tag).get(EVENTS).then().statusCode(200).body("items", hasSize(0));
        given().queryParam("tag", tag).queryParam("status", "RETRACTED").get(EVENTS).then().body("items.id",
                contains(id));
        given().queryParam("tag", tag).queryParam("changedSince", before.toString()).get(EVENTS).then()
                .body("items.id", contains(id)).body("items[0].status", equalTo("RETRACTED"));

        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "reason", "again")).post(EVENTS + "/" + id + "/retraction").then()
                .statusCode(409);
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(withVersion(SampleEvents.kursk(tag), 1)).put(EVENTS + "/" + id).then().statusCode(409);
    }

    @Test
    void pagesThroughAFilteredListInAStableOrderWithoutGapsOrRepeats() {
        String tag = tag();
        List<String> created = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            created.add(createId(SampleEvents.withDate(tag, "2024-11-0" + day)));
        }
        // Two events on one day: the id breaks the tie.
        created.add(createId(SampleEvents.withDate(tag, "2024-11-07")));
        Map<String, Object> other = SampleEvents.withDate(tag, "2024-11-03");
        other.put("type", "STRIKE");
        createId(other);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("tag", tag).queryParam("type", "DEPLOYMENT").queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            var page = request.get(EVENTS).then().statusCode(200).extract();
            List<String> ids = page.path("items.id");
            List<String> types = page.path("items.type");
            assertEquals(List.of(), types.stream().filter(t -> !t.equals("DEPLOYMENT")).toList());
            seen.addAll(ids);
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);

        assertEquals(3, pages);
        assertEquals(created.size(), seen.size());
        assertEquals(new HashSet<>(created), new HashSet<>(seen));
        List<String> dates = given().queryParam("tag", tag).queryParam("limit", 500).get(EVENTS).then().extract()
                .path("items.date");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, dates);
    }

    @Test
    void filtersByPeriodActorCountryAndText() {
        String tag = tag();
        String early = createId(SampleEvents.withDate(tag, "2024-06-14"));
        Map<String, Object> summit = SampleEvents.withDate(tag, "2024-07-09");
        summit.put("type", "SUMMIT");
        summit.put("endDate", "2024-07-11");
        summit.put("title", "NATO summit in Washington");
        summit.put("actors", List.of("NATO", "Joe Biden"));
        summit.put("location", Map.of("name", "Washington", "country", "US"));
        String summitId = createId(summit);

        given().queryParam("tag", tag).queryParam("from", "2024-07-10").queryParam("to", "2024-07-31").get(EVENTS)
                .then().body("items.id", contains(summitId));
        given().queryParam("tag", tag).queryParam("to", "2024-06-30").get(EVENTS).then().body("items.id",
                contains(early));
        given().queryParam("tag", tag).queryParam("actor", "NATO").get(EVENTS).then().body("items.id",
                contains(summitId));
        given().queryParam("tag", tag).queryParam("country", "RU").get(EVENTS).then().body("items.id", contains(early));
        given().queryParam("tag", tag).queryParam("q", "washington summit").get(EVENTS).then().body("items.id",
                contains(summitId));
        given().queryParam("tag", tag).queryParam("type", "SUMMIT").get(EVENTS).then().body("items.id",
                contains(summitId));
    }

    @Test
    void looksUpManyEventsAtOnceWhateverTheirStatus() {
        String tag = tag();
        String a = createId(SampleEvents.kursk(tag));
        String b = createId(SampleEvents.kursk(tag));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "reason", "duplicate")).post(EVENTS + "/" + b + "/retraction").then()
                .statusCode(200);
        String unknown = UUID.randomUUID().toString();

        given().queryParam("ids", a + "," + b + "," + unknown).get(EVENTS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(a, b)).body("items.id", not(hasItem(unknown)))
                .body("nextCursor", nullValue());
    }

    @Test
    void changedSinceFeedsChangesInTheOrderTheyHappened() {
        String tag = tag();
        Instant start = Instant.now().minusSeconds(1);
        Map<String, Object> first = SampleEvents.kursk(tag);
        String firstId = createId(first);
        String secondId = createId(SampleEvents.kursk(tag));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(withVersion(first, 0))
                .put(EVENTS + "/" + firstId).then().statusCode(200);

        var page = given().queryParam("tag", tag).queryParam("changedSince", start.toString()).queryParam("limit", 1)
                .get(EVENTS).then().statusCode(200).body("items.id", contains(secondId)).extract();
        String cursor = page.path("nextCursor");
        given().queryParam("tag", tag).queryParam("changedSince", start.toString()).queryParam("after", cursor)
                .get(EVENTS).then().statusCode(200).body("items.id", contains(firstId)).body("nextCursor", nullValue());
        // A cursor of the date order cannot continue the feed.
        String dateCursor = given().queryParam("tag", tag).queryParam("limit", 1).get(EVENTS).then().extract()
                .path("nextCursor");
        given().queryParam("changedSince", start.toString()).queryParam("after", dateCursor).get(EVENTS).then()
                .statusCode(400).body("violations[0].field", equalTo("after"));
        given().queryParam("tag", tag).queryParam("changedSince", Instant.now().plusSeconds(60).toString()).get(EVENTS)
                .then().body("items", hasSize(0));
    }

    @Test
    void aSecondCreateWithTheSameExternalKeyIsRefused() {
        Map<String, Object> event = SampleEvents.kursk(tag());
        String key = "ext-" + UUID.randomUUID();
        event.put("externalKey", key);
        String id = createId(event);
        create(event).statusCode(409).contentType("application/problem+json").body("detail", containsString(key));
        given().get(EVENTS + "/" + id).then().body("externalKey", equalTo(key));
    }

    @Test
    void unknownIdsAre404ProblemDetails() {
        given().get(EVENTS + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not Found"))
                .body("instance", containsString(EVENTS));
        given().get(EVENTS + "/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theLocationHeaderPointsAtTheNewEvent() {
        String tag = tag();
        var created = create(SampleEvents.kursk(tag)).statusCode(201).extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith(EVENTS + "/" + id), created.header("Location"));
        given().get(created.header("Location")).then().body("id", equalTo(id)).body("tags", contains(tag))
                .header("ETag", endsWith("\""));
    }

    private static Map<String, Object> withVersion(Map<String, Object> event, int version) {
        Map<String, Object> copy = new HashMap<>(event);
        copy.put("version", version);
        return copy;
    }
}
