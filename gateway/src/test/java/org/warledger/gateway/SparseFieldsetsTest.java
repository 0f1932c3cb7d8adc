package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway asks the services only for the properties its query shows ({@code fields=}), and the answer is whole: the
 * fakes send nothing else ({@link FakeFields}), so what is missing from a fieldset is missing from the answer.
 */
@QuarkusTest
class SparseFieldsetsTest {

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    private static JsonPath query(String query) {
        return given().contentType("application/json").body(Map.of("query", query)).post("/graphql").then()
                .statusCode(200).extract().jsonPath();
    }

    /** The fieldsets asked for, by path (each path asked once with one fieldset). */
    private static Map<String, String> asked() {
        Map<String, String> asked = new TreeMap<>();
        for (List<String> request : FakeServices.FIELDS) {
            String previous = asked.put(request.get(0), request.get(1));
            if (previous != null) {
                assertEquals(previous, request.get(1), request.get(0) + " was asked for two fieldsets");
            }
        }
        return asked;
    }

    @Test
    void theComposedQueryAsksForWhatItShows() {
        JsonPath answer = query("""
                { events(first: 3) { edges { node { id title date
                  casualtyClaims { id claimant figure { qualifier value low high } event { id title } }
                  aidPledges { id title value { amount currency } normalized { eur usd } } } } } }""");
        assertNull(answer.get("errors"));
        assertEquals(
                Map.of("/fake/events/api/events", "date,id,title", "/fake/casualties/api/casualty-claims",
                        "claimant,eventId,figure,id", "/fake/aid/api/aid-pledges", "eventId,id,normalized,title,value"),
                asked());
        assertEquals(3, answer.getList("data.events.edges").size());
        String first = "data.events.edges[0].node.";
        assertEquals(FakeServices.eventId(FakeServices.EVENTS), answer.get(first + "id"));
        answer.getList(first + "casualtyClaims").forEach(claim -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) claim;
            assertEquals(true, c.get("claimant") != null && c.get("figure") != null, c.toString());
            assertEquals(answer.get(first + "id"), ((Map<?, ?>) c.get("event")).get("id"));
            assertEquals(answer.get(first + "title"), ((Map<?, ?>) c.get("event")).get("title"));
        });
        given().contentType("application/json")
                .body(Map.of("query",
                        "{ events(first: 1) { edges { node { date aidPledges { value { amount } } } } } }"))
                .post("/graphql").then().statusCode(200).body("data.events.edges", hasSize(1))
                .body("data.events.edges[0].node.date", notNullValue());
    }

    @Test
    void aliasesFragmentsAndDepthsOfOneTypeAreUnited() {
        JsonPath answer = query(
                """
                        { events(first: 2) { edges { node { ...E a: casualtyClaims { subject } b: casualtyClaims { category } } } } }
                        fragment E on Event { summary ... on Event { tags } }""");
        assertNull(answer.get("errors"));
        assertEquals(Map.of("/fake/events/api/events", "id,summary,tags", "/fake/casualties/api/casualty-claims",
                "category,eventId,id,subject"), asked());
        answer.getList("data.events.edges.node.a").forEach(claims -> ((List<?>) claims)
                .forEach(claim -> assertEquals(true, ((Map<?, ?>) claim).get("subject") != null)));
    }

    @Test
    void aTypenameAloneAsksForTheIdOnly() {
        query("{ events(first: 1) { edges { node { __typename } } } }");
        assertEquals(Map.of("/fake/events/api/events", "id"), asked());
        given().contentType("application/json").body(Map.of("query", "{ events(first: 1) { edges { cursor } } }"))
                .post("/graphql").then().statusCode(200).body("data.events.edges", hasSize(1));
        assertEquals(Map.of("/fake/events/api/events", "id"), asked());
    }

    @Test
    void theTimelineStillAsksForWholeRecords() {
        given().contentType("application/json")
                .body(Map.of("query",
                        "{ timeline(from: \"2024-01-01\", to: \"2024-12-31\", first: 3) { edges { cursor } } }"))
                .post("/graphql").then().statusCode(200).body("errors", equalTo(null));
        assertEquals(Map.of(), asked());
    }
}
