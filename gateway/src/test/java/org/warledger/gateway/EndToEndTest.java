package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.warledger.testing.Tokens;

/** The gateway in front of the three real services, each on its own database: the path a front end takes. */
@QuarkusTest
@TestProfile(RealServices.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

    private static final String TAG = "e2e-" + System.nanoTime();
    private static final Pattern COUNT = Pattern
            .compile("http_server_requests_seconds_count\\{[^}]*uri=\"/api/[^\"]*\"[^}]*\\} ([0-9.]+)");

    static ValidatableResponse graphql(String query, Map<String, Object> variables, String token) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables));
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/graphql").then().statusCode(200);
    }

    @Test
    @Order(1)
    void fortyEventsWithAClaimAndAPledgeEachComeBackInAtMostEightBackendCalls() {
        String createEvent = "mutation($in: EventInput!) { createEvent(input: $in) { id } }";
        String createClaim = "mutation($in: CasualtyClaimInput!) { createCasualtyClaim(input: $in) { id } }";
        String createPledge = "mutation($in: AidPledgeInput!) { createAidPledge(input: $in) { id } }";
        List<Map<String, String>> sources = List.of(Map.of("publisher", "Newsroom", "quote", "reported"));
        for (int i = 1; i <= 40; i++) {
            String day = String.format("2024-10-%02d", 1 + i % 28);
            String eventId = graphql(createEvent,
                    Map.of("in",
                            Map.of("title", "Strike " + i, "type", "STRIKE", "date", day, "tags", List.of(TAG),
                                    "sources", sources)),
                    Tokens.editor()).body("errors", nullValue()).extract().path("data.createEvent.id");
            graphql(createClaim,
                    Map.of("in",
                            Map.of("claimant", "Ukrainian Air Force", "subject", "UA", "category", "KILLED", "figure",
                                    Map.of("qualifier", "AT_LEAST", "value", i), "scope",
                                    Map.of("kind", "INTERVAL", "from", day, "to", day), "asOf", day, "eventId", eventId,
                                    "sources", sources)),
                    Tokens.editor()).body("errors", nullValue());
            graphql(createPledge,
                    Map.of("in",
                            Map.of("title", "Repair aid " + i, "donor", "EU", "recipient", "UA", "kind", "PLEDGE",
                                    "type", "HUMANITARIAN", "announcedOn", day, "eventId", eventId, "value",
                                    Map.of("amount", "1000000.50", "currency", "EUR"), "sources", sources)),
                    Tokens.editor()).body("errors", nullValue());
        }

        double before = backendCalls();
        graphql("""
                {
                  events(first: 40, from: "2024-10-01", to: "2024-10-31") {
                    edges { node { id title
                      casualtyClaims { figure { qualifier value low } event { id } }
                      aidPledges { value { amount currency } }
                    } }
                  }
                }
                """, Map.of(), null).body("errors", nullValue()).body("data.events.edges", hasSize(40))
                .body("data.events.edges.node.casualtyClaims", everyItem(hasSize(1)))
                .body("data.events.edges.node.aidPledges", everyItem(hasSize(1)))
                .body("data.events.edges[0].node.casualtyClaims[0].event.id",
                        equalTo(given().contentType(ContentType.JSON)
                                .body(Map.of("query",
                                        "{ events(first: 1, from: \"2024-10-01\", to: \"2024-10-31\") "
                                                + "{ edges { node { id } } } }"))
                                .post("/graphql").then().extract().path("data.events.edges[0].node.id")));
        double calls = backendCalls() - before - 1;
        assertTrue(calls <= 8, "backend calls for the composed query: " + calls);
        assertTrue(calls >= 4, "backend calls for the composed query: " + calls);
    }

    @Test
    @Order(2)
    void aMutationWithoutATokenFails() {
        graphql("mutation { createEvent(input: {title: \"x\", type: STRIKE, date: \"2024-11-19\", sources: "
                + "[{publisher: \"X\"}]}) { id } }", Map.of(), null).body("data.createEvent", nullValue())
                        .body("errors[0].message", containsString("bearer token"));
        graphql("mutation { createEvent(input: {title: \"x\", type: STRIKE, date: \"2024-11-19\", sources: "
                + "[{publisher: \"X\"}]}) { id } }", Map.of(), Tokens.reader()).body("errors[0].extensions.code",
                        equalTo("forbidden"));
    }

    @Test
    @Order(3)
    void aQueryFourteenLevelsDeepIsRefused() {
        graphql("{ events { edges { node { casualtyClaims { event { casualtyClaims { event { casualtyClaims { event {"
                + " casualtyClaims { event { title } } } } } } } } } } } }", Map.of(), null).body("data", nullValue())
                        .body("errors[0].extensions.classification", equalTo("ExecutionAborted"));
    }

    @Test
    @Order(4)
    void aHundredAndFiftyEventsWithTheirClaimsComeBackThroughBatchLookUpsThatFitEveryRequestLine() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            String day = java.time.LocalDate.of(2023, 1, 1).plusDays(i).toString();
            events.append(json.writeValueAsString(Map.of("externalKey", TAG + "-event-" + i, "title", "Battle " + i,
                    "type", "BATTLE", "date", day, "sources", List.of(Map.of("publisher", "Newsroom"))))).append('\n');
        }
        List<String> eventIds = given().baseUri(RealServices.url("event-service")).auth().oauth2(Tokens.editor())
                .contentType("application/x-ndjson").body(events.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/events/import").then().statusCode(200).body("created", equalTo(150)).extract()
                .path("rows.id");
        StringBuilder claims = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            String day = java.time.LocalDate.of(2023, 1, 1).plusDays(i).toString();
            claims.append(json.writeValueAsString(
                    Map.of("externalKey", TAG + "-claim-" + i, "claimant", "Ukrainian Air Force", "subject", "RU",
                            "category", "KILLED", "figure", Map.of("qualifier", "EXACT", "value", i + 1), "scope",
                            Map.of("kind", "INTERVAL", "from", day, "to", day), "asOf", day, "eventId", eventIds.get(i),
                            "sources", List.of(Map.of("publisher", "Newsroom")))))
                    .append('\n');
        }
        given().baseUri(RealServices.url("casualty-service")).auth().oauth2(Tokens.editor())
                .contentType("application/x-ndjson").body(claims.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/casualty-claims/import").then().statusCode(200).body("created", equalTo(150));

        // Two pages (100 + 50 events): 150 event ids for the claims, then 150 for the claims' events.
        var answer = graphql("""
                {
                  a: events(first: 100, from: "2023-01-01", to: "2023-04-10") {
                    edges { node { id casualtyClaims { event { id } } } }
                  }
                  b: events(first: 100, from: "2023-04-11", to: "2023-05-30") {
                    edges { node { id casualtyClaims { event { id } } } }
                  }
                }
                """, Map.of(), null).body("errors", nullValue()).body("data.a.edges", hasSize(100))
                .body("data.b.edges", hasSize(50)).extract();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String page : List.of("a", "b")) {
            List<String> ids = answer.path("data." + page + ".edges.node.id");
            List<String> claimEvents = answer.path("data." + page + ".edges.node.casualtyClaims.event.id.flatten()");
            assertEquals(ids, claimEvents, "each event has its one claim, and the claim its event");
            seen.addAll(ids);
        }
        assertEquals(new java.util.HashSet<>(eventIds), seen);
    }

    @Test
    @Order(5)
    void withAidServiceStoppedEventsStillComeBackWithAnError() {
        RealServices.stopService("aid-service");
        graphql("{ events(first: 5, from: \"2024-10-01\") { edges { node { title aidPledges { title } } } } }",
                Map.of(), null).body("data.events.edges", hasSize(5))
                        .body("data.events.edges[0].node.title", notNullValue())
                        .body("errors[0].message", containsString("aid-service"))
                        .body("errors[0].extensions.service", equalTo("aid-service"));
    }

    /** All /api requests the three services have counted, from their Prometheus metrics. */
    private static double backendCalls() {
        double total = 0;
        for (String service : RealServices.SERVICES) {
            String metrics = given().baseUri(RealServices.url(service)).get("/q/metrics").then().statusCode(200)
                    .extract().asString();
            Matcher matcher = COUNT.matcher(metrics);
            while (matcher.find()) {
                total += Double.parseDouble(matcher.group(1));
            }
        }
        return total;
    }
}
