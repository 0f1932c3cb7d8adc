package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.Tokens;

/** Ids, cursors and filter texts are checked by the gateway before any backend call, and the error names them. */
@QuarkusTest
class GatewayArgumentsTest {

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    private static void refused(String query, String argument, String message) {
        refused(query, Map.of(), null, argument, message);
    }

    private static void refused(String query, Map<String, Object> variables, String authorization, String argument,
            String message) {
        GatewayTest.graphql(query, variables, authorization).body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("bad-argument"))
                .body("errors[0].message", equalTo(argument + " " + message))
                .body("errors[0].extensions.violations[0].field", equalTo(argument))
                .body("errors[0].extensions.violations[0].in", equalTo("argument"));
        assertEquals(0, FakeServices.totalCalls(), query);
    }

    @Test
    void anIdThatIsNotAUuidIsRefusedNamingTheArgument() {
        for (String id : List.of("not-a-uuid", "00000000-0000-4000-8000-00000000000", "' or 1=1 --",
                "00000000-0000-4000-8000-0000000000011", "00000000x0000x4000x8000x000000000001", "../../q/metrics")) {
            String literal = id.replace("\"", "\\\"");
            refused("{ event(id: \"" + literal + "\") { id } }", "id", "must be a UUID");
            refused("{ casualtyClaim(id: \"" + literal + "\") { id } }", "id", "must be a UUID");
            refused("{ aidPledge(id: \"" + literal + "\") { id } }", "id", "must be a UUID");
        }
        refused("{ casualtyClaims(eventId: \"nope\") { edges { cursor } } }", "eventId", "must be a UUID");
        refused("{ casualtyClaims(claimantId: \"nope\") { edges { cursor } } }", "claimantId", "must be a UUID");
        refused("{ claimant(id: \"nope\") { id } }", "id", "must be a UUID");
        refused("{ claimants(parentId: \"nope\") { edges { cursor } } }", "parentId", "must be a UUID");
        refused("{ claimantLinks(claimId: \"nope\") { how } }", "claimId", "must be a UUID");
        refused("{ aidPledges(eventId: \"nope\") { edges { cursor } } }", "eventId", "must be a UUID");
    }

    @Test
    void aUuidInAnyCaseIsPassedOn() {
        GatewayTest.graphql("{ event(id: \"" + FakeServices.eventId(7).toUpperCase() + "\") { id } }").body("errors",
                nullValue());
        GatewayTest.graphql("{ event(id: \"" + FakeServices.eventId(7) + "\") { title } }").body("errors", nullValue())
                .body("data.event.title", equalTo("Event 7"));
        assertEquals(2, FakeServices.totalCalls());
    }

    @Test
    void aMutationsIdsAreCheckedBeforeAnyCall() {
        String editor = "Bearer " + Tokens.editor();
        refused("mutation { updateEvent(id: \"x\", input: {title: \"x\", type: STRIKE, date: \"2024-11-19\", "
                + "sources: []}) { id } }", Map.of(), editor, "id", "must be a UUID");
        refused("mutation { reviseCasualtyClaim(id: \"x\", input: {version: 0, figure: {qualifier: EXACT, value: 1}, "
                + "asOf: \"2024-11-19\", sources: []}) { id } }", Map.of(), editor, "id", "must be a UUID");
        refused("mutation { changeAidPledgeStatus(id: \"x\", input: {status: DELIVERED, on: \"2024-11-19\", "
                + "source: {publisher: \"x\"}}) { id } }", Map.of(), editor, "id", "must be a UUID");
        refused("mutation { createCasualtyClaim(input: {claimant: \"x\", subject: \"RU\", category: KILLED, "
                + "figure: {qualifier: EXACT, value: 1}, scope: {kind: CUMULATIVE}, asOf: \"2024-11-19\", "
                + "eventId: \"x\", sources: []}) { id } }", Map.of(), editor, "input.eventId", "must be a UUID");
        refused("mutation { createAidPledge(input: {title: \"x\", donor: \"US\", recipient: \"UA\", kind: PLEDGE, "
                + "type: MILITARY, announcedOn: \"2024-11-19\", parentId: \"x\", sources: []}) { id } }", Map.of(),
                editor, "input.parentId", "must be a UUID");
        refused("mutation { createClaimant(input: {name: \"x\", parentId: \"x\"}) { id } }", Map.of(), editor,
                "input.parentId", "must be a UUID");
        refused("mutation { updateClaimant(id: \"x\", input: {name: \"x\", version: 0}) { id } }", Map.of(), editor,
                "id", "must be a UUID");
        String claimant = CasualtyFixtures.claimantId(1);
        refused("mutation { updateClaimant(id: \"" + claimant + "\", input: {name: \"x\", parentId: \"x\", "
                + "version: 0}) { id } }", Map.of(), editor, "input.parentId", "must be a UUID");
        refused("mutation { linkClaimant(id: \"x\", input: {version: 0}) { id } }", Map.of(), editor, "id",
                "must be a UUID");
        refused("mutation { linkClaimant(id: \"" + FakeServices.claimId(1) + "\", input: {version: 0, "
                + "claimantId: \"x\"}) { id } }", Map.of(), editor, "input.claimantId", "must be a UUID");
    }

    @Test
    void aClaimantsUpdateWithoutTheVersionReadIsRefused() {
        refused("mutation { updateClaimant(id: \"" + CasualtyFixtures.claimantId(1) + "\", input: {name: \"x\"}) "
                + "{ id } }", Map.of(), "Bearer " + Tokens.editor(), "input.version",
                "is required: the version you read");
    }

    @Test
    void aWordWithAnEventsQuantityReachesEventService() {
        Map<String, Object> input = Map.of("title", "Troops massed", "type", "DEPLOYMENT", "date", "2024-11-17",
                "sources", List.of(Map.of("publisher", "Newsroom")), "quantities",
                List.of(Map.of("measure", "troops", "figure", Map.of("qualifier", "APPROXIMATELY", "value", 11000)),
                        Map.of("measure", "tanks", "figure", Map.of("qualifier", "UNQUANTIFIED", "word", "dozens"))));
        io.restassured.RestAssured.given().contentType("application/json")
                .header("Authorization", "Bearer " + Tokens.editor())
                .body(Map.of("query", "mutation($input: EventInput!) { createEvent(input: $input) { id } }",
                        "variables", Map.of("input", input)))
                .post("/graphql").then().statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
        assertEquals(1, FakeServices.EVENT_INPUTS.size());
        List<Map<String, Object>> sent = (List<Map<String, Object>>) FakeServices.EVENT_INPUTS.get(0).get("quantities");
        assertEquals(Map.of("qualifier", "UNQUANTIFIED", "word", "dozens"), withoutNulls(sent.get(1).get("figure")));
        assertEquals(Map.of("qualifier", "APPROXIMATELY", "value", 11000), withoutNulls(sent.get(0).get("figure")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutNulls(Object figure) {
        Map<String, Object> present = new java.util.HashMap<>((Map<String, Object>) figure);
        present.values().removeIf(java.util.Objects::isNull);
        return present;
    }

    @Test
    void aSummarysWindowIsFromNoDaysToAHundredYears() {
        String query = "query($w: Int) { casualtySummary(subject: \"RU\", category: KILLED, window: $w) "
                + "{ claimants } }";
        refused(query, Map.of("w", -1), null, "window", "must be from 0 to 36500");
        refused(query, Map.of("w", 36501), null, "window", "must be from 0 to 36500");
        GatewayTest.graphql(query, Map.of("w", 0), null).body("errors", nullValue());
        GatewayTest.graphql(query, Map.of("w", 36500), null).body("errors", nullValue());
        assertEquals(List.of(List.of("0"), List.of("36500")),
                FakeServices.requests("casualty-claims/summary").stream().map(r -> r.query().get("window")).toList());
    }

    @Test
    void aSeriesNamesAClaimantOrAnAffiliationAtMostTwentyOfEachAndAtMostFiveThousandPoints() {
        String query = """
                query($claimants: [String], $affiliations: [String], $limit: Int) {
                  casualtySeries(subject: "RU", category: KILLED, claimants: $claimants, affiliations: $affiliations,
                                 limit: $limit) { points }
                }""";
        String none = "or affiliations must name at least one claimant or affiliation";
        refused(query, Map.of(), null, "claimants", none);
        refused(query, Map.of("claimants", List.of(), "affiliations", List.of()), null, "claimants", none);
        List<String> twenty = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "claimant " + i).toList();
        List<String> twentyOne = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "C" + i).toList();
        refused(query, Map.of("claimants", twentyOne), null, "claimants", "must hold at most 20 names");
        refused(query, Map.of("affiliations", twentyOne), null, "affiliations", "must hold at most 20 names");
        refused(query, Map.of("claimants", List.of("UK MoD", "a".repeat(201))), null, "claimants[1]",
                "must be at most 200 characters long");
        refused(query, Map.of("affiliations", List.of("U\u0000A")), null, "affiliations[0]",
                "must not contain control characters (U+0000 at 1)");
        refused(query, Map.of("claimants", java.util.Arrays.asList("UK MoD", null)), null, "claimants[1]",
                "must not be null");
        refused(query, Map.of("claimants", List.of("UK MoD"), "limit", 0), null, "limit", "must be from 1 to 5000");
        refused(query, Map.of("claimants", List.of("UK MoD"), "limit", 5001), null, "limit", "must be from 1 to 5000");
        GatewayTest.graphql(query, Map.of("claimants", twenty, "affiliations", twenty, "limit", 5000), null)
                .body("errors", nullValue());
        GatewayTest.graphql(query, Map.of("affiliations", List.of("UA"), "limit", 1), null).body("errors", nullValue());
        assertEquals(2, FakeServices.totalCalls());
    }

    @Test
    void theNamesOfUnlinkedClaimantsComeOneToFiveHundredAtATime() {
        refused("{ unlinkedClaimants(limit: 0) { truncated } }", "limit", "must be from 1 to 500");
        refused("{ unlinkedClaimants(limit: 501) { truncated } }", "limit", "must be from 1 to 500");
        GatewayTest.graphql("{ unlinkedClaimants(limit: 500) { truncated } }").body("errors", nullValue());
        assertEquals(1, FakeServices.totalCalls());
    }

    @Test
    void filterTextsAreBoundedInLength() {
        String longest = "a".repeat(200);
        String tooLong = "a".repeat(201);
        refused("query($v: String) { events(actor: $v) { edges { cursor } } }", Map.of("v", tooLong), null, "actor",
                "must be at most 200 characters long");
        refused("query($v: String) { events(q: $v) { edges { cursor } } }", Map.of("v", "x".repeat(5_000)), null, "q",
                "must be at most 200 characters long");
        refused("query($v: String) { events(country: $v) { edges { cursor } } }", Map.of("v", tooLong), null, "country",
                "must be at most 200 characters long");
        refused("query($v: String) { casualtyClaims(claimant: $v) { edges { cursor } } }", Map.of("v", tooLong), null,
                "claimant", "must be at most 200 characters long");
        refused("query($v: String) { aidPledges(donor: $v) { edges { cursor } } }", Map.of("v", tooLong), null, "donor",
                "must be at most 200 characters long");
        refused("query($v: String) { aidPledges(recipient: $v) { edges { cursor } } }", Map.of("v", tooLong), null,
                "recipient", "must be at most 200 characters long");
        refused("query($v: String!) { casualtySummary(subject: $v, category: KILLED) { claimants } }",
                Map.of("v", tooLong), null, "subject", "must be at most 200 characters long");
        refused("query($v: String) { casualtyClaims(affiliation: $v) { edges { cursor } } }", Map.of("v", tooLong),
                null, "affiliation", "must be at most 200 characters long");
        refused("query($v: String) { claimants(name: $v) { edges { cursor } } }", Map.of("v", tooLong), null, "name",
                "must be at most 200 characters long");
        refused("query($v: String) { claimants(affiliation: $v) { edges { cursor } } }", Map.of("v", tooLong), null,
                "affiliation", "must be at most 200 characters long");
        refused("query($v: String!) { casualtySeries(subject: $v, category: KILLED, affiliations: [\"UA\"]) "
                + "{ points } }", Map.of("v", tooLong), null, "subject", "must be at most 200 characters long");
        GatewayTest.graphql("query($v: String) { events(actor: $v) { edges { cursor } } }", Map.of("v", longest), null)
                .body("errors", nullValue());
        assertEquals(1, FakeServices.totalCalls());
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesInAFilterAreRefused() {
        refused("query($v: String) { events(q: $v) { edges { cursor } } }", Map.of("v", "Kyiv\u0000"), null, "q",
                "must not contain control characters (U+0000 at 4)");
        refused("query($v: String) { events(actor: $v) { edges { cursor } } }", Map.of("v", "\u001bRussia"), null,
                "actor", "must not contain control characters (U+001B at 0)");
        given().contentType(ContentType.JSON)
                .body("{\"query\":\"query($v: String) { events(q: $v) { edges { cursor } } }\","
                        + "\"variables\":{\"v\":\"a\\ud800b\"}}")
                .post("/graphql").then().statusCode(200).body("errors[0].extensions.code", equalTo("bad-argument"))
                .body("errors[0].message", equalTo("q must not contain an unpaired surrogate (at 1)"));
        assertEquals(0, FakeServices.totalCalls());
        GatewayTest.graphql("query($v: String) { events(q: $v) { edges { cursor } } }",
                Map.of("v", "Kyiv\tregion \uD83C\uDDFA\uD83C\uDDE6"), null).body("errors", nullValue());
        assertEquals(1, FakeServices.totalCalls());
    }

    @Test
    void aCursorThatIsNotOneIsRefusedForEveryConnection() {
        refused("{ events(after: \"nonsense\") { edges { cursor } } }", "after", "is not a cursor of this connection");
        refused("{ casualtyClaims(after: \"nonsense\") { edges { cursor } } }", "after",
                "is not a cursor of this connection");
        refused("{ aidPledges(after: \"nonsense\") { edges { cursor } } }", "after",
                "is not a cursor of this connection");
        refused("{ claimants(after: \"nonsense\") { edges { cursor } } }", "after",
                "is not a cursor of this connection");
        refused("{ timeline(from: \"2024-11-01\", to: \"2024-11-30\", after: \"nonsense\") { edges { cursor } } }",
                "after", "is not a cursor of this connection");
        String cursor = GatewayTest.graphql("{ events(first: 2) { pageInfo { endCursor } } }").extract()
                .path("data.events.pageInfo.endCursor");
        GatewayTest.graphql("{ events(first: 2, after: \"" + cursor + "\") { edges { node { title } } } }")
                .body("errors", nullValue()).body("data.events.edges[0].node.title", equalTo("Event 38"));
    }

    @Test
    void firstOutsideOneToAHundredIsRefused() {
        refused("{ events(first: 101) { edges { cursor } } }", "first", "must be from 1 to 100");
        refused("{ casualtyClaims(first: 0) { edges { cursor } } }", "first", "must be from 1 to 100");
        refused("{ aidPledges(first: -1) { edges { cursor } } }", "first", "must be from 1 to 100");
        refused("{ claimants(first: 101) { edges { cursor } } }", "first", "must be from 1 to 100");
        refused("{ timeline(from: \"2024-11-01\", to: \"2024-11-30\", first: 1000) { edges { cursor } } }", "first",
                "must be from 1 to 100");
    }
}
