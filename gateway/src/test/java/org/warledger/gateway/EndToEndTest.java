package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void fortyEventsWithAClaimAndAPledgeEachComeBackInThreeBackendCalls() {
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
        double planned = plans("answered");
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
        // The list, the claims and the pledges: the claims' events are the events listed, read already.
        assertEquals(3.0, calls, "backend calls for the composed query");
        assertEquals(planned + 2, plans("answered"), "the composed query and the list after it, by their plans");
        assertEquals(0.0, plans("declined"));
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
        double planned = plans("answered");
        graphql("{ events(first: 5, from: \"2024-10-01\") { edges { node { title aidPledges { title } } } } }",
                Map.of(), null).body("data.events.edges", hasSize(5))
                        .body("data.events.edges[0].node.title", notNullValue())
                        .body("data.events.edges.node.aidPledges", everyItem(nullValue())).body("errors", hasSize(5))
                        .body("errors[0].message", containsString("aid-service"))
                        .body("errors[0].extensions.service", equalTo("aid-service"))
                        .body("errors[0].path", contains("events", "edges", 0, "node", "aidPledges"));
        // The failed batch is null with its error at each event, from the plan: the request is not run again.
        assertEquals(planned + 1, plans("answered"));
        assertEquals(0.0, plans("declined"));
    }

    /** The gateway's count of root fields its query plans answered or declined. */
    private static double plans(String outcome) {
        Matcher matcher = Pattern.compile("warledger_graphql_plans_total\\{outcome=\"" + outcome + "\"[^}]*} (\\S+)")
                .matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    @Test
    @Order(6)
    void claimantsAreComparedThroughTheGatewayAsCasualtyServiceComparesThem() {
        String subject = "QZ"
                + Long.toString(System.nanoTime() % 1_000_000_000L, 26).toUpperCase().replaceAll("[^A-Z]", "Q");
        String createClaimant = "mutation($in: ClaimantInput!) { createClaimant(input: $in) { id name } }";
        String dod = graphql(createClaimant,
                Map.of("in",
                        Map.of("name", "US Department of Defense " + TAG, "aliases", List.of("Pentagon " + TAG), "kind",
                                "MILITARY", "affiliation", "US")),
                Tokens.editor()).body("errors", nullValue()).extract().path("data.createClaimant.id");
        graphql(createClaimant, Map.of("in",
                Map.of("name", "US and UK intelligence " + TAG, "kind", "INTELLIGENCE", "affiliation", "GB+US")),
                Tokens.editor()).body("errors", nullValue());
        java.time.Instant beforeClaims = java.time.Instant.now();
        String createClaim = "mutation($in: CasualtyClaimInput!) { createCasualtyClaim(input: $in) "
                + "{ id claimant claimantId claimantName affiliation figure { word low } } }";
        List<Map<String, String>> sources = List.of(Map.of("publisher", "Newsroom", "quote", "reported"));
        String pentagon = graphql(createClaim,
                Map.of("in", Map.of("claimant", "Pentagon " + TAG, "subject", subject, "category", "KILLED_OR_WOUNDED",
                        "figure", Map.of("qualifier", "MORE_THAN", "value", 600_000), "scope",
                        Map.of("kind", "CUMULATIVE", "from", "2022-02-24"), "asOf", "2024-11-19", "sources", sources)),
                Tokens.editor()).body("errors", nullValue()).body("data.createCasualtyClaim.claimantId", equalTo(dod))
                        .body("data.createCasualtyClaim.claimantName", equalTo("US Department of Defense " + TAG))
                        .body("data.createCasualtyClaim.affiliation", equalTo("US")).extract()
                        .path("data.createCasualtyClaim.id");
        graphql(createClaim,
                Map.of("in", Map.of("claimant", "US and UK intelligence " + TAG, "subject", subject, "category",
                        "KILLED_OR_WOUNDED", "figure", Map.of("qualifier", "APPROXIMATELY", "value", 500_000), "scope",
                        Map.of("kind", "CUMULATIVE", "from", "2022-02-24"), "asOf", "2024-07-10", "sources", sources)),
                Tokens.editor()).body("errors", nullValue());
        graphql(createClaim,
                Map.of("in",
                        Map.of("claimant", "Someone " + TAG, "subject", subject, "category", "KILLED_OR_WOUNDED",
                                "figure", Map.of("qualifier", "UNQUANTIFIED", "word", "tens of thousands"), "scope",
                                Map.of("kind", "CUMULATIVE"), "asOf", "2024-11-20", "sources", sources)),
                Tokens.editor()).body("errors", nullValue())
                        .body("data.createCasualtyClaim.figure.word", equalTo("tens of thousands"))
                        .body("data.createCasualtyClaim.figure.low", equalTo(20_000));

        String summary = """
                query($s: String!, $w: Int) { casualtySummary(subject: $s, category: KILLED_OR_WOUNDED,
                    asOf: "2024-12-31", window: $w) {
                  claimants verdict agreement { low high } contradictionCount unbounded low high openAbove
                  lowestBest { claimantName figure { best } } highestBest { claimantName figure { best } }
                  contradictions { lower { claimant figure { high } } higher { claimantId figure { low } } gap }
                  excluded { claim { claimant } reason detail }
                  byAffiliation { affiliation relation claimants verdict } } }""";
        graphql(summary, Map.of("s", subject), null).body("errors", nullValue())
                .body("data.casualtySummary.claimants", equalTo(3))
                .body("data.casualtySummary.verdict", equalTo("CONTRADICT"))
                .body("data.casualtySummary.agreement", nullValue())
                .body("data.casualtySummary.contradictionCount", equalTo(1))
                .body("data.casualtySummary.contradictions[0].lower.claimant", equalTo("US and UK intelligence " + TAG))
                .body("data.casualtySummary.contradictions[0].lower.figure.high", equalTo(550_000))
                .body("data.casualtySummary.contradictions[0].higher.claimantId", equalTo(dod))
                .body("data.casualtySummary.contradictions[0].gap", equalTo(50_001))
                .body("data.casualtySummary.lowestBest.figure.best", equalTo(500_000))
                .body("data.casualtySummary.highestBest.claimantName", equalTo("US Department of Defense " + TAG))
                .body("data.casualtySummary.low", equalTo(20_000)).body("data.casualtySummary.high", nullValue())
                .body("data.casualtySummary.byAffiliation.affiliation",
                        org.hamcrest.Matchers.contains("GB+US", "US", null))
                .body("data.casualtySummary.byAffiliation.relation",
                        org.hamcrest.Matchers.contains("THIRD_PARTY", "THIRD_PARTY", "UNKNOWN"));
        graphql(summary, Map.of("s", subject, "w", 60), null).body("errors", nullValue())
                .body("data.casualtySummary.claimants", equalTo(2))
                .body("data.casualtySummary.excluded[0].claim.claimant", equalTo("US and UK intelligence " + TAG))
                .body("data.casualtySummary.excluded[0].reason", equalTo("OUTSIDE_WINDOW"))
                .body("data.casualtySummary.excluded[0].detail", containsString("174 days before 2024-12-31"));

        graphql("""
                query($s: String!, $c: [String!]) { casualtySeries(subject: $s, category: KILLED_OR_WOUNDED,
                    claimants: $c) { points truncated lines { claimantId name points { claimant asOf } } } }""",
                Map.of("s", subject, "c", List.of("Pentagon " + TAG)), null).body("errors", nullValue())
                        .body("data.casualtySeries.points", equalTo(1))
                        .body("data.casualtySeries.lines[0].claimantId", equalTo(dod))
                        .body("data.casualtySeries.lines[0].points[0].claimant", equalTo("Pentagon " + TAG));
        graphql("query($id: ID!, $k: DateTime) { casualtyClaim(id: $id, knownAt: $k) { id } }",
                Map.of("id", pentagon, "k", beforeClaims.minusSeconds(1).toString()), null).body("data.casualtyClaim",
                        nullValue());
        graphql("query($id: ID!, $k: DateTime) { casualtyClaim(id: $id, knownAt: $k) { id } }",
                Map.of("id", pentagon, "k", java.time.Instant.now().plusSeconds(1).toString()), null)
                        .body("data.casualtyClaim.id", equalTo(pentagon));
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
